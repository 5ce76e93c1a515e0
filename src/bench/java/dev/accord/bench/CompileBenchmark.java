package dev.accord.bench;

import dev.accord.LoadOptions;
import dev.accord.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a rule pack, warm (the JVM has compiled packs before: average over many loads):
 * Accord's {@code RulePack.load} against Drools' knowledge builder alone on the same DRL, and
 * Accord taking the compiled pack from its cache. {@link ColdCompileBenchmark} measures the
 * first load in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CompileBenchmark {

    /** {@code default}: rules/nato-afghanistan (17 rules); {@code N}: a generated pack of N rules. */
    @Param({"default", "100", "1000"})
    public String pack;

    Path dir;
    LoadOptions cache;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = packDir(pack);
        cache = LoadOptions.defaults().withCache(Files.createTempDirectory("accord-bench-cache"));
        RulePack.load(dir, cache); // fills the cache for loadFromCache
    }

    static Path packDir(String pack) throws IOException {
        return pack.equals("default") ? DecisionBenchmark.PACK
                : Generated.pack(Files.createTempDirectory("accord-bench-pack"), Integer.parseInt(pack));
    }

    @Benchmark
    public KieBase rawDroolsCompile() {
        return RawDrools.compile(dir);
    }

    @Benchmark
    public RulePack accordLoad() {
        return RulePack.load(dir);
    }

    @Benchmark
    public RulePack accordLoadFromCache() {
        return RulePack.load(dir, cache);
    }
}
