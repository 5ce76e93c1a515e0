package dev.accord.bench;

import dev.accord.RulePack;
import java.io.IOException;
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
 * The first load of a pack in a fresh JVM, as on the command line without a cache: one shot per
 * fork, so Drools' and Accord's class loading and the interpreter's slowness are all counted.
 * Each fork does either the raw Drools build or Accord's load, never both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdCompileBenchmark {

    @Param({"default", "100", "1000"})
    public String pack;

    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = CompileBenchmark.packDir(pack);
    }

    @Benchmark
    public KieBase rawDroolsCompile() {
        return RawDrools.compile(dir);
    }

    @Benchmark
    public RulePack accordLoad() {
        return RulePack.load(dir);
    }
}
