package dev.accord.bench;

import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The ratios of {@link DecisionBenchmark}, measured so that other load on a shared machine
 * cancels out: the variants take turns in short rounds (a thousand decisions each), and each
 * round's time is divided by the baseline's time in the same round. JMH runs one benchmark after
 * another, so a build that starts on the machine halfway through flatters or spoils whichever
 * benchmark is running then; here it spoils a round of every variant alike. Reports the median
 * over the measured rounds.
 *
 * <pre>java -cp target/bench/accord-benchmarks.jar dev.accord.bench.DecisionRatios [ROUNDS]</pre>
 */
public final class DecisionRatios {

    private static final int DECISIONS_PER_ROUND = 1_000;
    private static final int WARM_UP_ROUNDS = 10;

    private DecisionRatios() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        RulePack pack = RulePack.load(DecisionBenchmark.PACK);
        FactSet facts = FactSet.load(DecisionBenchmark.FACTS);
        KieBase raw = RawDrools.compile(DecisionBenchmark.PACK);
        List<Object> rawFacts = RawDrools.facts(raw, "accord.nato", facts);
        KieSessionsPool rawPool = raw.newKieSessionsPool(1);

        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        variants.put("rawDrools (baseline)", () -> RawDrools.decide(raw, rawFacts));
        variants.put("rawDroolsPooledSession", () -> RawDrools.decide(rawPool.newKieSession(), rawFacts));
        variants.put("accordEvaluate", () -> pack.evaluate(facts));
        variants.put("accordEvaluateExplained", () -> DecisionBenchmark.explained(pack.evaluate(facts)));
        variants.put("accordEvaluateAndRenderText", () -> pack.evaluate(facts).render(Format.TEXT));

        Map<String, List<Double>> micros = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            Double baseline = null;
            for (Map.Entry<String, Supplier<Object>> variant : variants.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < DECISIONS_PER_ROUND; i++) {
                    variant.getValue().get();
                }
                double perDecision = (System.nanoTime() - start) / 1_000.0 / DECISIONS_PER_ROUND;
                if (baseline == null) {
                    baseline = perDecision;
                }
                if (round >= WARM_UP_ROUNDS) {
                    micros.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(perDecision);
                    ratios.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(perDecision / baseline);
                }
            }
        }
        System.out.printf("%d rounds of %d decisions each, after %d warm-up rounds%n", rounds, DECISIONS_PER_ROUND, WARM_UP_ROUNDS);
        System.out.printf("%-30s %12s %18s %12s%n", "variant", "median µs", "× raw (per round)", "p25–p75");
        for (String name : variants.keySet()) {
            List<Double> r = sorted(ratios.get(name));
            System.out.printf("%-30s %12.1f %18.2f %5.2f–%.2f%n", name, median(sorted(micros.get(name))), median(r),
                    r.get(r.size() / 4), r.get(r.size() * 3 / 4));
        }
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
