package dev.accord;

import dev.accord.vocabulary.Status;

/**
 * How a condition of {@code pack.yaml} came out of an evaluation: a status the rules concluded
 * ({@link #MET}, {@link #NOT_MET}, {@link #UNKNOWN}, as {@link Status} in DRL), or what the
 * evaluation found instead of one: no rule assessed it, or rules assessed it differently.
 */
public enum ConditionStatus {
    /** The rules concluded the condition holds. */
    MET,
    /** The rules concluded it does not hold. */
    NOT_MET,
    /** The rules concluded the evidence does not say. */
    UNKNOWN,
    /** No rule assessed it: the pack says nothing about it for these facts. */
    NOT_ASSESSED,
    /** Rules concluded different statuses for it; {@link ConditionResult#assessments()} holds each. */
    CONFLICT;

    /** The status of the vocabulary the rules concluded. */
    static ConditionStatus of(Status status) {
        return valueOf(status.name());
    }
}
