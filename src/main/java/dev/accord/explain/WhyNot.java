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

    public WhyNot {
        rules = List.copyOf(rules);
    }

    /** The answer as text ({@link Format#TEXT}) or JSON ({@link Format#JSON}). */
    @Override
    public String render(Format format) {
        return switch (format) {
            case TEXT -> WhyNotTextRenderer.render(this);
            case JSON -> WhyNotJson.render(this);
            default -> throw Report.unsupported("a why-not answer", format, Format.TEXT, Format.JSON);
        };
    }

    @Override
    public String toString() {
        return "WhyNot[" + target + ": " + summary + "]";
    }

    public enum Kind {
        ACTION, CONDITION, RULE, FACT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
