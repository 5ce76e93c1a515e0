package dev.accord;

/** Whether the rules reached one recommendation, none, or several that disagree. */
public enum Outcome {
    /** Exactly one action is recommended. */
    RECOMMENDED,
    /** No rule recommended anything: the pack has a gap for these facts. */
    NO_RECOMMENDATION,
    /** Rules recommend different actions; the decision names them and leaves the choice to a person. */
    CONFLICT
}
