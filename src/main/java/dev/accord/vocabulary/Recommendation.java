package dev.accord.vocabulary;

import java.util.Objects;

/**
 * A rule's conclusion about what to do: one of the actions listed in {@code pack.yaml}, with a
 * one-line summary for the reader. Equal recommendations from several rules are one fact with
 * several justifications.
 */
public final class Recommendation {

    private final String action;
    private final String summary;

    /**
     * A recommendation.
     *
     * @param action  one of the actions of {@code pack.yaml}, not null
     * @param summary a line for the reader, or null for none
     */
    public Recommendation(String action, String summary) {
        this.action = Objects.requireNonNull(action, "action");
        this.summary = summary == null ? "" : summary;
    }

    /**
     * The action recommended.
     *
     * @return the action as {@code pack.yaml} names it, never null
     */
    public String getAction() {
        return action;
    }

    /**
     * A line for the reader, e.g. why now.
     *
     * @return the summary; empty, never null, when the rule gave none
     */
    public String getSummary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recommendation r && action.equals(r.action) && summary.equals(r.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, summary);
    }

    @Override
    public String toString() {
        return summary.isEmpty() ? action : action + ": " + summary;
    }
}
