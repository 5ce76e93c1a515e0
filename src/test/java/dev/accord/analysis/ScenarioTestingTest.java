package dev.accord.analysis;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.TestPacks;
import dev.accord.cli.ExitCode;
import dev.accord.cli.Cli.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code accord test}: scenarios pass on the shipped pack, fail readably when a rule changes, and cover every rule. */
class ScenarioTestingTest {

    private static final List<Path> SHIPPED = List.of(TestPacks.NATO_DIR.resolve("scenarios"), Path.of("facts"));

    /** A copy of the default pack with one text of one file replaced everywhere in that file. */
    private static Path editedPack(Path dir, String file, String from, String to) throws IOException {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack.resolve("scenarios"));
        try (Stream<Path> files = Files.walk(TestPacks.NATO_DIR)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = pack.resolve(TestPacks.NATO_DIR.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        String text = Files.readString(pack.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(pack.resolve(file), text.replace(from, to));
        return pack;
    }

    @Test
    void theShippedScenariosPassAndCoverEveryRuleAndStatus() {
        Run run = accord("test");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("PASS  rules/nato-afghanistan/scenarios/no-evidence-at-all.yaml",
                "PASS  facts/2021-02-15-nato-ministerial.yaml", "9 passed, 0 failed",
                "Coverage: 22 of 22 rules fired in at least one scenario", "Coverage is complete.");
    }

    @Test
    void coverageOfTheDefaultPackIsComplete() {
        var pack = TestPacks.nato();
        List<ScenarioResult> results = ScenarioRunner.run(pack, ScenarioRunner.scenarioFiles(SHIPPED));
        Coverage coverage = Coverage.of(pack, results.stream().map(ScenarioResult::decision).filter(Objects::nonNull).toList());

        assertThat(results).allMatch(ScenarioResult::passed);
        assertThat(coverage.neverFired()).isEmpty();
        assertThat(coverage.unseen()).isEmpty();
    }

    @Test
    void editingAThresholdFailsTheScenariosWithExpectedAgainstActual(@TempDir Path dir) throws IOException {
        Path pack = editedPack(dir, "thresholds.drl", "reportChangePercent : double = -20.0", "reportChangePercent : double = 50.0");

        Run run = accord("test", "--rules", pack.toString(), pack.resolve("scenarios").toString(), "facts");

        assertThat(run.code()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(run.out()).contains("FAIL  facts/2021-02-15-nato-ministerial.yaml")
                .containsPattern("condition violence-falls\\s+NOT_MET\\s+MET")
                .contains("What happened instead:", "MET          violence-falls")
                .contains("7 passed, 2 failed");
    }

    @Test
    void aScenarioThatCannotRunIsAnErrorAndTheOthersStillRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "facts:\n  - { type: Tie, status: LOST }\nexpect: { recommendation: STAY }\n");
        Files.copy(TestPacks.DEFAULT_FACTS, dir.resolve("good.yaml"));

        Run run = accord("test", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(run.out()).contains("ERROR " + dir.resolve("broken.yaml"))
                .contains(dir.resolve("broken.yaml") + ":2:26: error: fact #1 (Tie): Tie.status: expected one of ACTIVE, SEVERED, UNKNOWN")
                .contains("PASS  " + dir.resolve("good.yaml")).contains("1 passed, 1 failed");
    }

    @Test
    void rulesThatMustOrMustNotFireAreChecked(@TempDir Path dir) throws IOException {
        String text = Files.readString(TestPacks.DEFAULT_FACTS).replace("expect:\n", """
                expect:
                  fired: [ "Stay while a condition is not met", "No such rule" ]
                  notFired: [ "Ties with a terrorist organisation remain active" ]
                """);
        Files.writeString(dir.resolve("s.yaml"), text);

        Run run = accord("test", dir.resolve("s.yaml").toString());

        assertThat(run.out()).containsPattern("rule \"No such rule\"\\s+fired\\s+no rule of that name")
                .containsPattern("rule \"Ties with a terrorist organisation remain active\"\\s+not fired\\s+fired");
    }

    @Test
    void writesValidJUnitXml(@TempDir Path dir) throws Exception {
        Path pack = editedPack(dir, "thresholds.drl", "reportChangePercent : double = -20.0", "reportChangePercent : double = 50.0");
        Path xml = dir.resolve("junit.xml");

        accord("test", "--rules", pack.toString(), pack.resolve("scenarios").toString(), "facts", "--junit", xml.toString());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readString(xml).getBytes(StandardCharsets.UTF_8)));
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("9");
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(doc.getElementsByTagName("failure").getLength()));
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(9);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("condition violence-falls: expected NOT_MET, actual MET");
        assertThat(failure.getTextContent()).contains("What happened instead:");
    }
}
