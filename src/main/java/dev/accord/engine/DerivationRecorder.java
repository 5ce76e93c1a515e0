package dev.accord.engine;

import dev.accord.rules.CompiledRules;
import dev.accord.rules.RuleInfo;
import dev.accord.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to a session and records each rule firing with its bindings, and which firing inserted
 * which fact. Records only; turning this into words is the explain package's job.
 */
final class DerivationRecorder {

    private final CompiledRules rules;
    private final List<Firing> firings = new ArrayList<>();
    /** The latest firing of each match, to resolve the justifiers truth maintenance keeps. */
    private final IdentityHashMap<Match, Firing> firingOfMatch = new IdentityHashMap<>();
    /** The firings whose action inserted logically, with their match: see {@link #withdrawn()}. */
    private final IdentityHashMap<Firing, Match> logical = new IdentityHashMap<>();
    /** Facts inserted by a rule's action, with the firing that inserted them. */
    private final IdentityHashMap<Object, Firing> insertedBy = new IdentityHashMap<>();
    /**
     * Read by the caller's thread while the session may still run on its worker (after a time
     * limit), hence concurrent; the rest is read only after the worker has finished.
     */
    private final ConcurrentHashMap<String, Integer> firingsPerRule = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RuleInfo> ruleByName = new ConcurrentHashMap<>();
    private final AtomicInteger firingCount = new AtomicInteger();
    private volatile RuleInfo running;
    private Firing current;

    DerivationRecorder(CompiledRules rules) {
        this.rules = rules;
    }

    /** {@link System#nanoTime()} past which no rule may fire any more; 0 for none. Set and read on the session's thread. */
    private long deadline;
    private boolean overtime;

    /** Sets the time past which the session is halted before its next firing; 0 for no limit. */
    void deadline(long nanoTime) {
        deadline = nanoTime;
        overtime = false;
    }

    /** True when the session was halted because the deadline passed. */
    boolean overtime() {
        return overtime;
    }

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            if (deadline != 0 && !overtime && System.nanoTime() - deadline > 0
                    && event.getKieRuntime() instanceof org.kie.api.runtime.KieSession session) {
                // The only way to keep a time limit on the caller's own thread: between firings.
                overtime = true;
                session.halt();
            }
            Match match = event.getMatch();
            Map<String, Object> bindings = new LinkedHashMap<>();
            for (String id : match.getDeclarationIds()) {
                bindings.put(id, match.getDeclarationValue(id));
            }
            current = new Firing(firings.size() + 1, info(match.getRule()), Collections.unmodifiableMap(bindings),
                    nonNull(match.getObjects()));
            firings.add(current);
            firingOfMatch.put(match, current);
            firingsPerRule.merge(current.rule().name(), 1, Integer::sum);
            ruleByName.putIfAbsent(current.rule().name(), current.rule());
            firingCount.incrementAndGet();
            running = current.rule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (current != null && event.getMatch() instanceof TruthMaintenanceSystemInternalMatch<?> tms
                    && tms.getLogicalDependencies() != null && !tms.getLogicalDependencies().isEmpty()) {
                logical.put(current, event.getMatch());
            }
            current = null;
            running = null;
        }
    };

    final DefaultRuleRuntimeEventListener runtimeListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null && current != null) {
                insertedBy.put(event.getObject(), current);
            }
        }
    };

    /** The matched facts, without the engine's placeholders (a rule with only a {@code not} matches its initial fact). */
    private static List<Object> nonNull(List<Object> objects) {
        List<Object> out = new ArrayList<>(objects.size());
        for (Object o : objects) {
            if (o != null && !(o instanceof org.drools.base.reteoo.InitialFactImpl)) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private RuleInfo info(Rule rule) {
        return rules.rule(rule.getPackageName(), rule.getName())
                .orElseGet(() -> new RuleInfo(rule.getPackageName(), rule.getName(), Location.of("?"), null));
    }

    List<Firing> firings() {
        return firings;
    }

    Firing firingOf(Match match) {
        return firingOfMatch.get(match);
    }

    /**
     * The firings whose conclusions truth maintenance has withdrawn by now: each inserted
     * logically, and its match no longer holds (the facts it fired on changed or went), or the
     * same match fired again since and its later firing stands instead. What a firing did other
     * than insert logically (insert, modify, delete) stays whatever follows, so such a firing is
     * never withdrawn.
     */
    java.util.Set<Firing> withdrawn() {
        java.util.Set<Firing> out = Collections.newSetFromMap(new IdentityHashMap<>());
        logical.forEach((firing, match) -> {
            if (firingOfMatch.get(match) != firing || !((InternalMatch) match).isMatched()) {
                out.add(firing);
            }
        });
        return out;
    }

    Firing insertedBy(Object fact) {
        return insertedBy.get(fact);
    }

    /** Rule names with how often each fired, most first (ties by name): what a looping pack is blamed on. */
    List<Map.Entry<String, Integer>> busiestRules(int limit) {
        return Map.copyOf(firingsPerRule).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }

    /** The rule of this name, if it fired. Safe to call while the session runs. */
    RuleInfo ruleNamed(String name) {
        return ruleByName.get(name);
    }

    /** How many firings began so far. Safe to call while the session runs. */
    int firingCount() {
        return firingCount.get();
    }

    /** The rule whose action is running now, or null between firings. Safe to call while the session runs. */
    RuleInfo running() {
        return running;
    }
}
