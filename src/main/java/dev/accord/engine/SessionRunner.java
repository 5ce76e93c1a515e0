package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * and returns what happened. The session is disposed whatever the outcome.
 */
public final class SessionRunner {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private SessionRunner() {
    }

    /** @throws EvaluationException when a rule's action fails or the firing limit is passed */
    public static SessionRecord run(CompiledRules rules, List<BoundFact> inputs, int firingLimit) {
        DerivationRecorder recorder = new DerivationRecorder(rules);
        KieSession session = rules.kieBase().newKieSession();
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
        String names = busiest.stream().map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        Location at = recorder.firings().stream().filter(f -> f.rule().name().equals(busiest.get(0).getKey()))
                .findFirst().map(f -> f.rule().location()).orElse(Location.of("?"));
        return new EvaluationException(List.of(Diagnostic.error(at, "stopped after " + firingLimit
                + " rule firings; the rules probably loop. Fired most: " + names)));
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
        // By identity: a conclusion can have tens of thousands of justifications, and comparing
        // Firing records by value against all earlier ones made large fact sets quadratic.
        Set<Firing> seen = Collections.newSetFromMap(new IdentityHashMap<>());
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
}
