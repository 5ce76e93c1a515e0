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

    public Recommendation(String action, String summary) {
        this.action = Objects.requireNonNull(action, "action");
        this.summary = summary == null ? "" : summary;
    }

    public String getAction() {
        return action;
    }

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
