package dev.accord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.accord.AccordException;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import dev.accord.rules.FuzzRulesHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutants of valid fact sets, pack.yaml files and DRL files: the fact loader (and binding
 * and evaluation of what loads), the manifest reader, the policy check and the compiler may only
 * succeed or report diagnostics, never throw anything else or hang. A failing input is written to
 * target/fuzz-failures/; copy it to src/test/resources/fuzz-regressions/ once fixed, where
 * {@link FuzzRegressionTest} replays it.
 *
 * <p>{@code -Daccord.fuzz.seed=N} and {@code -Daccord.fuzz.cases=N} (default 10,000) vary the run.
 */
class FuzzTest {

    static final long SEED = Long.getLong("accord.fuzz.seed", 20210215L);
    static final int CASES = Integer.getInteger("accord.fuzz.cases", 10_000);
    /** How long one case may take before it counts as a hang. */
    static final Duration HANG = Duration.ofSeconds(20);
    /** Compiling takes a hundred times longer than checking: only some mutants that pass the policy are compiled. */
    static final int COMPILES = Math.max(1, CASES / 500);

    private final List<String> failures = new ArrayList<>();
    private ExecutorService worker = Executors.newSingleThreadExecutor(FuzzTest::daemon);
    private int compiled;

    @Test
    void mutantsOfValidInputGetDiagnosticsNeverCrashesOrHangs() throws IOException {
        RulePack nato = TestPacks.nato();
        List<String> yaml = factSets();
        List<String> json = yaml.stream().map(FuzzTest::toJson).toList();
        List<String> drl = drlSeeds();
        String manifest = Files.readString(TestPacks.NATO_DIR.resolve("pack.yaml"));

        int factCases = CASES * 6 / 10;
        int drlCases = CASES * 35 / 100;
        int manifestCases = CASES - factCases - drlCases;
        Mutator yamlMutator = new Mutator(SEED, FuzzTargets.YAML_TOKENS);
        Mutator jsonMutator = new Mutator(SEED + 1, FuzzTargets.JSON_TOKENS);
        Mutator drlMutator = new Mutator(SEED + 2, FuzzTargets.DRL_TOKENS);
        Mutator manifestMutator = new Mutator(SEED + 3, FuzzTargets.YAML_TOKENS);
        int ran = 0;
        for (int i = 0; i < factCases; i++, ran++) {
            boolean asJson = i % 3 == 2;
            List<String> seeds = asJson ? json : yaml;
            String input = (asJson ? jsonMutator : yamlMutator).mutate(seeds.get(i % seeds.size()));
            String name = asJson ? "fuzz.json" : "fuzz.yaml";
            run("facts", name, input, () -> {
                FactSet facts = FactSet.parse(input, name);
                nato.evaluate(facts, EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(10)));
            });
        }
        for (int i = 0; i < drlCases; i++, ran++) {
            String input = drlMutator.mutate(drl.get(i % drl.size()));
            run("drl", "fuzz.drl", input, () -> {
                FuzzRulesHarness.parseAndCheck("fuzz.drl", input);
                if (compiled < COMPILES) {
                    compiled++;
                    FuzzRulesHarness.compile("fuzz.drl", input, RulePolicy.strict());
                }
            });
        }
        for (int i = 0; i < manifestCases; i++, ran++) {
            String input = manifestMutator.mutate(manifest);
            run("manifest", "pack.yaml", input, () -> FuzzRulesHarness.readManifest(input));
        }
        worker.shutdownNow();

        assertThat(ran).isGreaterThanOrEqualTo(CASES);
        assertThat(failures).as("seed %d: inputs that crashed or hung (saved under target/fuzz-failures)", SEED).isEmpty();
    }

    private void run(String target, String name, String input, Runnable check) {
        Future<?> f = worker.submit(() -> {
            try {
                check.run();
            } catch (AccordException expected) {
                // a diagnostic: what bad input should get
            }
        });
        try {
            f.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            record(target, name, input, e.getCause().toString());
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor(FuzzTest::daemon); // the old one may be stuck
            record(target, name, input, "no answer within " + HANG.toSeconds() + "s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void record(String target, String name, String input, String what) {
        if (failures.size() >= 20) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures", target));
            Path file = dir.resolve(SEED + "-" + failures.size() + "-" + name);
            // getBytes replaces what UTF-8 cannot hold (a lone surrogate) rather than failing
            Files.write(file, input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            failures.add(file + ": " + what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
    }

    static List<String> factSets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(FuzzTest::read).toList();
        }
    }

    /** Each DRL file of the default pack made whole with the types it uses, and the hostile corpus. */
    static List<String> drlSeeds() throws IOException {
        String types = read(TestPacks.NATO_DIR.resolve("types.drl"));
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestPacks.NATO_DIR)) {
            files.filter(p -> p.toString().endsWith(".drl") && !p.endsWith("types.drl")).sorted()
                    .forEach(p -> seeds.add(types + read(p).replaceFirst("(?m)^package .*$", "")));
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
            files.sorted().forEach(p -> seeds.add(read(p)));
        }
        return seeds;
    }

    static String toJson(String yaml) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
