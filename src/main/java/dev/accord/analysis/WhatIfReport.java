package dev.accord.analysis;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.explain.Format;
import java.util.stream.Collectors;

/**
 * What-if answers as text: a comparison with what changed, a search's sets of changes each with
 * the decision it leads to and why. {@link WhatIf.Comparison#render} and
 * {@link Counterfactuals.Result#render} call it for {@link Format#TEXT}.
 */
final class WhatIfReport {

    private WhatIfReport() {
    }

    /** A search's answer, at most {@code show} change sets in full and the rest counted; ends with a newline. */
    static String search(Counterfactuals.Result r, int show) {
        StringBuilder out = new StringBuilder();
        out.append("What would lead to ").append(r.goal()).append("? Now: ")
                .append(ScenarioRunner.recommendation(r.original())).append(" (").append(statuses(r.original())).append(")\n");
        out.append(tried(r)).append('\n');
        if (r.changeSets().isEmpty()) {
            out.append("\nNo set of changes within the limits leads there.\n");
            return out.toString();
        }
        int n = 1;
        for (Counterfactuals.ChangeSet c : r.changeSets().subList(0, Math.min(show, r.changeSets().size()))) {
            out.append('\n').append(n++).append(". ").append(c.edits().size()).append(c.edits().size() == 1 ? " change" : " changes")
                    .append(" → ").append(ScenarioRunner.recommendation(c.decision())).append('\n');
            c.described().forEach(d -> out.append("   - ").append(d).append('\n'));
            out.append("   conditions: ").append(statuses(c.decision())).append('\n');
            out.append(indent(why(c.decision()), "   "));
        }
        if (r.changeSets().size() > show) {
            out.append("\n... and ").append(r.changeSets().size() - show).append(" more sets of changes (--show N to see more).\n");
        }
        return out.toString();
    }

    /** The comparison, as {@code accord what-if --set ...} prints it; ends with a newline. */
    static String comparison(WhatIf.Comparison c) {
        StringBuilder out = new StringBuilder("What if\n");
        c.edits().forEach(e -> out.append("  - ").append(e).append('\n'));
        String before = ScenarioRunner.recommendation(c.before());
        String after = ScenarioRunner.recommendation(c.after());
        out.append('\n').append("Recommendation: ").append(before)
                .append(before.equals(after) ? " (unchanged)" : " → " + after).append('\n');
        String conditions = changedConditions(c.before(), c.after());
        out.append("Conditions: ").append(conditions.isEmpty() ? "unchanged (" + statuses(c.after()) + ")" : conditions)
                .append('\n');
        if (!c.nowFiring().isEmpty()) {
            out.append("Rules that now fire: ").append(quoted(c.nowFiring())).append('\n');
        }
        if (!c.noLonger().isEmpty()) {
            out.append("Rules that no longer fire: ").append(quoted(c.noLonger())).append('\n');
        }
        out.append('\n').append(why(c.after()));
        return out.toString();
    }

    /** What the search did, in one sentence. */
    static String tried(Counterfactuals.Result r) {
        return "Tried " + r.evaluated() + " changed fact sets, from " + r.candidates() + " single changes drawn from the pack"
                + (r.exhausted() ? "; the budget ran out before every combination was tried, so smaller or other answers may exist"
                        : "") + ".";
    }

    static String quoted(java.util.List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    static String statuses(Decision d) {
        return d.conditions().stream().map(c -> c.id() + " " + c.statusLabel()).collect(Collectors.joining(", "));
    }

    /** The "Why ACTION" part of the text explanation. */
    static String why(Decision d) {
        String text = d.render(Format.TEXT);
        int start = text.indexOf("\nWhy ");
        int end = text.indexOf("\nConditions in detail");
        return start < 0 || end < start ? "" : text.substring(start + 1, end).stripTrailing() + "\n";
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(l -> l.isEmpty() ? "" : prefix + l).collect(Collectors.joining("\n", "", text.isEmpty() ? "" : "\n"));
    }

    /** Conditions whose status differs between two decisions, as "id: BEFORE → AFTER". */
    static String changedConditions(Decision before, Decision after) {
        return after.conditions().stream().filter(c -> !c.statusLabel().equals(status(before, c)))
                .map(c -> c.id() + ": " + status(before, c) + " → " + c.statusLabel()).collect(Collectors.joining(", "));
    }

    private static String status(Decision d, ConditionResult c) {
        return d.condition(c.id()).map(ConditionResult::statusLabel).orElse("-");
    }
}
