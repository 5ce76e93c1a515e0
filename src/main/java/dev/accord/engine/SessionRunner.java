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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one evaluation in a fresh session: sets the clock to the as-of date, inserts the facts
 * dated up to that day (the timeless ones too), fires the rules up to a limit, and returns what
 * happened. The session runs on a worker thread so that a time limit can end the evaluation even
 * when a rule's action never returns: the caller gets a diagnostic on time, the session is
 * halted and its thread interrupted. The session is disposed whatever the outcome (by the
 * worker, once it gets out of the action).
 */
public final class SessionRunner {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    /** How long to let a halted session get to the end of its current action before blaming the rules. */
    private static final long HALT_GRACE_MILLIS = 200;

    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "accord-evaluation-" + WORKER_NUMBER.incrementAndGet());
        t.setDaemon(true); // a runaway action must not keep the process alive
        return t;
    });

    private SessionRunner() {
    }

    /**
     * @param asOf the date the evaluation speaks for; null to see every fact, with the clock at
     *             the end of the latest date any fact has
     * @throws EvaluationException when a rule's action fails, the firing limit is passed, or the
     *                             time limit is
     */
    public static SessionRecord run(CompiledRules rules, FactFeed feed, LocalDate asOf, int firingLimit, Duration timeout) {
        EvaluationSession session = EvaluationSession.open(rules, firingLimit);
        FutureTask<SessionRecord> task = new FutureTask<>(() -> runIn(session, feed, asOf));
        try {
            WORKERS.execute(task);
        } catch (RejectedExecutionException e) {
            session.close();
            throw e;
        }
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            session.halt();
            task.cancel(true);
            throw timedOut(session.recorder(), timeout);
        } catch (InterruptedException e) {
            session.halt();
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new EvaluationException(List.of(Diagnostic.error(Location.of("?"), "the evaluation was interrupted")));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static SessionRecord runIn(EvaluationSession session, FactFeed feed, LocalDate asOf) {
        try (session) {
            LocalDateTime[] latest = new LocalDateTime[1];
            if (asOf != null) {
                // The clock first, so that events too old for any window expire as they arrive.
                session.advanceClockTo(AsOf.clockFor(asOf));
            }
            feed.feed(null, asOf == null ? null : AsOf.firstUnseen(asOf), b -> {
                LocalDateTime date = feed.date(b.object());
                if (date != null && (latest[0] == null || date.isAfter(latest[0]))) {
                    latest[0] = date;
                }
                session.insert(b);
            });
            if (asOf == null && latest[0] != null) {
                session.advanceClockTo(AsOf.clockFor(latest[0].toLocalDate()));
            }
            return session.fire(eventTime(feed));
        }
    }

    /** An event's time on the session clock, for replaying windows in explanations. */
    public static SessionRecord.EventTime eventTime(FactFeed feed) {
        return fact -> feed.dating(fact.getClass()).filter(d -> d.event())
                .flatMap(d -> d.of(fact)).map(AsOf::millis).orElse(null);
    }

    private static EvaluationException timedOut(DerivationRecorder recorder, Duration timeout) {
        RuleInfo stuck = stillRunning(recorder);
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(3);
        String message = "stopped after " + Durations.text(timeout) + " (the time limit of an evaluation), after "
                + recorder.firingCount() + " rule firings";
        if (stuck != null) {
            message += "; the action of rule \"" + stuck.name() + "\" did not finish";
        }
        if (!busiest.isEmpty()) {
            message += ". Fired most: " + EvaluationSession.names(busiest);
        }
        Location at = stuck != null ? stuck.location() : EvaluationSession.locationOf(recorder, busiest);
        return new EvaluationException(List.of(Diagnostic.error(at, message)));
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
