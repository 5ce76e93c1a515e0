package dev.accord.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * One run of the differential test: generates packs and fact sets from the seed, and puts each
 * fact set through the {@link Check}s against the oracle, collecting what differs.
 *
 * <p>System properties: {@code accord.differential.seed} (default {@value #DEFAULT_SEED}),
 * {@code accord.differential.cases} (pack and fact-set pairs; default {@value #DEFAULT_CASES}),
 * {@code accord.differential.factSets} (per pack; default {@value #DEFAULT_FACT_SETS}),
 * {@code accord.differential.pack} (only the pack of that index, to reproduce one),
 * {@code accord.differential.shrinkSeconds} (time for shrinking; default {@value #DEFAULT_SHRINK_SECONDS}),
 * {@code accord.differential.triageSeconds} (time for triage; default {@value #DEFAULT_TRIAGE_SECONDS}),
 * {@code accord.differential.without} (features off, see {@link Feature}).
 */
public final class DifferentialRun {

    static final long DEFAULT_SEED = 20260413L;
    static final int DEFAULT_CASES = 2_016;
    static final int DEFAULT_FACT_SETS = 84;
    static final int DEFAULT_SHRINK_SECONDS = 10;
    static final int DEFAULT_TRIAGE_SECONDS = 10;

    /** How a run is set up. */
    public record Config(long seed, int cases, int factSets, Integer onlyPack, int shrinkSeconds, int triageSeconds,
            Set<Feature> features) {
        static Config fromSystemProperties() {
            String only = System.getProperty("accord.differential.pack");
            return new Config(Long.getLong("accord.differential.seed", DEFAULT_SEED),
                    Integer.getInteger("accord.differential.cases", DEFAULT_CASES),
                    Integer.getInteger("accord.differential.factSets", DEFAULT_FACT_SETS),
                    only == null || only.isBlank() ? null : Integer.valueOf(only.strip()),
                    Integer.getInteger("accord.differential.shrinkSeconds",
                            only == null || only.isBlank() ? DEFAULT_SHRINK_SECONDS : 10 * DEFAULT_SHRINK_SECONDS),
                    Integer.getInteger("accord.differential.triageSeconds", DEFAULT_TRIAGE_SECONDS), Feature.enabled());
        }

        int packs() {
            return (cases + factSets - 1) / factSets;
        }

        /** Pack {@code index}'s seed: the run's seed and the index, so one pack can be made again alone. */
        long packSeed(int index) {
            return seed * 1_000_003L + index;
        }
    }

    final Config config;
    final Path root;
    final Map<Check, List<Finding>> findings = new EnumMap<>(Check.class);
    final Map<Check, Integer> checked = new EnumMap<>(Check.class);
    final List<String> packFeatures = new ArrayList<>();
    int cases;
    int packsRun;
    long millis;
    final Map<Check, String> shrunk = new EnumMap<>(Check.class);

    DifferentialRun(Config config, Path root) {
        this.config = config;
        this.root = root;
        for (Check c : Check.values()) {
            findings.put(c, new ArrayList<>());
            checked.put(c, 0);
        }
    }

    private static DifferentialRun shared;

    /** The run of this JVM, done on first use (the test methods all report on it). */
    static synchronized DifferentialRun shared() {
        if (shared == null) {
            Path root = Path.of("target", "differential");
            deleteTree(root);
            shared = new DifferentialRun(Config.fromSystemProperties(), root);
            shared.run();
        }
        return shared;
    }

    void run() {
        long start = System.nanoTime();
        // Accord places dates on its clock in UTC; plain Drools in the default time zone.
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            PackGenerator packs = new PackGenerator(config.features());
            FactGenerator facts = new FactGenerator(config.features());
            for (int i = 0; i < config.packs(); i++) {
                if (config.onlyPack() != null && config.onlyPack() != i) {
                    continue;
                }
                GeneratedPack pack = packs.pack(config.packSeed(i), i);
                runPack(pack, facts);
            }
            millis = (System.nanoTime() - start) / 1_000_000;
            new Shrinker(this).shrinkOnePerCause(config.shrinkSeconds());
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    /** Compiles the pack on both sides, in a folder of its own under the run's. */
    PackUnderTest open(GeneratedPack pack, String folder) {
        return new PackUnderTest(pack, root.resolve(folder), root.resolve("pack-cache"));
    }

    private void runPack(GeneratedPack pack, FactGenerator generator) {
        long t0 = System.nanoTime();
        PackUnderTest p;
        try {
            p = open(pack, pack.name());
        } catch (dev.accord.AccordException e) {
            // Accord refuses the pack: a difference when plain Drools compiles it.
            try {
                new Oracle(pack);
                add(new Finding(Check.FIRST_EVALUATION_OF_A_PACK, pack, new GeneratedFacts(pack.name() + "-none", null, List.of()), null,
                        List.of("Accord refuses a pack plain Drools compiles: " + e.getMessage()), "", ""));
            } catch (IllegalStateException notCompiled) {
                packsNotCompiled++;
            }
            return;
        } catch (IllegalStateException e) {
            packsNotCompiled++; // the generator's mistake: Drools itself does not compile the pack
            return;
        }
        compileNanos += System.nanoTime() - t0;
        packsRun++;
        packFeatures.add(pack.featureNames());
        firstInPack.clear();
        Random r = new Random(pack.seed());
        List<GeneratedFacts> sets = new ArrayList<>();
        for (int k = 0; k < config.factSets(); k++) {
            sets.add(generator.facts(pack, pack.seed() * 31 + k, pack.name() + "-f" + k));
        }
        for (int k = 0; k < sets.size(); k++) {
            GeneratedFacts facts = sets.get(k);
            GeneratedFacts other = sets.get((k + 1) % sets.size());
            cases++;
            // Every case is evaluated right after another fact set, and run as a scenario (below);
            // the other checks take turns.
            List<Check> checks = new ArrayList<>();
            if (k == 0) {
                checks.add(Check.FIRST_EVALUATION_OF_A_PACK);
                checks.add(Check.EVALUATE_AFTER_ANOTHER_FACT_SET);
            } else {
                // The RulePack's last evaluations were of the case before: evaluating this one now is
                // evaluating right after another fact set.
                GeneratedFacts previous = sets.get(k - 1);
                check(Check.EVALUATE_AFTER_ANOTHER_FACT_SET, p, facts, previous, () -> Check.afterPrevious(p, facts, previous));
            }
            if (k % 2 == 1) {
                checks.add(Check.SHUFFLED_FACT_ORDER);
            }
            checks.add(switch (k % 3) {
                case 0 -> Check.SAME_FACT_SET_TWICE;
                case 1 -> Check.WHAT_IF_NO_OP_EDIT;
                default -> Check.SENSITIVITY_ALL_CERTAIN;
            });
            if (k % 3 == 0) {
                checks.add(Check.TIMELINE);
            }
            if (k % 15 == 7) {
                checks.add(Check.THREADS);
            }
            for (Check c : checks) {
                check(c, p, facts, other, Check.randomFor(facts));
            }
        }
        long t1 = System.nanoTime();
        scenarios(p, sets, r);
        nanos.merge(Check.SCENARIO, System.nanoTime() - t1, Long::sum);
        // Triage: the first finding of each check in this pack, within this pack's share of the time.
        long t2 = System.nanoTime();
        long share = config.triageSeconds() * 1_000_000_000L / config.packs();
        long until = t2 + share + Math.max(0, triageCredit);
        Check[] all = Check.values();
        for (int i = 0; i < all.length; i++) {
            // Each pack starts with another check, so that every check gets its share when time is short.
            Check c = all[(i + packsRun) % all.length];
            Finding first = firstInPack.get(c);
            if (first == null) {
                continue;
            }
            if (System.nanoTime() > until) {
                untriaged++;
                continue;
            }
            Cause.Triaged t;
            try {
                t = Cause.triage(first, p);
            } catch (Oracle.Failure e) {
                continue;
            }
            triagedCount++;
            triaged.computeIfAbsent(c, x -> new EnumMap<>(Cause.class)).merge(t.cause(), 1, Integer::sum);
            List<Cause.Triaged> examples = examplesByCause.computeIfAbsent(t.cause(), x -> new ArrayList<>());
            if (examples.size() < 3) {
                examples.add(t);
            }
        }
        long spent = System.nanoTime() - t2;
        triageCredit += share - spent;
        triageNanos += spent;
    }

    private long triageCredit;
    int triagedCount;
    int untriaged;

    /** By check: how many of the triaged findings came from each cause. */
    final Map<Check, Map<Cause, Integer>> triaged = new EnumMap<>(Check.class);
    /** The first few triaged findings of each cause, to shrink one of. */
    final Map<Cause, List<Cause.Triaged>> examplesByCause = new EnumMap<>(Cause.class);
    /** The minimal reproduction of each cause, as a report. */
    final Map<Cause, String> shrunkByCause = new EnumMap<>(Cause.class);
    long triageNanos;

    /** Every fact set as a scenario, in random order, each twice: through ScenarioRunner, then through ./accord test. */
    private void scenarios(PackUnderTest p, List<GeneratedFacts> sets, Random r) {
        List<java.nio.file.Path> files = new ArrayList<>();
        Map<String, GeneratedFacts> byFile = new java.util.HashMap<>();
        for (GeneratedFacts f : sets) {
            java.nio.file.Path file;
            try {
                file = Check.writeScenario(p, f, p.oracle.evaluate(f));
            } catch (Oracle.Failure e) {
                droolsFailed(Check.SCENARIO, p, f, e);
                continue;
            }
            files.add(file);
            files.add(file);
            byFile.put(file.toString(), f);
        }
        Collections.shuffle(files, r);
        checked.merge(Check.SCENARIO, sets.size(), Integer::sum);
        try {
            for (var result : dev.accord.analysis.ScenarioRunner.run(p.accord, files)) {
                if (!result.passed()) {
                    GeneratedFacts f = byFile.get(result.file());
                    Answer expected = p.oracle.evaluate(f);
                    add(new Finding(Check.SCENARIO, p.pack, f, null,
                            List.of("scenario " + result.verdict() + ": " + result.mismatches() + " " + result.errors()),
                            result.decision() == null ? "" : PackUnderTest.answer(result.decision(), p.pack).toString(),
                            expected.toString()));
                }
            }
        } catch (RuntimeException e) {
            add(failure(Check.SCENARIO, p, sets.get(0), null, e));
        }
        if (files.isEmpty()) {
            return;
        }
        // The command line once per pack, on a handful of the files (it reads the pack back from the cache).
        List<java.nio.file.Path> some = files.subList(0, Math.min(8, files.size()));
        checked.merge(Check.COMMAND_LINE_TEST, 1, Integer::sum);
        Finding f = Check.commandLine(Check.COMMAND_LINE_TEST, p, some, byFile.get(some.get(0).toString()), null,
                p.oracle.evaluate(byFile.get(some.get(0).toString())));
        if (f != null) {
            // Name the fact set of the first scenario that failed.
            String failed = f.accord().lines().filter(l -> l.strip().startsWith("FAIL") || l.strip().startsWith("ERROR"))
                    .map(l -> l.strip().replaceFirst("^(FAIL|ERROR)\\s+", "")).findFirst().orElse(null);
            GeneratedFacts facts = failed == null ? null : byFile.get(failed);
            if (facts != null) {
                f = new Finding(f.check(), f.pack(), facts, null, f.differences(), f.accord(), p.oracle.evaluate(facts).toString());
            }
        }
        if (f != null) {
            add(f);
        }
    }

    final Map<Check, Long> nanos = new EnumMap<>(Check.class);
    long compileNanos;

    void check(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
        check(c, p, facts, other, () -> c.run(p, facts, other, r));
    }

    private void check(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, java.util.function.Supplier<Finding> run) {
        checked.merge(c, 1, Integer::sum);
        long t0 = System.nanoTime();
        try {
            runCheck(c, p, facts, other, run);
        } finally {
            nanos.merge(c, System.nanoTime() - t0, Long::sum);
        }
    }

    private void runCheck(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, java.util.function.Supplier<Finding> run) {
        Finding f;
        try {
            f = run.get();
        } catch (Oracle.Failure e) {
            droolsFailed(c, p, facts, e);
            return;
        } catch (RuntimeException e) {
            // Accord failed. A check evaluates Accord first, so the oracle may not have run: when
            // plain Drools fails on the same facts too, they agree that there is no answer.
            try {
                p.oracle.evaluate(facts);
            } catch (Oracle.Failure droolsToo) {
                droolsFailed(c, p, facts, droolsToo);
                return;
            }
            f = failure(c, p, facts, other, e);
        }
        if (f != null) {
            add(f);
        }
    }

    static Finding failure(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, RuntimeException e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        String text = trace.toString();
        return new Finding(c, p.pack, facts, other, List.of("Accord threw " + e), text.substring(0, Math.min(3000, text.length())),
                "");
    }

    /** Checks left out because plain Drools itself failed on the case, and the first such case. */
    int droolsFailures;
    int packsNotCompiled;
    String firstDroolsFailure;

    private void droolsFailed(Check c, PackUnderTest p, GeneratedFacts facts, Oracle.Failure e) {
        droolsFailures++;
        if (firstDroolsFailure == null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.getCause().printStackTrace(new java.io.PrintWriter(trace));
            firstDroolsFailure = "check " + c + ", pack " + p.pack.name() + " (seed " + p.pack.seed() + "), fact set " + facts.name()
                    + ":\n" + trace.toString().lines().limit(12).collect(java.util.stream.Collectors.joining("\n")) + "\n--- rules.drl\n"
                    + p.pack.drl() + "--- " + facts.name() + ".yaml\n" + facts.yaml();
        }
    }

    /** Findings kept in full per check; the others are counted. */
    static final int KEPT_PER_CHECK = 20;
    /** By check: how many differences, in which packs, and the features all those packs use. */
    final Map<Check, Integer> differences = new EnumMap<>(Check.class);
    private final Map<Check, Set<String>> packsWith = new EnumMap<>(Check.class);
    private final Map<Check, Set<Feature>> common = new EnumMap<>(Check.class);
    /** The first finding of each check in the pack being run: what the triage looks at. */
    private final Map<Check, Finding> firstInPack = new EnumMap<>(Check.class);

    void add(Finding f) {
        Check c = f.check();
        differences.merge(c, 1, Integer::sum);
        packsWith.computeIfAbsent(c, x -> new java.util.HashSet<>()).add(f.pack().name());
        Set<Feature> fs = f.pack().features();
        common.merge(c, fs.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(fs), (a, b) -> {
            a.retainAll(b);
            return a;
        });
        firstInPack.putIfAbsent(c, f);
        if (findings.get(c).size() < KEPT_PER_CHECK) {
            findings.get(c).add(f);
        }
    }

    int differences(Check c) {
        return differences.getOrDefault(c, 0);
    }

    int totalFindings() {
        return differences.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The features every pack with a finding of the check uses. */
    Set<Feature> commonFeatures(Check c) {
        return common.getOrDefault(c, EnumSet.noneOf(Feature.class));
    }

    /** What the check found, for its test's failure message. */
    String summary(Check c) {
        List<Finding> fs = findings.get(c);
        StringBuilder out = new StringBuilder();
        long packs = packsWith.getOrDefault(c, Set.of()).size();
        out.append(differences(c)).append(" difference(s) in ").append(checked.get(c)).append(" cases of ").append(c).append(" (")
                .append(c.description()).append("), in ").append(packs).append(" of ").append(packsRun).append(" packs; run seed ")
                .append(config.seed()).append(".\n");
        out.append("Triage of the first finding per pack (as time allowed): ")
                .append(triaged.getOrDefault(c, Map.of())).append(" (the tests named CAUSE_... show each cause's minimal reproduction)\n");
        out.append("Features used by every pack with a difference: ").append(commonFeatures(c)).append("\n\n");
        fs.stream().limit(1).forEach(f -> out.append("=== FIRST DIFFERENCE, AS FOUND ===\n").append(f.report()).append('\n'));
        out.append(reproduce(fs.isEmpty() ? null : fs.get(0)));
        return out.toString();
    }

    /** What a cause's test says when the cause was seen. */
    String summary(Cause cause) {
        StringBuilder out = new StringBuilder(cause + ": " + cause.description() + "\n");
        out.append("Seen in the triaged findings of: ");
        triaged.forEach((c, counts) -> {
            if (counts.containsKey(cause)) {
                out.append(c).append(" (").append(counts.get(cause)).append(") ");
            }
        });
        out.append("\n\n");
        out.append(shrunkByCause.getOrDefault(cause, "(not shrunk: no time left for shrinking)\n"));
        List<Cause.Triaged> examples = examplesByCause.getOrDefault(cause, List.of());
        out.append(reproduce(examples.isEmpty() ? null : examples.get(0).finding()));
        return out.toString();
    }

    private String reproduce(Finding f) {
        String without = System.getProperty("accord.differential.without", "");
        return "Reproduce with: mvn -q -B test -Dtest=DifferentialTest -Daccord.differential.seed=" + config.seed()
                + " -Daccord.differential.pack=" + (f == null ? "N" : f.pack().name().substring(1))
                + " -Daccord.differential.cases=" + config.cases() + " -Daccord.differential.factSets=" + config.factSets()
                + (without.isBlank() ? "" : " -Daccord.differential.without=" + without) + "\n";
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
