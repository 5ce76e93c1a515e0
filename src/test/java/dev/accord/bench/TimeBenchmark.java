package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.FactSet;
import dev.accord.RulePack;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, Long> threads0 = threadCpuTicks();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Decision decision = pack.evaluate(FactSet.load(factsFile));
        long droolsMillis = (System.nanoTime() - t0) / 1_000_000;
        long droolsCpuMillis = (processCpuNanos() - cpu0) / 1_000_000;
        Map<String, Long> threads1 = threadCpuTicks();
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
        System.out.printf("  accord: process cpu %d ms%s%n", droolsCpuMillis, cpuByThreadGroup(threads0, threads1));
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

    /**
     * The CPU time of each thread of this process so far, in clock ticks, by thread id and name,
     * read from /proc (Linux only; empty elsewhere). The JVM's own threads (garbage collector,
     * compilers) are there too, which the management beans do not show.
     */
    private static Map<String, Long> threadCpuTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] rest = stat.substring(close + 2).split(" ");
                // After the name: state is field 3 of stat(5), utime 14 and stime 15.
                ticks.put(task.getFileName() + " " + stat.substring(open + 1, close),
                        Long.parseLong(rest[11]) + Long.parseLong(rest[12]));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The CPU each group of threads used between the two readings: ", of which gc N ms, jit N ms, ...". */
    private static String cpuByThreadGroup(Map<String, Long> before, Map<String, Long> after) {
        if (after.isEmpty()) {
            return "";
        }
        Map<String, Long> groups = new TreeMap<>();
        after.forEach((thread, ticks) -> {
            String name = thread.substring(thread.indexOf(' ') + 1);
            String group = name.startsWith("accord-evaluati") ? "evaluation"
                    : name.startsWith("GC Thread") || name.startsWith("G1") || name.startsWith("VM Thread") ? "gc+vm"
                    : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "jit" : "other";
            groups.merge(group, ticks - before.getOrDefault(thread, 0L), Long::sum);
        });
        StringBuilder out = new StringBuilder(", of which");
        String sep = " ";
        for (Map.Entry<String, Long> g : groups.entrySet()) {
            out.append(sep).append(g.getKey()).append(' ').append(g.getValue() * 10).append(" ms");
            sep = ", ";
        }
        return out.toString();
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
