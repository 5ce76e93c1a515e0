package dev.accord.vocabulary;

import java.util.Objects;

/**
 * A rule's conclusion about what to do: one of the actions listed in {@code pack.yaml}, with a
 * one-line summary for the reader. Equal recommendations from several rules are one fact with
 * several justifications.
 *
 * <p>Each property has a record-style accessor ({@code action()}) and a JavaBean getter
 * ({@code getAction()}). DRL reads either in a constraint such as {@code Recommendation( action == "WITHDRAW" )}: Drools
 * ({@code org.drools.util.ClassUtils.getAccessor}) accepts {@code getX}, {@code isX} and {@code x()},
 * preferring the getter when both exist. The getters stay, and are not deprecated, because rule
 * packs call them in actions and {@code eval} ({@code $r.getAction()}), and a deprecation would warn in
 * every such pack.
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

    /**
     * The action recommended, as {@code pack.yaml} names it; the same as {@link #getAction()}.
     *
     * @return the action, never null
     */
    public String action() {
        return action;
    }

    /**
     * The line for the reader; the same as {@link #getSummary()}.
     *
     * @return the summary, empty when there is none
     */
    public String summary() {
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
