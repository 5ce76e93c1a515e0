package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What "one right answer" costs (docs/rule-packs.md): a pack whose rules use a feature Drools'
 * session reset does not clear (here an {@code activation-group}) gets a new session for every
 * evaluation, and its timelines evaluate each date afresh instead of advancing one session.
 * {@code pack=default} is the default pack as shipped (sessions reused, timelines incremental);
 * {@code pack=activation-group} is the same pack with its two "unknown / no evidence" ties rules
 * in one activation group, which changes no answer on these facts. Run on the code before and
 * after the change, the same benchmark shows what the default pack lost (nothing, it is meant)
 * and what a pack with an activation group pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionStateBenchmark {

    @Param({"default", "activation-group"})
    public String pack;

    RulePack rules;
    FactSet facts;
    FactSet timeline;
    List<LocalDate> dates;

    @Setup
    public void setUp() throws IOException {
        Path dir = DecisionBenchmark.PACK;
        if (pack.equals("activation-group")) {
            dir = copyWithActivationGroup(DecisionBenchmark.PACK);
        }
        rules = RulePack.load(dir);
        facts = FactSet.load(DecisionBenchmark.FACTS);
        timeline = FactSet.load(Path.of("facts/timeline/2020-02-29-to-2021-04.yaml"));
        dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 3, 31); d.isBefore(LocalDate.of(2021, 5, 1)); d = d.plusMonths(1)) {
            dates.add(d);
        }
        if (!rules.evaluate(facts).action().orElseThrow().equals("STAY")) {
            throw new IllegalStateException("the variant must decide as the default pack does");
        }
    }

    static Path copyWithActivationGroup(Path original) throws IOException {
        Path copy = Files.createTempDirectory("accord-bench-pack");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(original.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    String text = Files.readString(f);
                    if (f.getFileName().toString().equals("ties.drl")) {
                        text = grouped(grouped(text, "The state of a tie is unknown"), "No evidence about ties to terrorist organisations");
                    }
                    Files.writeString(target, text);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return copy;
    }

    private static String grouped(String drl, String rule) {
        int at = drl.indexOf("rule \"" + rule + "\"");
        int when = drl.indexOf("\nwhen", at);
        if (at < 0 || when < 0) {
            throw new IllegalStateException("rule \"" + rule + "\" not found in ties.drl");
        }
        return drl.substring(0, when) + "\n    activation-group \"ties-evidence\"" + drl.substring(when);
    }

    @Benchmark
    public Decision evaluate() {
        return rules.evaluate(facts);
    }

    @Benchmark
    public int timeline() {
        int[] n = {0};
        rules.evaluateEach(timeline, dates, d -> n[0] += d.conditions().size());
        return n[0];
    }
}
