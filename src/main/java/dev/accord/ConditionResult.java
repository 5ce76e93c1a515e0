package dev.accord;

import dev.accord.rules.Condition;
import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Status;
import java.util.List;
import java.util.Optional;

/**
 * How one condition of {@code pack.yaml} came out. A condition no rule assessed is reported as
 * such, never dropped; one that rules assessed with different statuses is reported as conflicting.
 */
public record ConditionResult(Condition condition, List<Derived<Assessment>> assessments) {

    public ConditionResult {
        assessments = List.copyOf(assessments);
    }

    public String id() {
        return condition.id();
    }

    public boolean assessed() {
        return !assessments.isEmpty();
    }

    /** True when rules concluded different statuses for this condition. */
    public boolean conflicting() {
        return assessments.stream().map(a -> a.value().getStatus()).distinct().count() > 1;
    }

    /** The condition's status: one the rules concluded, {@code NOT_ASSESSED} or {@code CONFLICT}; never null. */
    public ConditionStatus status() {
        if (!assessed()) {
            return ConditionStatus.NOT_ASSESSED;
        }
        return conflicting() ? ConditionStatus.CONFLICT : ConditionStatus.of(assessments.get(0).value().getStatus());
    }

    /** The status the rules concluded, when exactly one was: what DRL compares with. */
    public Optional<Status> concluded() {
        return assessed() && !conflicting() ? Optional.of(assessments.get(0).value().getStatus()) : Optional.empty();
    }

    /** The name of {@link #status()}: {@code MET}, {@code NOT_MET}, {@code UNKNOWN}, {@code NOT_ASSESSED} or {@code CONFLICT}. */
    public String statusLabel() {
        return status().name();
    }
}
