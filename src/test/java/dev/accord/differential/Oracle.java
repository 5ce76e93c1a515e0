package dev.accord.differential;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.Match;
import org.kie.api.time.SessionPseudoClock;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Plain Drools, set up the way Accord's documentation says an evaluation runs, and nothing of
 * Accord's code: the pack's DRL compiled on its own (Drools' knowledge builder, stream mode when the pack
 * declares an event type), a fresh {@code newKieSession()} on a pseudo clock for every
 * evaluation, the facts built with the Drools-declared classes and inserted in file order, and
 * {@code fireAllRules()}. As of a date, the clock stands at the last millisecond of that day
 * (UTC) before the facts go in, and facts dated later are left out; without one, every fact goes
 * in and the clock then moves to the end of the latest date a fact has. A fact's date is read
 * from the field its type, or a super type, names in {@code @dated} or {@code @timestamp}
 * (documented semantics, see {@link FactTypeSpec}). A field a fact leaves out is null, as
 * docs/fact-sets.md says ("A field left out, or written null, stays unset"): Drools' declared
 * classes start Integer and Double fields at 0, so the oracle sets them to null itself.
 */
public final class Oracle {

    static final int FIRING_LIMIT = 100_000;

    private final GeneratedPack pack;
    private final KieBase kieBase;
    private final KieSessionConfiguration pseudoClock;

    public Oracle(GeneratedPack pack) {
        this.pack = pack;
        // Drools' knowledge builder straight away: KieHelper gave the same knowledge base but
        // built a KieModule around it, which took longer than the rest of a pack's checks.
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(pack.drl().getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalStateException("Drools does not compile the generated pack:\n" + builder.getErrors() + "\n" + pack.drl());
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(pack.hasEvents() ? EventProcessingOption.STREAM : EventProcessingOption.CLOUD);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(builder.getKnowledgePackages());
        this.kieBase = base;
        this.pseudoClock = KieServices.get().newKieSessionConfiguration();
        pseudoClock.setOption(ClockTypeOption.PSEUDO);
    }

    /** Answers already worked out, by facts (in order) and as-of date: the checks ask for the same ones again. */
    private final java.util.Map<java.util.List<Object>, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** The facts' own as-of date. */
    public Answer evaluate(GeneratedFacts facts) {
        return evaluate(facts.facts(), facts.asOf());
    }

    /** As of {@code asOf} (null: every fact, the clock at the end of the latest date). */
    public Answer evaluate(List<GeneratedFacts.Fact> facts, LocalDate asOf) {
        java.util.List<Object> key = java.util.Arrays.asList(List.copyOf(facts), asOf);
        Answer known = answers.get(key);
        if (known == null) {
            try {
                known = evaluateNow(facts, asOf);
            } catch (RuntimeException e) {
                throw new Failure(e);
            }
            if (answers.size() < 5_000) {
                answers.put(key, known);
            }
        }
        return known;
    }

    /**
     * Plain Drools failed on the case (it throws from inside fireAllRules on some generated
     * packs): there is no right answer to compare with, so the case is left out and counted.
     */
    public static final class Failure extends RuntimeException {
        Failure(RuntimeException cause) {
            super("plain Drools failed: " + cause, cause);
        }
    }

    private Answer evaluateNow(List<GeneratedFacts.Fact> facts, LocalDate asOf) {
        KieSession session = kieBase.newKieSession(pseudoClock, null);
        try {
            // "Fired" as docs/rule-packs.md defines it: a firing stands at the end when it inserted
            // nothing logically, or its match still holds and has not fired again since (truth
            // maintenance withdrew the conclusions of the others).
            Set<String> firedForGood = new TreeSet<>();
            IdentityHashMap<Match, Integer> lastFiring = new IdentityHashMap<>();
            List<Object[]> logical = new ArrayList<>();
            int[] sequence = {0};
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Match match = event.getMatch();
                    int n = ++sequence[0];
                    lastFiring.put(match, n);
                    if (match instanceof TruthMaintenanceSystemInternalMatch<?> tms
                            && tms.getLogicalDependencies() != null && !tms.getLogicalDependencies().isEmpty()) {
                        logical.add(new Object[] {match, n});
                    } else {
                        firedForGood.add(match.getRule().getName());
                    }
                }
            });
            SessionPseudoClock clock = session.getSessionClock();
            if (asOf != null) {
                clock.advanceTime(endOf(asOf), TimeUnit.MILLISECONDS);
            }
            LocalDate latest = null;
            for (GeneratedFacts.Fact f : facts) {
                LocalDate date = dateOf(f);
                if (asOf != null && date != null && date.isAfter(asOf)) {
                    continue;
                }
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
                session.insert(build(f));
            }
            if (asOf == null && latest != null) {
                clock.advanceTime(endOf(latest) - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
            }
            int n = session.fireAllRules(FIRING_LIMIT + 1);
            if (n > FIRING_LIMIT) {
                throw new IllegalStateException("the generated pack loops: " + n + " firings");
            }
            Set<String> fired = new TreeSet<>(firedForGood);
            for (Object[] l : logical) {
                InternalMatch match = (InternalMatch) l[0];
                if (lastFiring.get(match).equals(l[1]) && match.isMatched()) {
                    fired.add(match.getRule().getName());
                }
            }
            return Answer.of(new ArrayList<>(session.getObjects()), pack, fired);
        } finally {
            session.dispose();
        }
    }

    /** The fact's date by the documented dating of its type, or null when it is timeless. */
    LocalDate dateOf(GeneratedFacts.Fact f) {
        String field = pack.type(f.type()).dateField();
        return field == null ? null : (LocalDate) f.fields().get(field);
    }

    private static long endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
    }

    /** The fact as an instance of the class Drools declared for its type. */
    private Object build(GeneratedFacts.Fact f) {
        FactType type = kieBase.getFactType(pack.packageName(), f.type());
        try {
            Object o = type.newInstance();
            set(o, "id", f.id());
            for (FactTypeSpec.Field field : pack.type(f.type()).fields()) {
                Object value = f.fields().get(field.name());
                if (value != null) {
                    set(o, field.name(), value);
                } else if (field.kind() != FactTypeSpec.Kind.ID && field.kind() != FactTypeSpec.Kind.INT
                        && field.kind() != FactTypeSpec.Kind.BOOLEAN) {
                    // "A field left out stays unset (null)" (docs/fact-sets.md). Drools' declared
                    // classes start Integer and Double fields at 0, so the oracle unsets them itself.
                    set(o, field.name(), null);
                }
            }
            return o;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + f, e);
        }
    }

    private static void set(Object o, String field, Object value) throws ReflectiveOperationException {
        String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method m : o.getClass().getMethods()) {
            if (m.getName().equals(setter) && m.getParameterCount() == 1) {
                Class<?> t = m.getParameterTypes()[0];
                if (value == null && t.isPrimitive()) {
                    throw new IllegalArgumentException(field + " is primitive");
                }
                if (t.isEnum() && value instanceof String s) {
                    value = enumConstant(t, s);
                }
                m.invoke(o, value);
                return;
            }
        }
        throw new NoSuchMethodException(o.getClass().getName() + "." + setter);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> t, String name) {
        return Enum.valueOf((Class<? extends Enum>) t, name);
    }
}
