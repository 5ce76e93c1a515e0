package dev.accord.explain;

import dev.accord.Action;
import dev.accord.Condition;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.Diagnostic;
import dev.accord.Source;
import dev.accord.internal.Internals;
import dev.accord.render.TextStyle;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a decision for a reader at a terminal: the verdict and the status of each condition
 * first, then the "because" tree from the recommendation down to cited facts, then each
 * condition with the clause it rests on. A conclusion already explained is referred back to
 * rather than repeated.
 */
final class TextRenderer {

    static {
        Internals.registerTextReports(new Internals.TextReports() {
            @Override
            public String decision(Decision decision, TextStyle style) {
                return render(decision, style);
            }

            @Override
            public String whyNot(WhyNot answer, TextStyle style) {
                return WhyNotTextRenderer.render(answer, style);
            }
        });
    }

    private static final String INDENT = "  ";

    private final Decision decision;
    private final TextStyle style;
    private final StringBuilder out = new StringBuilder();
    private final Set<Conclusion> explained = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Sources cited so far, in order of first citation, listed at the end. */
    private final Map<String, Source> cited = new LinkedHashMap<>();

    private TextRenderer(Decision decision, TextStyle style) {
        this.decision = decision;
        this.style = style;
    }

    static String render(Decision decision) {
        return render(decision, TextStyle.PLAIN);
    }

    /**
     * The decision for a terminal of the given width, in colour or not.
     *
     * @param decision the decision
     * @param style    the terminal's width and whether it shows colour
     * @return the report, as {@code ./accord} prints it
     */
    static String render(Decision decision, TextStyle style) {
        TextRenderer r = new TextRenderer(decision, style);
        r.header();
        r.verdict();
        r.conditionTable();
        r.why();
        r.conditionDetails();
        r.considerations();
        r.sources();
        r.warnings();
        return r.out.toString().stripTrailing() + "\n";
    }

    private void header() {
        line(0, decision.pack().title());
        line(1, "rules  " + decision.pack().directory() + " (" + decision.pack().ruleCount() + " rules)");
        String asOf = decision.asOf().map(d -> ", as of " + d).orElse("");
        line(1, "facts  " + decision.facts().file() + asOf + " (" + Internals.factSets().facts(decision.facts()).size() + " facts)");
        blank();
    }

    private void verdict() {
        switch (decision.outcome()) {
            case RECOMMENDED -> {
                Recommendation r = decision.recommendation().orElseThrow();
                line(0, "Recommendation: " + r.getAction() + actionTitle(r.getAction()));
                if (!r.getSummary().isEmpty()) {
                    line(1, r.getSummary());
                }
            }
            case NO_RECOMMENDATION -> {
                line(0, "Recommendation: none reached");
                line(1, "No rule recommended an action for these facts. The pack's actions: "
                        + decision.pack().actions().stream().map(Action::id).collect(Collectors.joining(", ")) + ".");
            }
            case CONFLICT -> {
                line(0, "Recommendation: conflict");
                line(1, "The rules recommend different actions; a person has to decide between them:");
                for (Derived<Recommendation> r : decision.recommendations()) {
                    String rules = r.derivation().justifications().stream().map(j -> "\"" + j.rule().name() + "\"")
                            .distinct().collect(Collectors.joining(", "));
                    line(2, r.value().getAction() + " by rule " + rules);
                }
            }
        }
        blank();
    }

    private String actionTitle(String action) {
        return decision.pack().action(action)
                .filter(a -> !a.title().equals(a.id())).map(a -> " (" + a.title() + ")").orElse("");
    }

    private void conditionTable() {
        line(0, "Conditions");
        int idWidth = decision.conditions().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (ConditionResult c : decision.conditions()) {
            line(1, pad(c.statusLabel(), 12) + " " + pad(c.id(), idWidth) + "  " + c.condition().title());
        }
        blank();
    }

    private void considerations() {
        if (decision.considerations().isEmpty()) {
            return;
        }
        line(0, "Considerations");
        for (Derived<Consideration> c : decision.considerations()) {
            line(1, "- " + c.value().getTopic() + ": " + c.value().getText());
            justifications(c.derivation(), 2);
        }
        blank();
    }

    private void why() {
        for (Derived<Recommendation> r : decision.recommendations()) {
            line(0, "Why " + r.value().getAction());
            conclusion(r.derivation(), 0);
            blank();
        }
    }

    private void conditionDetails() {
        line(0, "Conditions in detail");
        for (ConditionResult c : decision.conditions()) {
            Condition condition = c.condition();
            line(0, condition.id() + ": " + c.statusLabel() + " - " + condition.title());
            if (condition.clause() != null) {
                line(1, "clause: \"" + condition.clause().strip() + "\"" + cite(packSource(condition.source())));
            }
            if (!c.assessed()) {
                line(1, "no rule assessed this condition: the pack has no rule for these facts");
            }
            for (var a : c.assessments()) {
                conclusion(a.derivation(), 1);
            }
        }
        blank();
    }

    private Source packSource(String key) {
        return key == null ? null : decision.pack().sources().get(key);
    }

    /** " [source key]", remembering the source for the list at the end. */
    private String cite(Source source) {
        if (source == null) {
            return "";
        }
        cited.putIfAbsent(source.key(), source);
        return " [source " + source.key() + "]";
    }

    private void sources() {
        if (cited.isEmpty()) {
            return;
        }
        line(0, "Sources");
        int width = cited.keySet().stream().mapToInt(String::length).max().orElse(0);
        cited.values().forEach(s -> line(1, pad(s.key(), width) + "  " + s.citation()));
        blank();
    }

    private void warnings() {
        if (decision.warnings().isEmpty()) {
            return;
        }
        line(0, "Warnings");
        for (Diagnostic d : decision.warnings()) {
            line(1, d.toString());
        }
    }

    private void conclusion(Conclusion c, int depth) {
        if (!explained.add(c)) {
            line(depth, c.text() + " (explained above)");
            return;
        }
        line(depth, c.text());
        justifications(c, depth + 1);
    }

    private void justifications(Conclusion c, int depth) {
        for (Justification j : c.justifications()) {
            line(depth, "because " + j.sentence() + "  [rule \"" + j.rule().name() + "\", "
                    + j.rule().location().fileAndLine() + "]");
            for (Evidence premise : j.premises()) {
                evidence(premise, depth + 1);
            }
        }
    }

    private void evidence(Evidence e, int depth) {
        if (e instanceof Conclusion c) {
            conclusion(c, depth);
        } else if (e instanceof InputFact f) {
            line(depth, "fact " + f.text() + "  [" + f.fact().location().fileAndLine() + "]" + cite(f.cited()));
        } else if (e instanceof Absence a) {
            line(depth, a.text() + "  [" + a.location().fileAndLine() + "]");
        } else if (e instanceof Existence x) {
            line(depth, x.text() + "  [" + x.location().fileAndLine() + "]");
            x.witnesses().forEach(w -> evidence(w, depth + 1));
        } else if (e instanceof Aggregate a) {
            line(depth, a.text() + " = " + a.value() + "  [" + a.location().fileAndLine() + "]");
            a.inputs().forEach(w -> evidence(w, depth + 1));
        } else {
            line(depth, e.text());
        }
    }

    private void line(int depth, String text) {
        out.append(style.format(INDENT.repeat(depth), text, depth == 0 && isHeading(text)));
    }

    private static boolean isHeading(String text) {
        return text.startsWith("Why ") || text.startsWith("Recommendation:") || text.equals("Conditions")
                || text.equals("Conditions in detail") || text.equals("Considerations") || text.equals("Sources")
                || text.equals("Warnings");
    }

    private void blank() {
        out.append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
