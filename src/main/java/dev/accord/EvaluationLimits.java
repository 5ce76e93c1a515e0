package dev.accord;

import java.time.Duration;

/**
 * Guards on one evaluation: how many rule firings (default {@link #DEFAULT_MAX_FIRINGS}) and how
 * much wall-clock time (default {@link #DEFAULT_TIMEOUT}) it may take. Passing either ends the
 * evaluation with an {@link EvaluationException} naming the rules that fired most; the pack
 * stays usable. Immutable; {@code with...} returns a copy.
 */
public final class EvaluationLimits {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_MAX_FIRINGS = 100_000;
    /** Generous: the default pack decides in milliseconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final EvaluationLimits DEFAULTS = new EvaluationLimits(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT);

    private final int maxFirings;
    private final Duration timeout;

    private EvaluationLimits(int maxFirings, Duration timeout) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        this.maxFirings = maxFirings;
        this.timeout = LoadOptions.positive(timeout, "timeout");
    }

    public static EvaluationLimits defaults() {
        return DEFAULTS;
    }

    public EvaluationLimits withMaxFirings(int maxFirings) {
        return new EvaluationLimits(maxFirings, timeout);
    }

    public EvaluationLimits withTimeout(Duration timeout) {
        return new EvaluationLimits(maxFirings, timeout);
    }

    public int maxFirings() {
        return maxFirings;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "EvaluationLimits[maxFirings=" + maxFirings + ", timeout=" + timeout + "]";
    }
}
