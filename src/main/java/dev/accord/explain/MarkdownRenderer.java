package dev.accord.explain;

import dev.accord.Action;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.Diagnostic;
import dev.accord.Source;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a decision as Markdown for a review or a ticket: the verdict, a table of conditions,
 * the "because" tree as nested lists, each condition with its clause, and the sources.
 */
final class MarkdownRenderer {

    private final Decision decision;
    private final StringBuilder out = new StringBuilder();
    private final Set<Conclusion> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Source> cited = new LinkedHashMap<>();

    private MarkdownRenderer(Decision decision) {
        this.decision = decision;
    }

    static String render(Decision decision) {
        MarkdownRenderer r = new MarkdownRenderer(decision);
        r.write();
        return r.out.toString();
    }

    private void write() {
        out.append("# ").append(escape(decision.pack().title())).append("\n\n");
        out.append("Rules `").append(decision.pack().directory()).append("` (").append(decision.pack().ruleCount())
                .append(" rules), facts `").append(decision.facts().file()).append('`')
                .append(decision.asOf().map(d -> ", as of " + d).orElse("")).append(" (")
                .append(Internals.factSets().facts(decision.facts()).size()).append(" facts).\n\n");
        verdict();
        out.append("## Conditions\n\n| status | condition | |\n| --- | --- | --- |\n");
        for (ConditionResult c : decision.conditions()) {
            out.append("| **").append(c.statusLabel()).append("** | `").append(c.id()).append("` | ")
                    .append(escape(c.condition().title())).append(" |\n");
        }
        out.append('\n');
        for (Derived<Recommendation> r : decision.recommendations()) {
            out.append("## Why ").append(escape(r.value().getAction())).append("\n\n");
            conclusion(r.derivation(), 0);
            out.append('\n');
        }
        out.append("## Conditions in detail\n\n");
        for (ConditionResult c : decision.conditions()) {
            out.append("### `").append(c.id()).append("` ").append(escape(c.condition().title())).append(": ")
                    .append(c.statusLabel()).append("\n\n");
            if (c.condition().clause() != null) {
                out.append("> ").append(escape(c.condition().clause().strip())).append(cite(packSource(c.condition().source())))
                        .append("\n\n");
            }
            if (!c.assessed()) {
                out.append("No rule assessed this condition: the pack has no rule for these facts.\n\n");
            }
            c.assessments().forEach(a -> conclusion(a.derivation(), 0));
            out.append('\n');
        }
        if (!decision.considerations().isEmpty()) {
            out.append("## Considerations\n\n");
            for (Derived<Consideration> c : decision.considerations()) {
                out.append("- **").append(escape(c.value().getTopic())).append("**: ").append(escape(c.value().getText())).append('\n');
                justifications(c.derivation(), 1);
            }
            out.append('\n');
        }
        if (!cited.isEmpty()) {
            out.append("## Sources\n\n");
            cited.values().forEach(s -> out.append("- `").append(s.key()).append("`: ").append(escape(s.citation())).append('\n'));
            out.append('\n');
        }
        if (!decision.warnings().isEmpty()) {
            out.append("## Warnings\n\n");
            for (Diagnostic d : decision.warnings()) {
                out.append("- `").append(d).append("`\n");
            }
            out.append('\n');
        }
        int end = out.length();
        while (end > 1 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n') {
            end--;
        }
        out.setLength(end);
    }

    private void verdict() {
        switch (decision.outcome()) {
            case RECOMMENDED -> {
                Recommendation r = decision.recommendation().orElseThrow();
                String title = decision.pack().action(r.getAction()).map(Action::title).orElse(r.getAction());
                out.append("**Recommendation: ").append(escape(r.getAction())).append("**")
                        .append(title.equals(r.getAction()) ? "" : " (" + escape(title) + ")").append(". ")
                        .append(escape(r.getSummary())).append("\n\n");
            }
            case NO_RECOMMENDATION -> out.append("**Recommendation: none reached.** No rule recommended an action for these facts.")
                    .append(" The pack's actions: ").append(decision.pack().actions().stream().map(Action::id)
                            .collect(Collectors.joining(", "))).append(".\n\n");
            case CONFLICT -> {
                out.append("**Recommendation: conflict.** The rules recommend different actions:\n\n");
                for (Derived<Recommendation> r : decision.recommendations()) {
                    out.append("- **").append(escape(r.value().getAction())).append("** by ")
                            .append(r.derivation().justifications().stream().map(j -> "\"" + escape(j.rule().name()) + "\"")
                                    .distinct().collect(Collectors.joining(", "))).append('\n');
                }
                out.append('\n');
            }
        }
    }

    private void conclusion(Conclusion c, int depth) {
        if (!shown.add(c)) {
            item(depth, escape(c.text()) + " *(explained above)*");
            return;
        }
        item(depth, "**" + escape(c.text()) + "**");
        justifications(c, depth + 1);
    }

    private void justifications(Conclusion c, int depth) {
        for (Justification j : c.justifications()) {
            item(depth, "because " + escape(j.sentence()) + " — rule \"" + escape(j.rule().name()) + "\", `"
                    + j.rule().location().fileAndLine() + "`");
            j.premises().forEach(p -> evidence(p, depth + 1));
        }
    }

    private void evidence(Evidence e, int depth) {
        if (e instanceof Conclusion c) {
            conclusion(c, depth);
        } else if (e instanceof InputFact f) {
            item(depth, "fact " + escape(f.text()) + " — `" + f.fact().location().fileAndLine() + "`" + cite(f.cited()));
        } else if (e instanceof Existence x) {
            item(depth, escape(x.text()) + " — `" + x.location().fileAndLine() + "`");
            x.witnesses().forEach(w -> evidence(w, depth + 1));
        } else if (e instanceof Aggregate a) {
            item(depth, escape(a.text() + " = " + a.value()) + " — `" + a.location().fileAndLine() + "`");
            a.inputs().forEach(w -> evidence(w, depth + 1));
        } else if (e instanceof Absence a) {
            item(depth, "*" + escape(a.text()) + "* — `" + a.location().fileAndLine() + "`");
        } else {
            item(depth, escape(e.text()));
        }
    }

    private Source packSource(String key) {
        return key == null ? null : decision.pack().sources().get(key);
    }

    private String cite(Source s) {
        if (s == null) {
            return "";
        }
        cited.putIfAbsent(s.key(), s);
        return " [" + s.key() + "]";
    }

    private void item(int depth, String text) {
        out.append("  ".repeat(depth)).append("- ").append(text).append('\n');
    }

    /** Escapes the characters that would turn plain text into Markdown markup. */
    static String escape(String text) {
        return dev.accord.render.Markdown.escape(text);
    }
}
