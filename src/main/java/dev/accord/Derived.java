package dev.accord;

import dev.accord.explain.Conclusion;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A conclusion of the rules together with its derivation: the rule firings that justify it,
 * down to the input facts. The derivation is worked out the first time it is asked for, so a
 * caller that only needs the verdict (a what-if search trying thousands of fact sets) does not
 * pay for explanations it never reads.
 */
public final class Derived<T> {

    private final T value;
    private final Supplier<Conclusion> explain;
    private volatile Conclusion derivation;

    Derived(T value, Supplier<Conclusion> explain) {
        this.value = Objects.requireNonNull(value);
        this.explain = explain;
    }

    /**
     * What the rules concluded.
     *
     * @return the value, never null
     */
    public T value() {
        return value;
    }

    /**
     * How the rules came to the value: the rule firings that justify it, down to the input facts.
     * Worked out on the first call, from any thread, and the same object afterwards.
     *
     * @return the derivation, deeply immutable
     */
    public Conclusion derivation() {
        Conclusion d = derivation;
        if (d == null) {
            d = explain.get();
            derivation = d;
        }
        return d;
    }

    @Override
    public String toString() {
        return "Derived[" + value + "]";
    }
}
