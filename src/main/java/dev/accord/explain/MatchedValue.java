package dev.accord.explain;

/**
 * Something a rule matched that is neither an input fact nor a recorded conclusion, such as the
 * result of an {@code accumulate}.
 */
public record MatchedValue(String text) implements Evidence {
}
