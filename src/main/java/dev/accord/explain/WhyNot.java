package dev.accord.explain;

import java.util.List;

/**
 * The answer to "why not X?", where X is an action, a condition or a rule. When X holds after
 * all, {@link #holds()} is true and {@link #summary()} says so. Otherwise each rule that could
 * have brought X about is examined: where its conditions stopped matching the facts, and why.
 *
 * @param target  as asked
 * @param kind    what the target turned out to be
 * @param summary one sentence for the reader
 * @param rules   the rules that could have brought the target about, each examined
 */
public record WhyNot(String target, Kind kind, boolean holds, String summary, List<RuleAttempt> rules) implements Report {

    /**
     * An answer; the rules are copied.
     *
     * @param target  as asked
     * @param kind    what the target turned out to be
     * @param holds   true when the target holds after all
     * @param summary one sentence for the reader
     * @param rules   the rules that could have brought the target about, each examined
     */
    public WhyNot {
        rules = List.copyOf(rules);
    }

    /**
     * The answer as text, JSON ({@code accord.why-not/1}), Markdown (the text tree as nested lists)
     * or one HTML page.
     *
     * @param format any format but {@link Format#DOT}
     * @return the rendered answer
     * @throws IllegalArgumentException for {@link Format#DOT}: DOT draws a decision's derivation
     *                                  graph, and a why-not answer is about what is missing from it
     */
    @Override
    public String render(Format format) {
        return switch (format) {
            case TEXT -> WhyNotTextRenderer.render(this);
            case JSON -> WhyNotJson.render(this);
            case MD -> WhyNotPages.markdown(this);
            case HTML -> WhyNotPages.html(this);
            case DOT -> throw new IllegalArgumentException("a why-not answer has no DOT rendering: DOT draws a decision's"
                    + " derivation graph");
        };
    }

    @Override
    public String toString() {
        return "WhyNot[" + target + ": " + summary + "]";
    }

    /** What a why-not target names. */
    public enum Kind {
        /** An action of {@code pack.yaml}. */
        ACTION,
        /** A condition of {@code pack.yaml}. */
        CONDITION,
        /** A rule of the pack's DRL. */
        RULE,
        /** A type of fact the rules conclude. */
        FACT;

        /**
         * The kind in lower case, for sentences.
         *
         * @return e.g. {@code action}
         */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
