package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.FactSet;
import dev.accord.RulePack;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Times the default pack's incident windows on a generated incident set, beside a plain-Java
 * aggregation of the same windows, and reports the peak heap. One size per run, so that the
 * peak heap is this size's alone. Not a test (it is not run by {@code mvn test}); see
 * docs/TIME-BENCHMARKS.md for the command.
 *
 * <pre>java -Xmx2g ... dev.accord.bench.TimeBenchmark COUNT [DIR]</pre>
 */
public final class TimeBenchmark {

    private TimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-" + count);
        Path factsFile = IncidentGenerator.write(count, dir);
        RulePack pack = RulePack.load(Path.of("rules/nato-afghanistan"));
        // A small warm-up: the first evaluation also loads and compiles Drools' own classes.
        pack.evaluate(FactSet.load(Path.of("rules/nato-afghanistan/scenarios/incidents-rose.yaml")));

        System.gc();
        resetPeaks();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Decision decision = pack.evaluate(FactSet.load(factsFile));
        long droolsMillis = (System.nanoTime() - t0) / 1_000_000;
        long droolsCpuMillis = (processCpuNanos() - cpu0) / 1_000_000;
        long droolsPeak = peakHeap();
        // Derivations are built when first read; building all of them is timed on its own.
        long t2 = System.nanoTime();
        decision.recommendations().forEach(Derived::derivation);
        decision.conditions().forEach(c -> c.assessments().forEach(Derived::derivation));
        decision.considerations().forEach(Derived::derivation);
        long explainMillis = (System.nanoTime() - t2) / 1_000_000;
        String violence = decision.condition("violence-falls").orElseThrow().statusLabel();
        String sentence = decision.condition("violence-falls").orElseThrow().assessments().get(0).derivation()
                .justifications().get(0).sentence();

        System.gc();
        resetPeaks();
        long t1 = System.nanoTime();
        long[] plain = plainJava(dir.resolve("incidents.csv"), IncidentGenerator.LAST);
        long plainMillis = (System.nanoTime() - t1) / 1_000_000;
        long plainPeak = peakHeap();

        System.out.printf("incidents=%d accord_ms=%d accord_peak_heap_mib=%d plain_java_ms=%d plain_java_peak_heap_mib=%d%n",
                count, droolsMillis, droolsPeak >> 20, plainMillis, plainPeak >> 20);
        // On a shared machine the elapsed time depends on what else runs; the CPU time the whole
        // process used (every thread: evaluation, garbage collector, compiler) much less so.
        System.out.printf("  accord: process cpu %d ms%n", droolsCpuMillis);
        System.out.printf("  accord: then building every derivation of the decision %d ms%n", explainMillis);
        System.out.printf("  accord: violence-falls %s: %s%n", violence, sentence);
        System.out.printf("  plain java: last 90 days %d casualties, same 90 days a year earlier %d%n", plain[0], plain[1]);
    }

    /** The same windows by hand: read the CSV line by line, add up casualties by age in days. */
    static long[] plainJava(Path csv, LocalDate asOf) throws Exception {
        long recent = 0;
        long yearEarlier = 0;
        long end = asOf.toEpochDay();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                long age = end - LocalDate.parse(cells[1]).toEpochDay();
                int casualties = Integer.parseInt(cells[3]);
                if (age >= 0 && age < 90) {
                    recent += casualties;
                } else if (age >= 365 && age < 455) {
                    yearEarlier += casualties;
                }
            }
        }
        return new long[] {recent, yearEarlier};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound on the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
