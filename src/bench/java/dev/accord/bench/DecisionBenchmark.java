package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deciding the default fact set with the default pack, several ways, in one run:
 * <ul>
 * <li>{@code rawDrools}: the baseline, the same DRL in a new Drools session without listeners,
 * on facts built beforehand ({@code rawDroolsFromFactSet} also builds them from the fact set each
 * time, as Accord must; {@code rawDroolsPooledSession} takes its session from Drools' own session
 * pool, the lever Accord uses, to show what it is worth to Drools alone);
 * <li>{@code accordEvaluate}: {@code pack.evaluate(facts)}, which binds the facts, runs a session
 * that records every firing and every justification, and sorts the conclusions: the verdict,
 * with the derivations built when first read;
 * <li>{@code accordEvaluateExplained}: the same with the full explanation built, the derivation
 * graph of every recommendation, condition and consideration, down to the input facts;
 * <li>{@code accordEvaluateAndRenderText}: the same plus rendering the text that
 * {@code ./accord} prints;
 * <li>{@code plainJava}: the rules written by hand, no engine, no explanation: the limit.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DecisionBenchmark {

    static final Path PACK = Path.of("rules/nato-afghanistan");
    static final Path FACTS = Path.of("facts/2021-02-15-nato-ministerial.yaml");

    RulePack pack;
    FactSet facts;
    KieBase raw;
    KieSessionsPool rawPool;
    List<Object> rawFacts;
    PlainJavaDecision.Facts plainFacts;

    @Setup
    public void setUp() {
        pack = RulePack.load(PACK);
        facts = FactSet.load(FACTS);
        KieBase kieBase = RawDrools.compile(PACK);
        raw = kieBase;
        rawPool = kieBase.newKieSessionsPool(1);
        rawFacts = RawDrools.facts(kieBase, "accord.nato", facts);
        plainFacts = PlainJavaDecision.Facts.of(facts);
        checkAllThreeAgree();
    }

    /** The comparison is only fair if all three reach the same decision. */
    private void checkAllThreeAgree() {
        Decision decision = pack.evaluate(facts);
        String accord = decision.action().orElseThrow();
        List<Object> rawOut = RawDrools.decide(raw, rawFacts);
        PlainJavaDecision.Result plain = PlainJavaDecision.decide(plainFacts);
        if (rawOut.size() != 1 || !rawOut.get(0).toString().contains(accord)
                || !plain.recommendations().equals(new java.util.TreeSet<>(List.of(accord)))) {
            throw new IllegalStateException("decisions differ: accord " + accord + ", raw " + rawOut + ", plain " + plain);
        }
        decision.conditions().forEach(c -> {
            if (!plain.assessments().get(c.id()).equals(new java.util.TreeSet<>(List.of(c.statusLabel())))) {
                throw new IllegalStateException("condition " + c.id() + " differs: " + c.statusLabel() + " vs " + plain);
            }
        });
    }

    @Benchmark
    public List<Object> rawDrools() {
        return RawDrools.decide(raw, rawFacts);
    }

    /** The baseline plus making the fact objects from the fact set, which Accord's figure includes. */
    @Benchmark
    public List<Object> rawDroolsFromFactSet() {
        return RawDrools.decide(raw, RawDrools.facts(raw, "accord.nato", facts));
    }

    @Benchmark
    public List<Object> rawDroolsPooledSession() {
        return RawDrools.decide(rawPool.newKieSession(), rawFacts);
    }

    @Benchmark
    public Decision accordEvaluate() {
        return pack.evaluate(facts);
    }

    @Benchmark
    public Decision accordEvaluateExplained() {
        return explained(pack.evaluate(facts));
    }

    /** Builds the derivation of everything the decision concluded (each builds the graph beneath it). */
    static Decision explained(Decision decision) {
        decision.recommendations().forEach(Derived::derivation);
        decision.conditions().forEach(c -> c.assessments().forEach(Derived::derivation));
        decision.considerations().forEach(Derived::derivation);
        return decision;
    }

    @Benchmark
    public String accordEvaluateAndRenderText() {
        return pack.evaluate(facts).render(Format.TEXT);
    }

    @Benchmark
    public PlainJavaDecision.Result plainJava() {
        return PlainJavaDecision.decide(plainFacts);
    }
}
