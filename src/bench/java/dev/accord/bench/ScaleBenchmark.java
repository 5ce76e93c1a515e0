package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * How loading and deciding grow with the size of a fact set (generated for the default pack):
 * reading the file, JSON ({@code loadFacts}), deciding with the full explanation
 * ({@code accordEvaluate}), and the raw Drools baseline on the same facts ({@code rawDrools}).
 * Run with {@code -prof gc} for the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ScaleBenchmark {

    @Param({"10", "1000", "100000"})
    public int facts;

    Path file;
    RulePack pack;
    FactSet factSet;
    KieBase raw;
    List<Object> rawFacts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("accord-bench-facts", ".json");
        Files.writeString(file, Generated.natoFacts(facts));
        pack = RulePack.load(DecisionBenchmark.PACK);
        factSet = FactSet.load(file);
        KieBase kieBase = RawDrools.compile(DecisionBenchmark.PACK);
        raw = kieBase;
        rawFacts = RawDrools.facts(kieBase, "accord.nato", factSet);
    }

    @Benchmark
    public FactSet loadFacts() {
        return FactSet.load(file);
    }

    @Benchmark
    public Decision accordEvaluate() {
        return pack.evaluate(factSet);
    }

    @Benchmark
    public List<Object> rawDrools() {
        return RawDrools.decide(raw, rawFacts);
    }
}
