package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.RuleInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.drools.core.common.DefaultEventHandle;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.util.LinkedListEntry;
import org.drools.tms.LogicalDependency;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

/**
 * One Drools session on a pseudo clock that only Accord moves: facts go in, the clock advances,
 * the rules fire, and what the session holds can be recorded at any point. A single evaluation
 * uses it once; a timeline advances it date by date. The clock never reads the computer's time,
 * so the same inputs give the same results.
 */
public final class EvaluationSession implements AutoCloseable {

    /** Inserting this many events between flushes lets expired ones go before the rest arrive. */
    private static final int FLUSH_EVERY = 10_000;

    private final CompiledRules rules;
    private final SessionPool pool;
    private final int firingLimit;
    /** How long one {@link #fire} may take, checked before each rule firing; null for no limit. */
    private final Duration timeout;
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final DerivationRecorder recorder;
    private IdentityHashMap<Object, BoundFact> inputs = new IdentityHashMap<>();
    /**
     * True once {@link #collect} handed {@link #inputs} to a record: the next change copies it
     * first. A single evaluation records once and never changes it after, so it need not copy
     * half a million entries at the end; a timeline, which goes on inserting, copies then.
     */
    private boolean inputsShared;
    private int sinceFlush;
    private int inserted;
    /**
     * How many facts of each class went in, read from another thread when a limit stops the
     * evaluation in the middle of matching: see {@link JoinBlame}.
     */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, java.util.concurrent.atomic.AtomicInteger> insertedByClass =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether an event went in, from the fact set or a rule: see {@link SessionPool#giveBack}. */
    private boolean heldEvents;
    /** True between a normal end of {@link #fire} and the next change: only then may the session be reused. */
    private boolean settled;
    /** Guarded by this: a halt from another thread must never reach a session already handed back. */
    private boolean halted;
    private boolean closed;
    /** The handles of the input events, to find those Drools expired: see {@link #forgetExpired()}. */
    private final List<DefaultEventHandle> inputEvents = new ArrayList<>();
    /** How many input events were left after the last time expired ones were forgotten. */
    private int keptAtLastForget;

    private EvaluationSession(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout) {
        this.rules = rules;
        this.pool = pool;
        this.firingLimit = firingLimit;
        this.timeout = timeout;
        this.session = pool.take();
        this.clock = session.getSessionClock();
        this.recorder = new DerivationRecorder(rules);
        session.addEventListener(recorder.agendaListener);
        session.addEventListener(recorder.runtimeListener);
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                heldEvents |= ((InternalFactHandle) event.getFactHandle()).isEvent();
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                // An event deleted other than by a rule is gone for good. (Drools reports no expiry
                // here: expired events are dropped by forgetExpired.)
                if (event.getRule() == null && ((InternalFactHandle) event.getFactHandle()).isEvent()) {
                    ownInputs().remove(event.getOldObject());
                }
            }
        });
    }

    /** A session of {@code pool}, which must hold sessions of {@code rules}' knowledge base. */
    public static EvaluationSession open(CompiledRules rules, SessionPool pool, int firingLimit) {
        return new EvaluationSession(rules, pool, firingLimit, null);
    }

    /** Like {@link #open(CompiledRules, SessionPool, int)}; each {@link #fire} may take at most {@code timeout}. */
    public static EvaluationSession open(CompiledRules rules, SessionPool pool, int firingLimit, Duration timeout) {
        return new EvaluationSession(rules, pool, firingLimit, timeout);
    }

    public void insert(BoundFact fact) {
        settled = false;
        inserted++;
        insertedByClass.computeIfAbsent(fact.object().getClass(), c -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        ownInputs().put(fact.object(), fact);
        FactHandle handle = session.insert(fact.object());
        if (handle instanceof DefaultEventHandle event) {
            inputEvents.add(event);
            if (++sinceFlush >= FLUSH_EVERY) {
                sinceFlush = 0;
                // Drools drops expired events only when the agenda is worked; a fire limit of 0 works it
                // without firing any rule, so events too old for every window go now, not at the end.
                session.fireAllRules(0);
                if (inputEvents.size() >= 2 * keptAtLastForget) {
                    forgetExpired();
                }
            }
        }
    }

    /**
     * Drops the input events Drools expired. It tells no listener when it expires an event (no
     * objectDeleted, neither for an event too old for every window when it arrives nor for one
     * the clock leaves behind), so without this every row of a large CSV file stayed here, and
     * memory grew with the file, not with what the rules keep. An expired event with a pending
     * rule firing stays in the session until it fires; only one gone from the session is
     * dropped. Done once the list has doubled since the last time, so the checks add up to a
     * few per event, however large the file.
     */
    private void forgetExpired() {
        inputEvents.removeIf(event -> {
            boolean gone = event.isExpired() && session.getFactHandle(event.getObject()) == null;
            if (gone) {
                ownInputs().remove(event.getObject());
            }
            return gone;
        });
        keptAtLastForget = inputEvents.size();
    }

    /** The map of inputs, copied first when a record holds it: see {@link #inputsShared}. */
    private IdentityHashMap<Object, BoundFact> ownInputs() {
        if (inputsShared) {
            inputs = new IdentityHashMap<>(inputs);
            inputsShared = false;
        }
        return inputs;
    }

    /** Moves the clock forward to {@code epochMillis}; it never goes back. */
    public void advanceClockTo(long epochMillis) {
        settled = false;
        long now = clock.getCurrentTime();
        if (epochMillis > now) {
            clock.advanceTime(epochMillis - now, TimeUnit.MILLISECONDS);
        }
    }

    public long clock() {
        return clock.getCurrentTime();
    }

    /**
     * Fires the rules until none is left to fire, then records the session's state.
     *
     * @throws EvaluationException when a rule's action fails or the firing limit is passed
     */
    public SessionRecord fire(SessionRecord.EventTime time) {
        settled = false;
        recorder.deadline(timeout == null ? 0 : System.nanoTime() + timeout.toNanos());
        int fired = fire();
        if (recorder.overtime()) {
            // On the caller's thread the limit is checked between firings, never inside a match: no stack to blame.
            throw LimitDiagnostics.timedOut(this, timeout, new StackTraceElement[0]);
        }
        if (fired > firingLimit) {
            throw loop();
        }
        forgetExpired();
        SessionRecord record = collect(time);
        settled = true;
        return record;
    }

    private int fire() {
        try {
            return session.fireAllRules(firingLimit + 1);
        } catch (ConsequenceException e) {
            List<Firing> firings = recorder.firings();
            RuleInfo rule = firings.isEmpty() ? null : firings.get(firings.size() - 1).rule();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Location at = rule == null ? WHOLE_PACK : rule.location();
            String name = rule == null ? e.getMatch().getRule().getName() : rule.name();
            throw new EvaluationException(List.of(Diagnostic.error(at, "rule \"" + name + "\" failed in its action: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()))), cause);
        }
    }

    private EvaluationException loop() {
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(3);
        return new EvaluationException(List.of(Diagnostic.error(locationOf(recorder, busiest), "stopped after " + firingLimit
                + " rule firings (the firing limit); the rules probably loop. Fired most: " + names(busiest))));
    }

    /**
     * Where a failure that no rule can be blamed for is reported (an interrupt or a limit reached
     * before any rule fired, a failure while matching): the pack as a whole, named "." as the loader
     * names it for a pack without DRL, which {@link dev.accord.AccordException#located()} turns into
     * the pack's folder.
     */
    static final Location WHOLE_PACK = Location.of(".");

    static String names(List<Map.Entry<String, Integer>> busiest) {
        return busiest.stream().map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
    }

    static Location locationOf(DerivationRecorder recorder, List<Map.Entry<String, Integer>> busiest) {
        RuleInfo rule = busiest.isEmpty() ? null : recorder.ruleNamed(busiest.get(0).getKey());
        return rule == null ? WHOLE_PACK : rule.location();
    }

    /** Asks the engine to stop firing, from another thread: a time limit was passed. */
    synchronized void halt() {
        if (!closed) {
            halted = true;
            session.halt();
        }
    }

    /** How many facts of each type (by simple name) went in so far. Safe to call while the session runs. */
    Map<String, Integer> insertedByType() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        insertedByClass.forEach((c, n) -> out.merge(c.getSimpleName(), n.get(), Integer::sum));
        return out;
    }

    DerivationRecorder recorder() {
        return recorder;
    }

    CompiledRules rules() {
        return rules;
    }

    private SessionRecord collect(SessionRecord.EventTime time) {
        InternalFactHandle[] handles = inIdOrder(session.getFactHandles());
        Object[] finalFacts = new Object[handles.length];
        IdentityHashMap<Object, List<Firing>> justifications = new IdentityHashMap<>();
        for (int i = 0; i < handles.length; i++) {
            InternalFactHandle h = handles[i];
            Object fact = h.getObject();
            finalFacts[i] = fact;
            List<Firing> because = justifiers(h);
            if (because.isEmpty()) {
                Firing inserter = recorder.insertedBy(fact);
                if (inserter != null) {
                    because = List.of(inserter);
                }
            }
            if (!because.isEmpty()) {
                justifications.put(fact, because);
            }
        }
        inputsShared = true;
        return new SessionRecord(Collections.unmodifiableMap(inputs), List.copyOf(recorder.firings()), recorder.withdrawn(),
                Collections.unmodifiableList(Arrays.asList(finalFacts)), justifications, clock.getCurrentTime(), time);
    }

    /**
     * The handles sorted by id (the order they were inserted in), as a stable sort by id would
     * give them. At a million incidents the session holds over half a million handles, and a
     * comparator over boxed handles was most of the cost of recording the session. Ids come
     * from a counter, so they are usually unique and dense: each handle then goes straight to
     * its slot in an array indexed by id. Otherwise each handle's id and its position are packed
     * into one long and the longs sorted as numbers; equal ids keep their iteration order.
     */
    static InternalFactHandle[] inIdOrder(Collection<? extends FactHandle> all) {
        List<InternalFactHandle> list = new ArrayList<>(all.size());
        long minId = Long.MAX_VALUE;
        long maxId = Long.MIN_VALUE;
        for (FactHandle h : all) {
            InternalFactHandle handle = (InternalFactHandle) h;
            list.add(handle);
            minId = Math.min(minId, handle.getId());
            maxId = Math.max(maxId, handle.getId());
        }
        InternalFactHandle[] handles = list.toArray(new InternalFactHandle[0]);
        int n = handles.length;
        if (n < 2) {
            return handles;
        }
        if (minId >= 0 && maxId - minId < 4L * n + 1024) {
            InternalFactHandle[] sorted = bySlot(handles, minId, (int) (maxId - minId + 1));
            if (sorted != null) {
                return sorted;
            }
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        if (minId < 0 || 64 - Long.numberOfLeadingZeros(maxId) + indexBits > 63) {
            Arrays.sort(handles, Comparator.comparingLong(InternalFactHandle::getId));
            return handles;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = handles[i].getId() << indexBits | i;
        }
        Arrays.sort(keys);
        long indexMask = (1L << indexBits) - 1;
        InternalFactHandle[] sorted = new InternalFactHandle[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = handles[(int) (keys[i] & indexMask)];
        }
        return sorted;
    }

    /** The handles in id order through an array indexed by id, or null when two share an id. */
    private static InternalFactHandle[] bySlot(InternalFactHandle[] handles, long minId, int range) {
        InternalFactHandle[] slots = new InternalFactHandle[range];
        for (InternalFactHandle h : handles) {
            int slot = (int) (h.getId() - minId);
            if (slots[slot] != null) {
                return null;
            }
            slots[slot] = h;
        }
        InternalFactHandle[] sorted = new InternalFactHandle[handles.length];
        int i = 0;
        for (InternalFactHandle h : slots) {
            if (h != null) {
                sorted[i++] = h;
            }
        }
        return sorted;
    }

    /** Every firing that logically supports the fact, read from its truth-maintenance belief set. */
    private List<Firing> justifiers(InternalFactHandle handle) {
        EqualityKey key = handle.getEqualityKey();
        if (!(key instanceof TruthMaintenanceSystemEqualityKey tms) || tms.getBeliefSet() == null) {
            return List.of();
        }
        BeliefSet<?> beliefs = tms.getBeliefSet();
        List<Firing> out = new ArrayList<>();
        // By identity: a conclusion can have tens of thousands of justifications, and comparing
        // Firing records by value against all earlier ones made large fact sets quadratic.
        java.util.Set<Firing> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (LinkedListEntry<?, ?> e = (LinkedListEntry<?, ?>) beliefs.getFirst(); e != null; e = (LinkedListEntry<?, ?>) e.getNext()) {
            LogicalDependency<?> dependency = (LogicalDependency<?>) e.getObject();
            Firing firing = recorder.firingOf(dependency.getJustifier());
            if (firing != null && seen.add(firing)) {
                out.add(firing);
            }
        }
        out.sort(Comparator.comparingInt(Firing::sequence));
        return List.copyOf(out);
    }

    /**
     * Hands the session back to its pool when its last firing ended normally; disposes it when
     * it failed, was halted, or was left mid-way.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (settled && !halted) {
            pool.giveBack(session, inserted, heldEvents);
        } else {
            pool.discard(session);
        }
    }
}
