package dev.accord.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.accord.Expectation;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.Timeline;
import dev.accord.analysis.TimelineBuilder;
import dev.accord.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packs of rules/corpus, written as analysts write them for other agreements, decide as their
 * scenarios expect whatever ran before in the same process, pass {@code check} and the strict
 * rule policy, and their timelines agree with evaluating each date afresh.
 */
class CorpusPacksTest {

    static final Path CORPUS = Path.of("rules/corpus");

    /** One seed for the shuffles, so a failure can be replayed. */
    static final long SEED = 20261129L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, RulePack> LOADED = new ConcurrentHashMap<>();
    private static final Map<Path, DroolsOracle> ORACLES = new ConcurrentHashMap<>();

    static Stream<Path> packs() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("pack.yaml"))).sorted().toList().stream();
        }
    }

    static List<Path> scenarios(Path pack) {
        try (Stream<Path> files = Files.list(pack.resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> packScenarios() throws IOException {
        return packs().flatMap(pack -> scenarios(pack).stream().map(s -> Arguments.of(pack, s.getFileName().toString())));
    }

    private static RulePack pack(Path dir) {
        return LOADED.computeIfAbsent(dir, RulePack::load);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void everyScenarioPassesTwiceInAShuffledOrder(Path pack) {
        List<Path> scenarios = scenarios(pack);
        assertThat(scenarios).as("scenarios of " + pack).hasSizeGreaterThanOrEqualTo(5);
        List<String> order = new ArrayList<>();
        for (Path s : scenarios) {
            order.add(s.toString());
            order.add(s.toString());
        }
        Collections.shuffle(order, new Random(SEED + pack.getFileName().toString().hashCode()));
        List<String> args = new ArrayList<>(List.of("test", "--rules", pack.toString()));
        args.addAll(order);

        Cli.Run run = Cli.accord(args.toArray(String[]::new));

        List<String> failed = run.out().lines().filter(l -> l.startsWith("  FAIL  ")).map(String::strip).toList();
        assertThat(failed).as("scenarios that failed, in the order " + order + "\n" + run.out()).isEmpty();
        for (Path s : scenarios) {
            long passes = run.out().lines().filter(l -> l.equals("  PASS  " + s)).count();
            assertThat(passes).as(s + " passes both times").isEqualTo(2);
        }
        assertThat(run.code()).as(run.out() + run.err()).isZero();
    }

    /**
     * The expected answers are the true ones: what Drools alone concludes in a fresh session, with
     * the facts inserted in the file's order and in the reverse order (see {@link DroolsOracle}).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packScenarios")
    void theExpectationsAreWhatDroolsItselfConcludesInEitherOrder(Path pack, String scenario) {
        Path file = pack.resolve("scenarios").resolve(scenario);
        Expectation expect = FactSet.load(file).expectation().orElseThrow(() -> new AssertionError(file + " has no expect block"));
        DroolsOracle oracle = ORACLES.computeIfAbsent(pack, DroolsOracle::new);

        for (boolean reverse : List.of(false, true)) {
            DroolsOracle.Outcome drools = oracle.decide(file, reverse);
            String order = reverse ? "facts inserted in reverse order" : "facts inserted in file order";

            if (expect.recommendation() != null) {
                assertThat(drools.recommendation()).as("recommendation, " + order).isEqualTo(expect.recommendation());
            }
            expect.assessments().forEach((condition, status) ->
                    assertThat(drools.statuses().get(condition)).as(condition + ", " + order).isEqualTo(status.name()));
            assertThat(drools.fired()).as("rules fired, " + order).containsAll(expect.fired());
            assertThat(drools.fired()).as("rules fired, " + order).doesNotContainAnyElementsOf(expect.notFired());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void theScenariosCoverEveryActionAndEveryConditionMetAndNotMet(Path pack) {
        RulePack rules = pack(pack);
        List<String> actions = new ArrayList<>();
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        for (Path s : scenarios(pack)) {
            var expect = FactSet.load(s).expectation().orElseThrow(() -> new AssertionError(s + " has no expect block"));
            actions.add(expect.recommendation());
            expect.assessments().forEach((c, st) -> statuses.computeIfAbsent(c, k -> new ArrayList<>()).add(st.name()));
        }
        assertThat(actions).containsAll(rules.actions().stream().map(a -> a.id()).toList());
        for (var condition : rules.conditions()) {
            assertThat(statuses.get(condition.id())).as(condition.id()).contains("MET", "NOT_MET");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packScenarios")
    void everyScenarioIsValidAgainstThePublishedSchema(Path pack, String scenario) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(Path.of("docs/fact-set.schema.json"))));
        JsonNode facts = new YAMLMapper().readTree(Files.readString(pack.resolve("scenarios").resolve(scenario)));

        assertThat(schema.validate(facts)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void checkFindsNothingToFix(Path pack) {
        // --strict: a warning fails too. Each pack was written to be clean, so a warning here is a
        // false positive of check (or a real flaw of the pack) to look at.
        Cli.Run run = Cli.accord("check", "--strict", "--rules", pack.toString());

        assertThat(run.out() + run.err()).doesNotContain(": error:").doesNotContain(": warning:");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void loadsUnderTheStrictRulePolicy(Path pack) {
        assertThatCode(() -> RulePack.load(pack, RulePolicy.strict())).doesNotThrowAnyException();
    }

    /**
     * Every row of {@code ./accord timeline} (monthly, and weekly when the scenario spans a few
     * months) equals evaluating the scenario afresh as of that date.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("packScenarios")
    void everyTimelineRowEqualsEvaluatingThatDateAfresh(Path pack, String scenario) throws IOException {
        Path file = pack.resolve("scenarios").resolve(scenario);
        FactSet facts = FactSet.load(file);
        RulePack rules = pack(pack);

        List<JsonNode> rows = timelineRows(pack, file, "1M");
        if (rows.size() <= 14) {
            rows = new ArrayList<>(rows);
            rows.addAll(timelineRows(pack, file, "1w"));
        }

        assertThat(rows).as("timeline rows").isNotEmpty();
        List<String> differences = new ArrayList<>();
        for (JsonNode row : rows) {
            LocalDate date = LocalDate.parse(row.get("date").asText());
            Map<String, String> statuses = new LinkedHashMap<>();
            row.get("conditions").fields().forEachRemaining(e -> statuses.put(e.getKey(), e.getValue().asText()));
            Timeline.Step timeline = new Timeline.Step(date, row.get("recommendation").asText(), statuses, Map.of());

            Timeline.Step afresh = TimelineBuilder.step(rules.evaluate(facts, date));

            if (!timeline.recommendation().equals(afresh.recommendation()) || !timeline.statuses().equals(afresh.statuses())) {
                differences.add(date + ": timeline " + timeline.recommendation() + " " + timeline.statuses()
                        + ", evaluate --as-of " + afresh.recommendation() + " " + afresh.statuses());
            }
        }
        assertThat(differences).as("timeline rows that differ from evaluate --as-of").isEmpty();
    }

    private static List<JsonNode> timelineRows(Path pack, Path file, String every) throws IOException {
        Cli.Run run = Cli.accord("timeline", "--rules", pack.toString(), file.toString(), "--every", every, "-f", "json");
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(run.out()).get("steps").forEach(rows::add);
        return rows;
    }
}
