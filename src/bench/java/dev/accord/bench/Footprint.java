package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.internal.Internals;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory, which JMH does not report: for generated fact sets of 10, 1,000 and 100,000 facts,
 * the heap a loaded fact set and a decision keep alive (measured after a full GC), and the peak
 * heap while deciding, and how many justifications the conditions carry. Run: {@code java -cp target/bench/accord-benchmarks.jar dev.accord.bench.Footprint}.
 * Peaks depend on when the collector runs; read them as orders of magnitude.
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) throws IOException {
        RulePack pack = RulePack.load(DecisionBenchmark.PACK);
        System.out.printf("%9s %14s %14s %16s %15s%n", "facts", "factSet kept", "decision kept", "peak deciding", "justifications");
        for (int n : new int[] {10, 1_000, 100_000}) {
            Path file = Files.createTempFile("accord-footprint", ".json");
            Files.writeString(file, Generated.natoFacts(n));
            long base = usedAfterGc();
            FactSet facts = FactSet.load(file);
            long withFacts = usedAfterGc();
            resetPeaks();
            long beforeDeciding = used();
            Decision decision = pack.evaluate(facts);
            long peak = peakSum();
            long withDecision = usedAfterGc();
            int justifications = decision.conditions().stream()
                    .mapToInt(c -> c.assessments().stream().mapToInt(a -> a.derivation().justifications().size()).sum()).sum();
            System.out.printf("%9d %11.1f MB %11.1f MB %13.1f MB %15d%n", Internals.factSets().facts(facts).size(), mb(withFacts - base),
                    mb(withDecision - withFacts), mb(Math.max(0, peak - beforeDeciding) + (beforeDeciding - base)), justifications);
            Files.delete(file);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return used();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakSum() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
