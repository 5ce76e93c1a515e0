package dev.accord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

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

    private static final EvaluationLimits DEFAULTS = new EvaluationLimits(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT, null);

    private final int maxFirings;
    private final Duration timeout;
    private final Executor executor;

    private EvaluationLimits(int maxFirings, Duration timeout, Executor executor) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        this.maxFirings = maxFirings;
        this.timeout = LoadOptions.positive(timeout, "timeout");
        this.executor = executor;
    }

    /**
     * The default limits: {@link #DEFAULT_MAX_FIRINGS} firings, {@link #DEFAULT_TIMEOUT}, on
     * Accord's own threads.
     *
     * @return the shared defaults
     */
    public static EvaluationLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another limit on rule firings: past it, the evaluation stops as looping.
     *
     * @param maxFirings at least 1
     * @return the copy; this one is unchanged
     * @throws IllegalArgumentException when {@code maxFirings} is less than 1
     */
    public EvaluationLimits withMaxFirings(int maxFirings) {
        return new EvaluationLimits(maxFirings, timeout, executor);
    }

    /**
     * A copy with another time limit on each evaluation.
     *
     * @param timeout longer than zero
     * @return the copy; this one is unchanged
     * @throws IllegalArgumentException when {@code timeout} is null, zero or negative
     */
    public EvaluationLimits withTimeout(Duration timeout) {
        return new EvaluationLimits(maxFirings, timeout, executor);
    }

    /**
     * Runs evaluations on {@code executor} instead of Accord's own threads: a pool the
     * application sizes and names, or {@link #onCallersThread()}. Accord never shuts it down.
     * With a pool, the time limit is kept as with Accord's threads: the caller stops waiting when
     * it is up, and the session is halted and its thread interrupted.
     *
     * @param executor where evaluations run, not null
     * @return the copy; this one is unchanged
     */
    public EvaluationLimits withExecutor(Executor executor) {
        return new EvaluationLimits(maxFirings, timeout, Objects.requireNonNull(executor, "executor"));
    }

    /**
     * Runs evaluations on the thread that asks for them, so that thread-local context (a logging
     * MDC, a transaction) reaches rule actions and Accord starts no thread. The firing limit
     * holds as ever; the time limit is checked before each rule firing, so it ends rules that keep
     * firing, but cannot stop one action that never returns (on Accord's threads, or an executor's,
     * the caller is freed at the time limit even then).
     *
     * @return the copy; this one is unchanged
     */
    public EvaluationLimits onCallersThread() {
        return withExecutor(CALLERS_THREAD);
    }

    /**
     * The executor evaluations run on.
     *
     * @return the executor given; empty when evaluations run on Accord's own threads
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /** The executor of {@link #onCallersThread()}: runs each task where it is handed over. */
    private static final Executor CALLERS_THREAD = new Executor() {
        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public String toString() {
            return "the caller's thread";
        }
    };

    /**
     * The most rule firings one evaluation may take.
     *
     * @return at least 1
     */
    public int maxFirings() {
        return maxFirings;
    }

    /**
     * How long one evaluation may take.
     *
     * @return a positive duration
     */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "EvaluationLimits[maxFirings=" + maxFirings + ", timeout=" + timeout
                + (executor == null ? "" : ", executor=" + executor) + "]";
    }
}
