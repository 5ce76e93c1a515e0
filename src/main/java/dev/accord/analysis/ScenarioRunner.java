package dev.accord.analysis;

import dev.accord.AccordException;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.EvaluationLimits;
import dev.accord.Expectation;
import dev.accord.FactSet;
import dev.accord.Location;
import dev.accord.Outcome;
import dev.accord.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs regression scenarios: evaluates each fact set that has an {@code expect} block and
 * compares the decision with it, field by field. A scenario that cannot be evaluated (bad facts,
 * a failing rule) is an error, not a crash: the other scenarios still run.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * The scenario files under {@code paths}: a folder gives every YAML and JSON file below it that
     * has an {@code expect} block; a file is taken as it is, and one without an expect block is an error.
     *
     * @param paths files and folders
     * @return the files, each folder's sorted by name
     */
    public static List<Path> scenarioFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioRunner::isFactFile).sorted()
                            .filter(ScenarioRunner::hasExpectBlock).forEach(files::add);
                } catch (IOException e) {
                    files.add(p);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isFactFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** A cheap look before parsing: fact sets without expectations are not scenarios. */
    private static boolean hasExpectBlock(Path p) {
        try {
            return Files.readString(p).lines().anyMatch(l -> l.startsWith("expect:") || l.contains("\"expect\""));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true; // let run() report why it cannot be read
        }
    }

    /**
     * Runs each scenario with the default limits.
     *
     * @param pack  the pack to decide with
     * @param files the scenario files
     * @return one result per file, in the same order; a file that cannot be read or evaluated is an error result
     */
    public static List<ScenarioResult> run(RulePack pack, List<Path> files) {
        return run(pack, files, EvaluationLimits.defaults());
    }

    /**
     * Runs each scenario within limits.
     *
     * @param pack   the pack to decide with
     * @param files  the scenario files
     * @param limits the limits of each evaluation
     * @return one result per file, in the same order; a file that cannot be read or evaluated is an error result
     */
    public static List<ScenarioResult> run(RulePack pack, List<Path> files, EvaluationLimits limits) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(run(pack, file, limits));
        }
        return results;
    }

    static ScenarioResult run(RulePack pack, Path file, EvaluationLimits limits) {
        String name = file.toString();
        try {
            FactSet facts = FactSet.load(file);
            if (facts.expectation().isEmpty()) {
                return error(name, List.of(Diagnostic.error(Location.of(name), "not a scenario: the fact set has no expect block")));
            }
            Decision decision = pack.evaluate(facts, limits);
            List<ScenarioResult.Mismatch> mismatches = compare(pack, facts.expectation().get(), decision);
            return new ScenarioResult(name, mismatches.isEmpty() ? ScenarioResult.Verdict.PASSED : ScenarioResult.Verdict.FAILED,
                    mismatches, decision, List.of());
        } catch (AccordException e) {
            return error(name, e.located());
        }
    }

    private static ScenarioResult error(String name, List<Diagnostic> errors) {
        return new ScenarioResult(name, ScenarioResult.Verdict.ERROR, List.of(), null, errors);
    }

    /** What a scenario's report says of a rule that fired, but whose conclusions were all taken back. */
    static final String WITHDRAWN = "fired, but truth maintenance withdrew what it concluded";

    static List<ScenarioResult.Mismatch> compare(RulePack pack, Expectation expect, Decision decision) {
        List<ScenarioResult.Mismatch> out = new ArrayList<>();
        if (expect.recommendation() != null) {
            String actual = recommendation(decision);
            if (!expect.recommendation().equals(actual)) {
                out.add(new ScenarioResult.Mismatch("recommendation", expect.recommendation(), actual));
            }
        }
        expect.assessments().forEach((condition, status) -> {
            String actual = decision.condition(condition).map(ConditionResult::statusLabel)
                    .orElse("no such condition in pack.yaml");
            if (!actual.equals(status.name())) {
                out.add(new ScenarioResult.Mismatch("condition " + condition, status.name(), actual));
            }
        });
        Set<String> ruleNames = pack.rules().stream().map(dev.accord.Rule::name).collect(Collectors.toSet());
        List<String> fired = decision.firedRules();
        List<String> withdrawn = decision.withdrawnRules();
        for (String rule : expect.fired()) {
            if (!fired.contains(rule)) {
                out.add(new ScenarioResult.Mismatch("rule \"" + rule + "\"", "fired", !ruleNames.contains(rule)
                        ? "no rule of that name" : withdrawn.contains(rule) ? WITHDRAWN : "did not fire"));
            }
        }
        for (String rule : expect.notFired()) {
            if (fired.contains(rule) || !ruleNames.contains(rule)) {
                out.add(new ScenarioResult.Mismatch("rule \"" + rule + "\"", "not fired",
                        ruleNames.contains(rule) ? "fired" : "no rule of that name"));
            }
        }
        return out;
    }

    /** The recommendation as an expect block writes it: the action, {@code NONE} or {@code CONFLICT}. */
    static String recommendation(Decision decision) {
        if (decision.outcome() == Outcome.RECOMMENDED) {
            return decision.action().orElseThrow();
        }
        return decision.outcome() == Outcome.NO_RECOMMENDATION ? "NONE" : "CONFLICT";
    }
}
