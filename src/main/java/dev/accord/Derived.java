package dev.accord;

import dev.accord.explain.Conclusion;

/**
 * A conclusion of the rules together with its derivation: the rule firings that justify it,
 * down to the input facts.
 */
public record Derived<T>(T value, Conclusion derivation) {
}
