package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Durations;
import dev.accord.rules.RuleInfo;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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

    /** How long to let a halted session get to the end of its current action before blaming the rules. */
    private static final long HALT_GRACE_MILLIS = 200;

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
        Evaluation<T> evaluation = start(rules, pool, firingLimit, timeout, executor, false,
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
        if (executor != null) {
            // The work waits for the caller to take each result: on the caller's own thread it would
            // wait for ever, so a given executor runs the dates one by one as separate evaluations.
            throw new IllegalArgumentException("runEach needs Accord's own threads");
        }
        Evaluation<T> evaluation = start(rules, pool, firingLimit, timeout, null, true, work);
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

    /** Ends the threads evaluations run on, once idle: see {@code dev.accord.Accord#shutdownThreads()}. */
    public static void shutdownThreads() {
        THREADS.shutdown();
    }

    private static <T> Evaluation<T> start(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout,
            Executor executor, boolean handshake, BiConsumer<EvaluationSession, Consumer<T>> work) {
        Evaluation<T> evaluation = new Evaluation<>(EvaluationSession.open(rules, pool, firingLimit, timeout), handshake, work);
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
    private static final class Evaluation<T> implements Runnable {

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

        Evaluation(EvaluationSession session, boolean handshake, BiConsumer<EvaluationSession, Consumer<T>> work) {
            this.session = session;
            this.handshake = handshake;
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                worker = Thread.currentThread();
            }
            try {
                work.accept(session, this::publish);
                results.add(DONE);
            } catch (StackOverflowError | OutOfMemoryError e) {
                // The rules' doing (a recursive function, a string grown without end): the session is
                // discarded below, which frees what it held, and the caller gets a diagnostic, not a trace.
                results.add(new Failure(EngineFailures.exhausted(e, session.recorder())));
            } catch (dev.accord.AccordException e) {
                results.add(new Failure(e));
            } catch (RuntimeException e) {
                // Thrown from inside Drools while it matched or fired, not by an action (those come
                // as ConsequenceException): the caller gets a diagnostic, not Drools' exception.
                results.add(new Failure(EngineFailures.failedInside(e, session.recorder())));
            } catch (Throwable t) {
                results.add(new Failure(t));
            } finally {
                boolean stopped;
                synchronized (this) {
                    finished = true;
                    stopped = interrupted;
                    TIMED_OUT.remove(this);
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

        private void publish(T result) {
            results.add(result);
            if (handshake) {
                try {
                    consumed.acquire();
                } catch (InterruptedException e) {
                    // Stopped: the caller has given up on this evaluation.
                    throw new EvaluationException(List.of(Diagnostic.error(Location.of("?"), "the evaluation was stopped")));
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
                    throw timedOut(session, timeout, stack);
                }
                return next;
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt(); // the caller's interrupt is its own: kept for it to see
                throw interrupted(session.recorder(), e);
            }
        }

        /**
         * Ends a worker still stuck in this evaluation (a rule's action in a busy loop, which
         * neither a halt nor an interrupt reaches) by {@link Thread#stop}: true when it did.
         */
        @SuppressWarnings({"deprecation", "removal"})
        synchronized boolean kill() {
            if (finished || worker == null) {
                return false;
            }
            try {
                worker.stop();
                return true;
            } catch (UnsupportedOperationException gone) { // Java 20 and later: the thread keeps its core
                return false;
            }
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
            }
            TIMED_OUT.remove(e);
        }
        return stopped;
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

    /** @param stack where the worker was when the time ran out (empty when unknown): to blame a regular expression */
    static EvaluationException timedOut(EvaluationSession session, Duration timeout, StackTraceElement[] stack) {
        DerivationRecorder recorder = session.recorder();
        RuleInfo stuck = stillRunning(recorder);
        Map<String, Location> matching = stuck == null ? RegexBlame.suspects(session.rules(), stack) : Map.of();
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(3);
        String message = "stopped after " + Durations.text(timeout) + " (the time limit of an evaluation), after "
                + recorder.firingCount() + " rule firings";
        if (stuck != null) {
            message += "; the action of rule \"" + stuck.name() + "\" did not finish";
        } else if (!matching.isEmpty()) {
            message += "; it was still matching a regular expression ('matches') of "
                    + (matching.size() == 1 ? "rule " : "one of the rules ")
                    + matching.keySet().stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", "));
        }
        if (!busiest.isEmpty()) {
            message += ". Fired most: " + EvaluationSession.names(busiest);
        }
        Location at = stuck != null ? stuck.location()
                : !matching.isEmpty() ? matching.values().iterator().next() : EvaluationSession.locationOf(recorder, busiest);
        return new EvaluationException(List.of(Diagnostic.error(at, message)));
    }

    /**
     * The caller's thread was interrupted while it waited: the evaluation is stopped, and the
     * diagnostic names the rule whose action was running then (or the rule that fired last).
     */
    private static EvaluationException interrupted(DerivationRecorder recorder, InterruptedException cause) {
        RuleInfo running = recorder.running();
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(1);
        Location at = running != null ? running.location() : EvaluationSession.locationOf(recorder, busiest);
        String message = "the evaluation was interrupted: the calling thread was interrupted while it waited, after "
                + recorder.firingCount() + " rule firings";
        if (running != null) {
            message += ", in the action of rule \"" + running.name() + "\"";
        }
        return new EvaluationException(List.of(Diagnostic.error(at, message)), cause);
    }

    /** The rule still in its action once the halted session had a moment to stop, if any. */
    private static RuleInfo stillRunning(DerivationRecorder recorder) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HALT_GRACE_MILLIS);
        RuleInfo running = recorder.running();
        while (running != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            running = recorder.running();
        }
        return running;
    }
}
