package dev.accord;

import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Status;
import java.util.List;
import java.util.Optional;

/**
 * How one condition of {@code pack.yaml} came out. A condition no rule assessed is reported as
 * such, never dropped; one that rules assessed with different statuses is reported as conflicting.
 */
public record ConditionResult(Condition condition, List<Derived<Assessment>> assessments) {

    /**
     * A condition's result; the assessments are copied.
     *
     * @param condition   the condition, as {@code pack.yaml} states it
     * @param assessments the assessments rules concluded for it, none when no rule did
     */
    public ConditionResult {
        assessments = List.copyOf(assessments);
    }

    /**
     * The condition's id in {@code pack.yaml}.
     *
     * @return the id, never null
     */
    public String id() {
        return condition.id();
    }

    /**
     * Whether any rule assessed the condition.
     *
     * @return false when the status is {@link ConditionStatus#NOT_ASSESSED}
     */
    public boolean assessed() {
        return !assessments.isEmpty();
    }

    /**
     * Whether rules concluded different statuses for this condition.
     *
     * @return true when the status is {@link ConditionStatus#CONFLICT}
     */
    public boolean conflicting() {
        return assessments.stream().map(a -> a.value().getStatus()).distinct().count() > 1;
    }

    /**
     * The condition's status: one the rules concluded, {@code NOT_ASSESSED} or {@code CONFLICT}.
     *
     * @return the status, never null
     */
    public ConditionStatus status() {
        if (!assessed()) {
            return ConditionStatus.NOT_ASSESSED;
        }
        return conflicting() ? ConditionStatus.CONFLICT : ConditionStatus.of(assessments.get(0).value().getStatus());
    }

    /**
     * The status the rules concluded, when exactly one was: what DRL compares with.
     *
     * @return the status; empty when the condition is not assessed or conflicting
     */
    public Optional<Status> concluded() {
        return assessed() && !conflicting() ? Optional.of(assessments.get(0).value().getStatus()) : Optional.empty();
    }

    /**
     * The name of {@link #status()}, for output that writes statuses as text.
     *
     * @return {@code MET}, {@code NOT_MET}, {@code UNKNOWN}, {@code NOT_ASSESSED} or {@code CONFLICT}
     */
    public String statusLabel() {
        return status().name();
    }
}
