package dev.accord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Guards on one evaluation: how many rule firings (default {@link #DEFAULT_MAX_FIRINGS}), how
 * much wall-clock time (default {@link #DEFAULT_TIMEOUT}) and how much heap (default three
 * quarters of the JVM's maximum heap, measured after a full garbage collection) it may take.
 * Passing any ends the evaluation with an {@link EvaluationException} naming the rule to blame;
 * the pack stays usable. Immutable; {@code with...} returns a copy.
 */
public final class EvaluationLimits {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_MAX_FIRINGS = 100_000;
    /** Generous: the default pack decides in milliseconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final EvaluationLimits DEFAULTS = new EvaluationLimits(DEFAULT_MAX_FIRINGS, DEFAULT_TIMEOUT, 0, null);

    private final int maxFirings;
    private final Duration timeout;
    /** Bytes of heap; 0 for the default share of the maximum heap, read when an evaluation starts. */
    private final long maxMemory;
    private final Executor executor;

    private EvaluationLimits(int maxFirings, Duration timeout, long maxMemory, Executor executor) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
        }
        if (maxMemory < 0) {
            throw new IllegalArgumentException("maxMemory must be positive, got " + maxMemory);
        }
        this.maxFirings = maxFirings;
        this.timeout = LoadOptions.positive(timeout, "timeout");
        this.maxMemory = maxMemory;
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
        return new EvaluationLimits(maxFirings, timeout, maxMemory, executor);
    }

    /**
     * A copy with another time limit on each evaluation.
     *
     * @param timeout longer than zero
     * @return the copy; this one is unchanged
     * @throws IllegalArgumentException when {@code timeout} is null, zero or negative
     */
    public EvaluationLimits withTimeout(Duration timeout) {
        return new EvaluationLimits(maxFirings, timeout, maxMemory, executor);
    }

    /**
     * Stops an evaluation when the heap in use after a full garbage collection passes {@code bytes}
     * while it runs. The heap is the JVM's, shared by whatever else runs in it: the budget is on
     * what stays in use (after a collection), and when it is passed the evaluation whose thread
     * allocated most is stopped. Must be positive; larger than the maximum heap means no budget
     * before the JVM's own {@link OutOfMemoryError} (reported the same way).
     * Only Accord's own evaluation threads can be stopped inside a join: on the caller's thread or
     * an application's executor the evaluation is halted and interrupted, which Drools sees only
     * between firings.
     *
     * @param bytes the budget, positive
     * @return limits like these with that memory budget
     * @throws IllegalArgumentException when {@code bytes} is not positive
     */
    public EvaluationLimits withMaxMemory(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxMemory must be positive, got " + bytes);
        }
        return new EvaluationLimits(maxFirings, timeout, bytes, executor);
    }

    /**
     * The memory budget.
     *
     * @return the budget in bytes: as set, or by default three quarters of the maximum heap (0,
     *     no budget, when the heap has no maximum)
     */
    public long maxMemory() {
        return maxMemory != 0 ? maxMemory : dev.accord.engine.SessionRunner.defaultMemoryBudget();
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
        return new EvaluationLimits(maxFirings, timeout, maxMemory, Objects.requireNonNull(executor, "executor"));
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
        return "EvaluationLimits[maxFirings=" + maxFirings + ", timeout=" + timeout + ", maxMemory=" + maxMemory()
                + (executor == null ? "" : ", executor=" + executor) + "]";
    }
}
