package dev.accord.vocabulary;

import java.util.Objects;

/**
 * A rule's conclusion about one condition of the agreement, e.g.
 * {@code insertLogical(new Assessment("ties-cut", Status.NOT_MET))}. Two assessments are equal when
 * they say the same thing, so several rules concluding it become several justifications of one fact.
 *
 * <p>Each property has a record-style accessor ({@code status()}) and a JavaBean getter
 * ({@code getStatus()}). DRL reads either in a constraint such as {@code Assessment( condition == "ties-cut", status == Status.MET )}: Drools
 * ({@code org.drools.util.ClassUtils.getAccessor}) accepts {@code getX}, {@code isX} and {@code x()},
 * preferring the getter when both exist. The getters stay, and are not deprecated, because rule
 * packs call them in actions and {@code eval} ({@code $r.getStatus()}), and a deprecation would warn in
 * every such pack.
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

    /**
     * The condition assessed; the same as {@link #getCondition()}.
     *
     * @return its id in {@code pack.yaml}, never null
     */
    public String condition() {
        return condition;
    }

    /**
     * What the rule concluded about the condition; the same as {@link #getStatus()}.
     *
     * @return the status, never null
     */
    public Status status() {
        return status;
    }

    /**
     * The rule's short reason; the same as {@link #getReason()}.
     *
     * @return the reason, or null when the rule gave none
     */
    public String reason() {
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
