package dev.accord.vocabulary;

/**
 * The three-valued status of a condition. Missing evidence makes a condition {@link #UNKNOWN},
 * never {@link #NOT_MET}: "we do not know" is a different answer from "it failed".
 */
public enum Status {
    MET, NOT_MET, UNKNOWN
}
