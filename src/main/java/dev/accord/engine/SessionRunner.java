package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Durations;
import java.time.Duration;
import dev.accord.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
import java.util.stream.Collectors;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.util.LinkedListEntry;
import org.drools.tms.LogicalDependency;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one evaluation in a fresh session: inserts the bound facts, fires the rules up to a limit,
 * and returns what happened. The session runs on a worker thread so that a time limit can end
 * the evaluation even when a rule's action never returns: the caller gets a diagnostic on time,
 * the session is halted and its thread interrupted. The session is disposed whatever the outcome
 * (by the worker, once it gets out of the action).
 */
public final class SessionRunner {

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
     * @throws EvaluationException when a rule's action fails, the firing limit is passed, or the
     *                             time limit is
     */
    public static SessionRecord run(CompiledRules rules, List<BoundFact> inputs, int firingLimit, Duration timeout) {
        DerivationRecorder recorder = new DerivationRecorder(rules);
        KieSession session = rules.kieBase().newKieSession();
        FutureTask<SessionRecord> task = new FutureTask<>(() -> runIn(session, recorder, inputs, firingLimit));
        try {
            WORKERS.execute(task);
        } catch (RejectedExecutionException e) {
            session.dispose();
            throw e;
        }
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            session.halt();
            task.cancel(true);
            throw timedOut(recorder, timeout);
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

    private static SessionRecord runIn(KieSession session, DerivationRecorder recorder, List<BoundFact> inputs, int firingLimit) {
        try {
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.runtimeListener);
            inputs.forEach(b -> session.insert(b.object()));
            int fired = fire(session, recorder, firingLimit);
            if (fired > firingLimit) {
                throw loop(recorder, firingLimit);
            }
            return collect(session, recorder, inputs);
        } finally {
            session.dispose();
        }
    }

    private static int fire(KieSession session, DerivationRecorder recorder, int firingLimit) {
        try {
            return session.fireAllRules(firingLimit + 1);
        } catch (ConsequenceException e) {
            RuleInfo rule = recorder.firings().isEmpty() ? null : recorder.firings().get(recorder.firings().size() - 1).rule();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Location at = rule == null ? Location.of("?") : rule.location();
            String name = rule == null ? e.getMatch().getRule().getName() : rule.name();
            throw new EvaluationException(List.of(Diagnostic.error(at, "rule \"" + name + "\" failed in its action: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()))));
        }
    }

    private static EvaluationException loop(DerivationRecorder recorder, int firingLimit) {
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(3);
        return new EvaluationException(List.of(Diagnostic.error(locationOf(recorder, busiest), "stopped after " + firingLimit
                + " rule firings (the firing limit); the rules probably loop. Fired most: " + names(busiest))));
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
            message += ". Fired most: " + names(busiest);
        }
        Location at = stuck != null ? stuck.location() : locationOf(recorder, busiest);
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

    private static String names(List<Map.Entry<String, Integer>> busiest) {
        return busiest.stream().map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
    }

    private static Location locationOf(DerivationRecorder recorder, List<Map.Entry<String, Integer>> busiest) {
        RuleInfo rule = busiest.isEmpty() ? null : recorder.ruleNamed(busiest.get(0).getKey());
        return rule == null ? Location.of("?") : rule.location();
    }

    private static SessionRecord collect(KieSession session, DerivationRecorder recorder, List<BoundFact> inputs) {
        List<InternalFactHandle> handles = new ArrayList<>();
        for (FactHandle h : session.getFactHandles()) {
            handles.add((InternalFactHandle) h);
        }
        handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
        List<Object> finalFacts = new ArrayList<>();
        IdentityHashMap<Object, List<Firing>> justifications = new IdentityHashMap<>();
        for (InternalFactHandle h : handles) {
            Object fact = h.getObject();
            finalFacts.add(fact);
            List<Firing> because = justifiers(h, recorder);
            if (because.isEmpty() && recorder.insertedBy(fact) != null) {
                because = List.of(recorder.insertedBy(fact));
            }
            if (!because.isEmpty()) {
                justifications.put(fact, because);
            }
        }
        return new SessionRecord(List.copyOf(inputs), List.copyOf(recorder.firings()), List.copyOf(finalFacts), justifications);
    }

    /** Every firing that logically supports the fact, read from its truth-maintenance belief set. */
    private static List<Firing> justifiers(InternalFactHandle handle, DerivationRecorder recorder) {
        EqualityKey key = handle.getEqualityKey();
        if (!(key instanceof TruthMaintenanceSystemEqualityKey tms) || tms.getBeliefSet() == null) {
            return List.of();
        }
        BeliefSet<?> beliefs = tms.getBeliefSet();
        List<Firing> out = new ArrayList<>();
        for (LinkedListEntry<?, ?> e = (LinkedListEntry<?, ?>) beliefs.getFirst(); e != null; e = (LinkedListEntry<?, ?>) e.getNext()) {
            LogicalDependency<?> dependency = (LogicalDependency<?>) e.getObject();
            Firing firing = recorder.firingOf(dependency.getJustifier());
            if (firing != null && !out.contains(firing)) {
                out.add(firing);
            }
        }
        out.sort(Comparator.comparingInt(Firing::sequence));
        return List.copyOf(out);
    }
}
