package dev.accord.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Expectation;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fact set shipped in facts/ with an expect block decides as it expects. */
class ShippedScenariosTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesAsTheScenarioExpects(Path file) {
        FactSet facts = FactSet.load(file);
        Expectation expect = facts.expectation().orElseThrow(() -> new AssertionError(file + " has no expect block"));

        Decision decision = TestPacks.nato().evaluate(facts);

        assertThat(decision.action()).as("recommendation").contains(expect.recommendation());
        Map<String, String> actual = new LinkedHashMap<>();
        for (ConditionResult c : decision.conditions()) {
            if (expect.assessments().containsKey(c.id())) {
                actual.put(c.id(), c.statusLabel());
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expect.assessments().forEach((k, v) -> expected.put(k, v.name()));
        assertThat(actual).as("condition statuses").isEqualTo(expected);
        assertThat(decision.warnings()).isEmpty();
    }

    @Test
    void theScenariosCoverEveryActionOfTheDefaultPack() throws IOException {
        var actions = scenarios().map(FactSet::load).map(f -> f.expectation().orElseThrow().recommendation()).distinct();

        assertThat(actions).containsExactlyInAnyOrder("STAY", "WITHDRAW", "REVIEW");
    }

    @Test
    void everyFactInTheDefaultFactSetCitesASource() {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);

        assertThat(Internals.factSets().facts(facts)).allSatisfy(f -> assertThat(f.source()).as(f.label()).isNotNull());
    }
}
