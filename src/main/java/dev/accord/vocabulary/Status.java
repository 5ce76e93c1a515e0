package dev.accord.vocabulary;

/**
 * The three-valued status of a condition. Missing evidence makes a condition {@link #UNKNOWN},
 * never {@link #NOT_MET}: "we do not know" is a different answer from "it failed".
 */
public enum Status {
    /** The evidence shows the condition holds. */
    MET,
    /** The evidence shows the condition does not hold. */
    NOT_MET,
    /** The evidence is missing or does not say either way. */
    UNKNOWN
}
