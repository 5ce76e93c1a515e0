package dev.accord.analysis;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.explain.Format;
import java.util.stream.Collectors;

/** What-if answers as text: each set of changes with the decision it leads to and why. */
public final class WhatIfReport {

    private WhatIfReport() {
    }

    /**
     * A search's answer as text, every change set in full.
     *
     * @param r the search's result
     * @return the text, ending with a newline
     */
    public static String render(Counterfactuals.Result r) {
        return render(r, Integer.MAX_VALUE);
    }

    /**
     * A search's answer as text.
     *
     * @param r    the search's result
     * @param show the most change sets to show in full; the rest are counted
     * @return the text, ending with a newline
     */
    public static String render(Counterfactuals.Result r, int show) {
        StringBuilder out = new StringBuilder();
        out.append("What would lead to ").append(r.goal()).append("? Now: ")
                .append(ScenarioRunner.recommendation(r.original())).append(" (").append(statuses(r.original())).append(")\n");
        out.append("Tried ").append(r.evaluated()).append(" changed fact sets, from ").append(r.candidates())
                .append(" single changes drawn from the pack").append(r.exhausted() ? "; the budget ran out before every"
                        + " combination was tried, so smaller or other answers may exist" : "").append(".\n");
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
