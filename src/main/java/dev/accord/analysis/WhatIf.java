package dev.accord.analysis;

import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * An explicit what-if: the decision before and after some edits, and what changed between them
 * (the recommendation, the conditions, the rules that fire).
 */
public final class WhatIf {

    /**
     * @param edits      the edits, described
     * @param nowFiring  rules that fire after the edits and did not before
     * @param noLonger   rules that fired before and no longer do
     */
    public record Comparison(Decision before, Decision after, List<String> edits, List<String> nowFiring,
            List<String> noLonger) implements dev.accord.explain.Report {

        /**
         * A comparison; the lists are copied.
         *
         * @param before    the decision on the facts as given
         * @param after     the decision on the changed facts
         * @param edits     the edits, described
         * @param nowFiring rules that fire after the edits and did not before
         * @param noLonger  rules that fired before and no longer do
         */
        public Comparison {
            edits = List.copyOf(edits);
            nowFiring = List.copyOf(nowFiring);
            noLonger = List.copyOf(noLonger);
        }

        /**
         * The comparison: the edits, the recommendation and conditions before and after, the
         * rules that now fire and no longer fire, and why the new decision. Text as
         * {@code accord what-if --set ...} prints it; JSON ({@code accord.what-if/1}) with both
         * decisions in full; Markdown; one HTML page.
         *
         * @param format any format but {@link Format#DOT}
         * @return the rendered comparison
         * @throws IllegalArgumentException for {@link Format#DOT}, which draws one decision: render
         *                                  {@link #after()} for its graph
         */
        @Override
        public String render(Format format) {
            return switch (format) {
                case TEXT -> WhatIfReport.comparison(this);
                case JSON -> AnalysisJson.comparison(this);
                case MD -> AnalysisMarkdown.comparison(this);
                case HTML -> AnalysisHtml.comparison(this);
                case DOT -> throw new IllegalArgumentException("a what-if comparison has no DOT rendering: DOT draws one"
                        + " decision's derivation graph; render its after() decision");
            };
        }

        /** One line, e.g. {@code WhatIf.Comparison[[remove unama-2020-q4]: STAY → REVIEW]}. */
        @Override
        public String toString() {
            String was = ScenarioRunner.recommendation(before);
            String now = ScenarioRunner.recommendation(after);
            return "WhatIf.Comparison[" + edits + ": " + was + (was.equals(now) ? " (unchanged)" : " → " + now) + "]";
        }
    }

    private WhatIf() {
    }

    /**
     * Decides on the facts as given and as edited, and compares the two.
     *
     * @param pack  the pack to decide with
     * @param facts the facts as they stand; unchanged
     * @param edits the changes, applied in order
     * @return the two decisions and what changed between them
     * @throws IllegalArgumentException when an edit names no fact or changes something fixed
     * @throws dev.accord.InvalidFactsException    when the facts, or the edited facts, do not fit the pack's types
     */
    public static Comparison apply(RulePack pack, FactSet facts, List<FactEdit> edits) {
        return apply(pack, facts, edits, facts.asOf().orElse(null), dev.accord.EvaluationLimits.defaults());
    }

    /**
     * The same, both decisions taken as of {@code asOf} (null: every fact, as
     * {@link RulePack#evaluate(FactSet, java.time.LocalDate)} reads it) and within {@code limits},
     * so a server's time and firing limits hold for what-if as for any other evaluation.
     *
     * @param pack   the pack to decide with
     * @param facts  the facts as they stand; unchanged
     * @param edits  the changes, applied in order
     * @param asOf   the date both decisions are taken as of; null for every fact
     * @param limits the limits of both evaluations
     * @return the two decisions and what changed between them
     * @throws IllegalArgumentException when an edit names no fact or changes something fixed
     * @throws dev.accord.InvalidFactsException when the facts, or the edited facts, do not fit the pack's types
     * @throws dev.accord.EvaluationException   when an evaluation fails or passes a limit
     */
    public static Comparison apply(RulePack pack, FactSet facts, List<FactEdit> edits, java.time.LocalDate asOf,
            dev.accord.EvaluationLimits limits) {
        FactSet changed = facts.with(edits);
        Decision before = pack.evaluate(facts, asOf, limits);
        Decision after = pack.evaluate(changed, asOf, limits);
        List<String> now = new ArrayList<>(after.firedRules());
        now.removeAll(before.firedRules());
        List<String> gone = new ArrayList<>(before.firedRules());
        gone.removeAll(after.firedRules());
        return new Comparison(before, after, edits.stream().map(e -> e.describe(facts)).toList(), now, gone);
    }
}
