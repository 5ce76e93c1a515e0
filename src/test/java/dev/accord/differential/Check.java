package dev.accord.differential;

import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.analysis.ScenarioResult;
import dev.accord.analysis.ScenarioRunner;
import dev.accord.analysis.Sensitivity;
import dev.accord.analysis.WhatIf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One way of asking Accord for a decision, compared with the oracle. Each runs on one pack and
 * one fact set ({@code other} is a different fact set of the same pack, for the checks that
 * need one) and returns what differs, or null when Accord agrees with plain Drools.
 */
public enum Check {

    FIRST_EVALUATION_OF_A_PACK("RulePack.evaluate on a RulePack object no evaluation ran on before") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            return compare(this, p, facts, other, PackUnderTest.answer(p.freshAccord().evaluate(PackUnderTest.factSet(facts)), p.pack),
                    p.oracle.evaluate(facts), "");
        }
    },
    EVALUATE_AFTER_ANOTHER_FACT_SET("RulePack.evaluate right after the same RulePack evaluated a different fact set") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            evaluateBefore(p, other);
            return compare(this, p, facts, other, PackUnderTest.answer(p.accord.evaluate(PackUnderTest.factSet(facts)), p.pack),
                    p.oracle.evaluate(facts), "");
        }
    },
    SAME_FACT_SET_TWICE("RulePack.evaluate twice in a row on the same fact set: the second answer") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            FactSet set = PackUnderTest.factSet(facts);
            p.accord.evaluate(set);
            return compare(this, p, facts, other, PackUnderTest.answer(p.accord.evaluate(set), p.pack), p.oracle.evaluate(facts), "");
        }
    },
    SHUFFLED_FACT_ORDER("the facts listed in another order (the oracle inserts them in that order too)") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            List<GeneratedFacts.Fact> shuffled = new ArrayList<>(facts.facts());
            Collections.shuffle(shuffled, r);
            GeneratedFacts s = facts.withFacts(shuffled);
            Answer oracle = p.oracle.evaluate(s); // first: when plain Drools fails on this order too, there is no answer
            return compare(this, p, s, other, PackUnderTest.answer(p.accord.evaluate(PackUnderTest.factSet(s)), p.pack),
                    oracle, "");
        }
    },
    WHAT_IF_NO_OP_EDIT("WhatIf.apply with an edit that sets a field to the value it has: before and after") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            List<GeneratedFacts.Fact> withFields = facts.facts().stream().filter(f -> !f.fields().isEmpty()).toList();
            if (withFields.isEmpty()) {
                return null;
            }
            GeneratedFacts.Fact f = withFields.get(r.nextInt(withFields.size()));
            List<String> names = new ArrayList<>(f.fields().keySet());
            String field = names.get(r.nextInt(names.size()));
            Object value = f.fields().get(field);
            FactEdit edit = new FactEdit.SetField(f.id(), field, value instanceof LocalDate d ? d.toString() : value);
            WhatIf.Comparison c = WhatIf.apply(p.accord, PackUnderTest.factSet(facts), List.of(edit));
            Answer expected = p.oracle.evaluate(facts);
            Finding before = compare(this, p, facts, other, PackUnderTest.answer(c.before(), p.pack), expected, "before ");
            return before != null ? before
                    : compare(this, p, facts, other, PackUnderTest.answer(c.after(), p.pack), expected,
                            "after setting " + f.id() + "." + field + " to " + value + ": ");
        }
    },
    SENSITIVITY_ALL_CERTAIN("Sensitivity.analyze with every fact certain: one outcome with probability 1") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            Sensitivity.Result result = Sensitivity.analyze(p.accord, PackUnderTest.factSet(facts), Sensitivity.Options.defaults());
            Answer expected = p.oracle.evaluate(facts);
            if (result.mostLikely().equals(expected.recommendation()) && result.probabilities().equals(Map.of(expected.recommendation(), 1.0))) {
                return null;
            }
            return new Finding(this, p.pack, facts, other, List.of("sensitivity " + result.probabilities() + " vs oracle "
                    + expected.recommendation()), "probabilities " + result.probabilities(), expected.toString());
        }
    },
    TIMELINE("RulePack.evaluateEach (what ./accord timeline runs) at each date vs the oracle as of that date") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            List<LocalDate> dates = timelineDates(p.pack, facts, r);
            // The oracle first, at every date: when plain Drools fails at one (its rules loop as of
            // that date, say), the timeline has no right answer to compare with.
            java.util.Map<LocalDate, Answer> expected = new java.util.HashMap<>();
            for (LocalDate date : dates) {
                expected.put(date, p.oracle.evaluate(facts.facts(), date).withoutFired());
            }
            List<Decision> rows = new ArrayList<>();
            p.accord.evaluateEach(PackUnderTest.factSet(facts), dates, rows::add);
            for (Decision d : rows) {
                LocalDate date = d.asOf().orElseThrow();
                Answer accord = PackUnderTest.answer(d, p.pack).withoutFired();
                Answer oracle = expected.get(date);
                Finding f = compare(this, p, facts, other, accord, oracle, "timeline " + dates + ", at " + date + ": ");
                if (f != null) {
                    return f;
                }
            }
            if (rows.size() != dates.size()) {
                return new Finding(this, p.pack, facts, other, List.of(rows.size() + " rows for " + dates.size() + " dates"), "", "");
            }
            return null;
        }
    },
    SCENARIO("ScenarioRunner on the fact set written with an expect block from the oracle, run twice in a row") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            Answer expected = p.oracle.evaluate(facts);
            Path file = writeScenario(p, facts, expected);
            for (ScenarioResult result : ScenarioRunner.run(p.accord, List.of(file, file))) {
                if (!result.passed()) {
                    return new Finding(this, p.pack, facts, other, List.of("scenario " + result.verdict() + ": " + result.mismatches()
                            + " " + result.errors()), result.decision() == null ? "" : PackUnderTest.answer(result.decision(), p.pack)
                                    .toString(), expected.toString());
                }
            }
            return null;
        }
    },
    THREADS("8 threads sharing one RulePack, each evaluating this fact set and another one in turn") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            Answer expected = p.oracle.evaluate(facts);
            Answer expectedOther = p.oracle.evaluate(other);
            FactSet set = PackUnderTest.factSet(facts);
            FactSet otherSet = PackUnderTest.factSet(other);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Finding>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    boolean otherFirst = t % 2 == 1;
                    results.add(pool.submit(() -> {
                        for (int k = 0; k < 3; k++) {
                            boolean mine = (k % 2 == 0) != otherFirst;
                            Answer a = PackUnderTest.answer(p.accord.evaluate(mine ? set : otherSet), p.pack);
                            Finding f = compare(this, p, mine ? facts : other, mine ? other : facts, a, mine ? expected : expectedOther,
                                    "on one of 8 threads: ");
                            if (f != null) {
                                return f;
                            }
                        }
                        return null;
                    }));
                }
                for (var f : results) {
                    Finding found = f.get();
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
        }
    },
    COMMAND_LINE_TEST("./accord test --rules PACK FILE FILE in-process (Main.run), the scenario written from the oracle") {
        @Override
        Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r) {
            Answer expected = p.oracle.evaluate(facts);
            Path file = writeScenario(p, facts, expected);
            return commandLine(this, p, List.of(file, file), facts, other, expected);
        }
    };

    /** Runs {@code ./accord test} on the files, with the pack read from its cache; a finding when it does not pass them all. */
    static Finding commandLine(Check check, PackUnderTest p, List<Path> files, GeneratedFacts facts, GeneratedFacts other,
            Answer expected) {
        List<String> args = new ArrayList<>(List.of("test", "--rules", p.dir.toString()));
        files.forEach(f -> args.add(f.toString()));
        String saved = System.getProperty("accord.packCache");
        System.setProperty("accord.packCache", p.cache.toString());
        dev.accord.cli.Cli.Run run;
        try {
            run = dev.accord.cli.Cli.accord(args.toArray(String[]::new));
        } finally {
            if (saved == null) {
                System.clearProperty("accord.packCache");
            } else {
                System.setProperty("accord.packCache", saved);
            }
        }
        if (run.code() == 0 && run.out().contains(files.size() + " passed, 0 failed")) {
            return null;
        }
        return new Finding(check, p.pack, facts, other, List.of("./accord test exited with " + run.code()),
                run.out() + run.err(), expected.toString());
    }

    private final String description;

    Check(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * {@link #EVALUATE_AFTER_ANOTHER_FACT_SET} when the RulePack's last evaluation was already of
     * {@code previous} (the checks of the case before): the same check, one evaluation cheaper.
     */
    static Finding afterPrevious(PackUnderTest p, GeneratedFacts facts, GeneratedFacts previous) {
        return compare(EVALUATE_AFTER_ANOTHER_FACT_SET, p, facts, previous,
                PackUnderTest.answer(p.accord.evaluate(PackUnderTest.factSet(facts)), p.pack), p.oracle.evaluate(facts), "");
    }

    /**
     * Evaluates another fact set first, for the state it leaves behind. It may fail (plain Drools
     * fails on some generated cases too, and Accord says so with a diagnostic): the evaluation
     * after it is what the check compares.
     */
    static void evaluateBefore(PackUnderTest p, GeneratedFacts other) {
        try {
            p.accord.evaluate(PackUnderTest.factSet(other));
        } catch (dev.accord.EvaluationException e) {
            // the next evaluation must still give the right answer
        }
    }

    /** The choices a check makes at random (an order, a field to edit, dates), the same for a fact set of the same name. */
    static Random randomFor(GeneratedFacts facts) {
        return new Random(facts.name().hashCode());
    }

    /** What differs between Accord and the oracle on this fact set, or null when they agree. */
    abstract Finding run(PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Random r);

    static Finding compare(Check check, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other, Answer accord, Answer oracle,
            String prefix) {
        List<String> diffs = accord.differences(oracle);
        if (diffs.isEmpty()) {
            return null;
        }
        return new Finding(check, p.pack, facts, other, diffs.stream().map(d -> prefix + d).toList(), accord.toString(), oracle.toString());
    }

    /** The dates of the facts, the as-of date, a day before them all, and a few between, in random order. */
    static List<LocalDate> timelineDates(GeneratedPack pack, GeneratedFacts facts, Random r) {
        List<LocalDate> dates = new ArrayList<>(facts.dates(pack));
        dates.add(FactGenerator.FIRST_DAY.minusDays(1));
        if (facts.asOf() != null) {
            dates.add(facts.asOf());
        }
        for (int i = 0; i < 2; i++) {
            dates.add(FactGenerator.FIRST_DAY.plusDays(r.nextInt(75)));
        }
        List<LocalDate> distinct = new ArrayList<>(new java.util.TreeSet<>(dates));
        Collections.shuffle(distinct, r);
        // At most six dates: the day before every fact, the as-of date, and some others.
        List<LocalDate> some = new ArrayList<>(distinct.subList(0, Math.min(6, distinct.size())));
        if (!some.contains(FactGenerator.FIRST_DAY.minusDays(1))) {
            some.set(0, FactGenerator.FIRST_DAY.minusDays(1));
        }
        if (facts.asOf() != null && !some.contains(facts.asOf())) {
            some.set(some.size() - 1, facts.asOf());
        }
        return some;
    }

    /** The fact set as a scenario file: its expect block says what the oracle concluded. */
    static Path writeScenario(PackUnderTest p, GeneratedFacts facts, Answer expected) {
        StringBuilder expect = new StringBuilder("expect:\n  recommendation: ").append(expected.recommendation()).append('\n');
        StringBuilder assessments = new StringBuilder();
        expected.statuses().forEach((c, s) -> {
            if (s.equals("MET") || s.equals("NOT_MET") || s.equals("UNKNOWN")) {
                assessments.append(assessments.length() == 0 ? "" : ", ").append(c).append(": ").append(s);
            }
        });
        if (assessments.length() > 0) {
            expect.append("  assessments: { ").append(assessments).append(" }\n");
        }
        List<String> fired = new ArrayList<>(expected.fired());
        List<String> notFired = new ArrayList<>(p.pack.ruleNames());
        notFired.removeAll(fired);
        if (!fired.isEmpty()) {
            expect.append("  fired: [ ").append(String.join(", ", fired.stream().map(n -> "\"" + n + "\"").toList())).append(" ]\n");
        }
        if (!notFired.isEmpty()) {
            expect.append("  notFired: [ ").append(String.join(", ", notFired.stream().map(n -> "\"" + n + "\"").toList())).append(" ]\n");
        }
        try {
            Path dir = Files.createDirectories(p.dir.resolve("scenarios"));
            Path file = dir.resolve(facts.name() + ".yaml");
            Files.writeString(file, facts.yaml(expect.toString()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
