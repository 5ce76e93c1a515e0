package dev.accord.vocabulary;

import java.util.Objects;

/**
 * A rule's conclusion about one condition of the agreement, e.g.
 * {@code insertLogical(new Assessment("ties-cut", Status.NOT_MET))}. Two assessments are equal when
 * they say the same thing, so several rules concluding it become several justifications of one fact.
 */
public final class Assessment {

    private final String condition;
    private final Status status;
    private final String reason;

    /**
     * An assessment without a reason of its own.
     *
     * @param condition the condition's id in {@code pack.yaml}, not null
     * @param status    what the rule concludes about it, not null
     */
    public Assessment(String condition, Status status) {
        this(condition, status, null);
    }

    /**
     * An assessment with a short reason.
     *
     * @param condition the condition's id in {@code pack.yaml}, not null
     * @param status    what the rule concludes about it, not null
     * @param reason    a short reason, or null
     */
    public Assessment(String condition, Status status, String reason) {
        this.condition = Objects.requireNonNull(condition, "condition");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = reason;
    }

    /**
     * The condition assessed.
     *
     * @return its id in {@code pack.yaml}, never null
     */
    public String getCondition() {
        return condition;
    }

    /**
     * What the rule concluded about the condition.
     *
     * @return the status, never null
     */
    public Status getStatus() {
        return status;
    }

    /**
     * An optional short reason; the rule's {@code @explain} sentence is usually the better place.
     *
     * @return the reason, or null when the rule gave none
     */
    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a
                && condition.equals(a.condition) && status == a.status && Objects.equals(reason, a.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, status, reason);
    }

    @Override
    public String toString() {
        return condition + " is " + status + (reason == null ? "" : " (" + reason + ")");
    }
}
