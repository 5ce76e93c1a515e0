package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.rules.CompiledRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one evaluation in an empty session (new or reused): sets the clock to the as-of date, inserts the facts
 * dated up to that day (the timeless ones too), fires the rules up to a limit, and returns what
 * happened. The session runs on a worker thread so that a time limit can end the evaluation even
 * when a rule's action never returns: the caller gets a diagnostic on time, the session is
 * halted and its thread interrupted. The worker closes the session whatever the outcome, once it
 * gets out of the action: back to its pool when it ended cleanly, disposed otherwise.
 */
public final class SessionRunner {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private static final EvaluationThreads THREADS = new EvaluationThreads();

    /** Evaluations that passed their time limit, whose worker may still be stuck in a rule's action. */
    private static final java.util.Set<Evaluation<?>> TIMED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private SessionRunner() {
    }

    /**
     * Binds the facts, runs the session and makes the result of what it recorded, all on the
     * worker: the time limit covers the whole evaluation, and the data stays with one core.
     *
     * @param feed what binds the facts (it throws when they do not fit the pack's types)
     * @param asOf the date the evaluation speaks for; null to see every fact, with the clock at
     *             the end of the latest date any fact has
     * @param then what to make of the session's record, such as a decision
     * @throws EvaluationException when a rule's action fails, the firing limit is passed, or the
     *                             time limit is
     */
    public static <T> T run(CompiledRules rules, SessionPool pool, Supplier<FactFeed> feed, LocalDate asOf, int firingLimit,
            Duration timeout, Function<SessionRecord, T> then) {
        return run(rules, pool, feed, asOf, firingLimit, timeout, null, then);
    }

    /**
     * Like {@link #run(CompiledRules, SessionPool, Supplier, LocalDate, int, Duration, Function)},
     * on {@code executor}'s thread, or Accord's own when it is null. An executor that runs the task
     * where it is handed over (the caller's thread) returns only once the evaluation has ended:
     * the time limit is then kept by the session itself, before each rule firing.
     */
    public static <T> T run(CompiledRules rules, SessionPool pool, Supplier<FactFeed> feed, LocalDate asOf, int firingLimit,
            Duration timeout, Executor executor, Function<SessionRecord, T> then) {
        return run(rules, pool, feed, asOf, firingLimit, timeout, MemoryWatch.defaultBudget(), executor, then);
    }

    /**
     * Like {@link #run(CompiledRules, SessionPool, Supplier, LocalDate, int, Duration, Executor, Function)},
     * stopped when the heap left after a full collection passes {@code memoryBudget} bytes (0 for
     * no budget): see {@link MemoryWatch}.
     */
    public static <T> T run(CompiledRules rules, SessionPool pool, Supplier<FactFeed> feed, LocalDate asOf, int firingLimit,
            Duration timeout, long memoryBudget, Executor executor, Function<SessionRecord, T> then) {
        Evaluation<T> evaluation = start(rules, pool, firingLimit, timeout, memoryBudget, executor, false,
                (session, publish) -> publish.accept(then.apply(runIn(session, feed.get(), asOf))));
        @SuppressWarnings("unchecked")
        T result = (T) unlessFailure(evaluation.next(timeout));
        return result;
    }

    /**
     * Runs {@code work} in one session on a worker; each result it publishes is handed to
     * {@code each} on the caller's thread, and the work waits until {@code each} has returned
     * before it goes on, since a result may be read while the session would change its facts.
     * Each result must come within {@code timeout} of the caller starting to wait for it: a
     * timeline's dates are each an evaluation, and each gets the time limit of one.
     *
     * @throws EvaluationException when a rule's action fails, the firing limit is passed, or the
     *                             time limit is
     */
    public static <T> void runEach(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout,
            Executor executor, BiConsumer<EvaluationSession, Consumer<T>> work, Consumer<T> each) {
        runEach(rules, pool, firingLimit, timeout, MemoryWatch.defaultBudget(), executor, work, each);
    }

    /** Like {@link #runEach(CompiledRules, SessionPool, int, Duration, Executor, BiConsumer, Consumer)}, with a memory budget (0 for none). */
    public static <T> void runEach(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout, long memoryBudget,
            Executor executor, BiConsumer<EvaluationSession, Consumer<T>> work, Consumer<T> each) {
        if (executor != null) {
            // The work waits for the caller to take each result: on the caller's own thread it would
            // wait for ever, so a given executor runs the dates one by one as separate evaluations.
            throw new IllegalArgumentException("runEach needs Accord's own threads");
        }
        Evaluation<T> evaluation = start(rules, pool, firingLimit, timeout, memoryBudget, null, true, work);
        while (true) {
            Object next = unlessFailure(evaluation.next(timeout));
            if (next == Evaluation.DONE) {
                return;
            }
            @SuppressWarnings("unchecked")
            T result = (T) next;
            boolean handled = false;
            try {
                each.accept(result);
                handled = true;
            } finally {
                if (handled) {
                    evaluation.consumed.release();
                } else {
                    evaluation.stop(); // the caller gives up: the worker must not wait for it
                }
            }
        }
    }

    /** The default memory budget: three quarters of the maximum heap, or 0 (none) when the heap has no maximum. */
    public static long defaultMemoryBudget() {
        return MemoryWatch.defaultBudget();
    }

    /** Ends the threads evaluations run on, once idle: see {@code dev.accord.Accord#shutdownThreads()}. */
    public static void shutdownThreads() {
        THREADS.shutdown();
    }

    private static <T> Evaluation<T> start(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout,
            long memoryBudget, Executor executor, boolean handshake, BiConsumer<EvaluationSession, Consumer<T>> work) {
        Evaluation<T> evaluation = new Evaluation<>(EvaluationSession.open(rules, pool, firingLimit, timeout), memoryBudget,
                handshake, work);
        try {
            (executor != null ? executor : THREADS).execute(evaluation);
        } catch (RuntimeException | Error e) { // no thread could be started
            evaluation.session.close();
            throw e;
        }
        return evaluation;
    }

    /** The result, unless it is the failure that ended the work on the worker: that is thrown here. */
    private static Object unlessFailure(Object next) {
        if (next instanceof Failure failure) {
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw failure.cause() instanceof RuntimeException r ? r : new IllegalStateException(failure.cause());
        }
        return next;
    }

    /** What ended the work on the worker, to be thrown on the caller's thread. */
    private record Failure(Throwable cause) {
    }

    /** One run on a worker thread, which the caller may stop when its time is up. */
    private static final class Evaluation<T> implements Runnable, MemoryWatch.Watched {

        static final Object DONE = new Object();

        final EvaluationSession session;
        private final boolean handshake;
        private final BiConsumer<EvaluationSession, Consumer<T>> work;
        /** The results in the order published, then a {@link Failure} or {@link #DONE}. */
        private final LinkedBlockingQueue<Object> results = new LinkedBlockingQueue<>();
        /** Released by the caller once it has handled a result, when the work waits for that. */
        final Semaphore consumed = new Semaphore(0);
        /** Guarded by this: the worker may be interrupted only while it is still on this evaluation. */
        private Thread worker;
        private boolean finished;
        /** Guarded by this: whether {@link #stop()} interrupted the worker. */
        private boolean interrupted;
        private final long memoryBudget;
        /** What the worker had allocated when it started this evaluation. */
        private volatile long allocatedAtStart;
        /** Guarded by this: the heap after the full collection that stopped the evaluation, or -1. */
        private long overBudgetUsed = -1;
        /** Guarded by this: where the worker was when the memory budget stopped it. */
        private StackTraceElement[] stackAtStop = new StackTraceElement[0];
        /** Guarded by this: whether {@link Thread#stop} was sent to the worker. */
        private boolean stopSent;
        /** Set on the worker when the stop reached it inside the work. */
        private boolean stopDelivered;

        Evaluation(EvaluationSession session, long memoryBudget, boolean handshake, BiConsumer<EvaluationSession, Consumer<T>> work) {
            this.session = session;
            this.memoryBudget = memoryBudget;
            this.handshake = handshake;
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                worker = Thread.currentThread();
            }
            allocatedAtStart = MemoryWatch.allocatedBy(Thread.currentThread());
            MemoryWatch.watch(this);
            try {
                work.accept(session, this::publish);
                results.add(DONE);
            } catch (ThreadDeath stopped) {
                stopDelivered = true;
                results.add(new Failure(stoppedBy(stopped)));
            } catch (StackOverflowError | OutOfMemoryError e) {
                // The rules' doing (a recursive function, a string grown without end): the session is
                // discarded below, which frees what it held, and the caller gets a diagnostic, not a trace.
                results.add(new Failure(EngineFailures.exhausted(e, session.recorder())));
            } catch (dev.accord.AccordException e) {
                results.add(new Failure(e));
            } catch (RuntimeException | LinkageError e) {
                // Thrown from inside Drools while it matched or fired, not by an action (those come
                // as ConsequenceException), or a class the rules use that would not load or initialise
                // (an Error, which Drools passes through unwrapped): a diagnostic, not a bare throwable.
                results.add(new Failure(EngineFailures.failedInside(e, session.recorder())));
            } catch (Throwable t) {
                results.add(new Failure(t));
            } finally {
                MemoryWatch.unwatch(this);
                boolean stopped;
                boolean stopPending;
                synchronized (this) {
                    finished = true;
                    stopped = interrupted;
                    stopPending = stopSent && !stopDelivered;
                    TIMED_OUT.remove(this);
                }
                MemoryWatch.unwatch(this); // again: overBudget may have watched it anew before finished was set
                if (stopPending) {
                    absorbLateStop();
                }
                if (stopped) {
                    // A stop that came late must not reach the thread's next task; an interrupt that
                    // was not ours (the caller's, on its own thread) is left for its owner.
                    Thread.interrupted();
                }
                // Only now, with the caller already woken: emptying the session for reuse is off its clock.
                session.close();
            }
        }

        /**
         * What a {@link Thread#stop} that reached the worker means: the memory budget's stop is
         * reported, once the session is discarded (the diagnostic is made with the memory freed);
         * a stop after the time limit is already reported to the caller.
         */
        private Throwable stoppedBy(ThreadDeath stopped) {
            long used;
            StackTraceElement[] stack;
            synchronized (this) {
                used = overBudgetUsed;
                stack = stackAtStop;
            }
            if (used < 0) {
                return stopped;
            }
            try {
                session.close(); // discarded: the partial matches go with it, before the diagnostic is made
            } catch (RuntimeException e) {
                // Drools may fail to dispose a session stopped mid-match; it is unreachable all the same.
            }
            return EngineFailures.overBudget(used, memoryBudget, session, stack);
        }

        @Override
        public long budget() {
            return memoryBudget;
        }

        @Override
        public long allocated() {
            Thread w;
            synchronized (this) {
                w = finished ? null : worker;
            }
            return w == null ? 0 : MemoryWatch.allocatedBy(w) - allocatedAtStart;
        }

        /**
         * Stops the worker where it is, by {@link Thread#stop}: neither a halt nor an interrupt
         * reaches Drools while it matches, and every moment more is memory the process may not
         * have. The worker then discards the session and reports.
         */
        @Override
        @SuppressWarnings({"deprecation", "removal"})
        public synchronized void overBudget(long used) {
            if (finished || worker == null) {
                return;
            }
            overBudgetUsed = used;
            stackAtStop = worker.getStackTrace();
            if (stuckInAClassInitialiser()) {
                MemoryWatch.watch(this); // not stopped inside a class's initialiser: the next full collection asks again
                return;
            }
            if (!stopWorker()) {
                // Not Accord's thread: only the halt (between firings) and the interrupt can reach it.
                // The failure goes first, so the caller never takes what the halted session left for a decision.
                results.add(new Failure(EngineFailures.overBudget(used, memoryBudget, session, stackAtStop)));
                session.halt();
                interrupted = true;
                worker.interrupt();
            }
        }

        /**
         * Waits briefly for a {@link Thread#stop} that was sent while the work ran but has not
         * reached the thread yet (the JVM delivers it at its next safe point): it must land here,
         * not in the thread's next task.
         */
        private static void absorbLateStop() {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            try {
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            } catch (ThreadDeath late) {
                // absorbed
            }
        }

        /**
         * Sends {@link Thread#stop} to the worker, only when it is one of Accord's own threads and
         * is not initialising a class; true when sent. Hold this. A stop that lands in a static
         * initialiser leaves that class unusable for the rest of the JVM (every later use throws
         * {@code NoClassDefFoundError}), and Drools initialises some of its own classes lazily in
         * the middle of matching (an MVEL constraint's executor holder): one timed-out first
         * evaluation would break every later one. The stack is a snapshot, so a class
         * initialisation starting in the microseconds before the stop lands is not seen.
         */
        @SuppressWarnings({"deprecation", "removal"})
        private boolean stopWorker() {
            if (finished || worker == null || !EvaluationThreads.isOwn(worker)) {
                return false; // a caller's or an application's thread: a stop could land in their code
            }
            if (initialisingAClass(worker.getStackTrace())) {
                return false;
            }
            try {
                worker.stop();
                stopSent = true;
                return true;
            } catch (UnsupportedOperationException gone) { // Java 20 and later
                return false;
            }
        }

        private void publish(T result) {
            results.add(result);
            if (handshake) {
                try {
                    consumed.acquire();
                } catch (InterruptedException e) {
                    // Stopped: the caller has given up on this evaluation.
                    throw new EvaluationException(List.of(Diagnostic.error(EvaluationSession.WHOLE_PACK, "the evaluation was stopped")));
                }
            }
        }

        /**
         * The next result, {@link #DONE} or a {@link Failure}, waiting at most {@code timeout}.
         *
         * @throws EvaluationException when the time is up (the evaluation is then stopped) or
         *                             the caller is interrupted
         */
        Object next(Duration timeout) {
            EvaluationThreads.watch(() -> !results.isEmpty()); // a small evaluation ends before a sleeping caller would wake
            try {
                Object next = results.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    StackTraceElement[] stack = stackOfWorker();
                    stop();
                    synchronized (this) {
                        if (!finished) {
                            TIMED_OUT.add(this); // until it finishes, or stopRunaways() ends it
                        }
                    }
                    EvaluationException late = LimitDiagnostics.timedOut(session, timeout, stack);
                    if (session.recorder().running() == null && JoinBlame.inMatching(stackOfWorker()) && kill()) {
                        // Still matching after the halt's grace: Drools checks for a halt only between
                        // firings, and a join can build partial matches for hours. No rule's code runs
                        // here, only Drools' own on this session, which is discarded.
                        TIMED_OUT.remove(this);
                    }
                    throw late;
                }
                return next;
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt(); // the caller's interrupt is its own: kept for it to see
                throw LimitDiagnostics.interrupted(session.recorder(), e);
            }
        }

        /**
         * Ends a worker still stuck in this evaluation (a rule's action in a busy loop, which
         * neither a halt nor an interrupt reaches) by {@link Thread#stop}: true when it did. When
         * the worker is initialising a class, waits up to a second for it to finish (see
         * {@link #stopWorker()}); false when it has not by then.
         */
        boolean kill() {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (true) {
                synchronized (this) {
                    if (!stuckInAClassInitialiser()) {
                        return stopWorker(); // false when finished or not Accord's thread
                    }
                }
                if (System.nanoTime() > until) {
                    return false;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }

        /** Whether the worker, one of Accord's own threads, is still in this evaluation and inside a class's initialiser. */
        synchronized boolean stuckInAClassInitialiser() {
            return !finished && worker != null && EvaluationThreads.isOwn(worker) && SessionRunner.initialisingAClass(worker.getStackTrace());
        }

        /** Where the worker is right now, or nothing when it has finished. */
        private synchronized StackTraceElement[] stackOfWorker() {
            return finished || worker == null ? new StackTraceElement[0] : worker.getStackTrace();
        }

        /** Halts the session and interrupts the worker, unless the evaluation has finished. */
        synchronized void stop() {
            if (!finished) {
                session.halt();
                if (worker != null) {
                    interrupted = true;
                    worker.interrupt();
                }
            }
        }
    }

    /**
     * Ends the workers of evaluations that passed their time limit and are still stuck in a rule's
     * action, so that they stop using a core and go back to the pool. For a caller that has
     * replaced the pack those evaluations ran (the watch loop): the stop may strike anywhere in
     * the action or in Drools, so a pack whose evaluation was killed should not be used again.
     *
     * @return how many were ended
     */
    public static int stopRunaways() {
        int stopped = 0;
        for (Evaluation<?> e : TIMED_OUT) {
            if (e.kill()) {
                stopped++;
                TIMED_OUT.remove(e);
            } else if (!e.stuckInAClassInitialiser()) {
                TIMED_OUT.remove(e); // finished, or on a thread that is not Accord's to stop
            } // else still initialising a class: ended by a later call
        }
        return stopped;
    }

    /** Whether a thread with this stack is running a class's static initialiser. */
    static boolean initialisingAClass(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if ("<clinit>".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private static SessionRecord runIn(EvaluationSession session, FactFeed feed, LocalDate asOf) {
        LocalDateTime[] latest = new LocalDateTime[1];
        if (asOf != null) {
            // The clock first, so that events too old for any window expire as they arrive.
            session.advanceClockTo(AsOf.clockFor(asOf));
        }
        if (asOf != null) {
            feed.feed(null, AsOf.firstUnseen(asOf), session::insert);
        } else {
            // Without an as-of date the clock goes to the latest date any fact has, so each is read.
            feed.feed(null, null, b -> {
                LocalDateTime date = feed.date(b.object());
                if (date != null && (latest[0] == null || date.isAfter(latest[0]))) {
                    latest[0] = date;
                }
                session.insert(b);
            });
        }
        if (asOf == null && latest[0] != null) {
            session.advanceClockTo(AsOf.clockFor(latest[0].toLocalDate()));
        }
        return session.fire(eventTime(feed));
    }

    /** An event's time on the session clock, for replaying windows in explanations. */
    public static SessionRecord.EventTime eventTime(FactFeed feed) {
        return fact -> feed.dating(fact.getClass()).filter(d -> d.event())
                .flatMap(d -> d.of(fact)).map(AsOf::millis).orElse(null);
    }

}
