package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import dev.accord.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord} as a user runs it: output on stdout, diagnostics on stderr, documented exit codes. */
class CommandLineTest {

    private static final String DEFAULT_FACTS = TestPacks.DEFAULT_FACTS.toString();

    /** A copy of the default fact set with one text replaced, to break it in one place. */
    private static Path brokenFacts(Path dir, String from, String to) throws IOException {
        String text = Files.readString(TestPacks.DEFAULT_FACTS);
        assertThat(text).contains(from);
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void withNoArgumentsEvaluatesTheDefaultPackOnTheDefaultFacts() {
        Run run = accord();

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("NATO's conditions for leaving Afghanistan (February 2021)\n")
                .contains("Recommendation: STAY").contains("Why STAY");
    }

    @Test
    void evaluatesAnotherFactSetAsJson() throws Exception {
        Run run = accord("evaluate", "facts/hypothetical-all-conditions-met.yaml", "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(new ObjectMapper().readTree(run.out()).get("action").asText()).isEqualTo("WITHDRAW");
    }

    @Test
    void aMisspeltFieldInTheRulesExitsWithTheRulesCodeAndPointsAtIt(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("pack");
        TestPacks.write(pack, Files.readString(TestPacks.NATO_DIR.resolve("pack.yaml")), Map.of());
        try (var files = Files.list(TestPacks.NATO_DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(f);
                Files.writeString(pack.resolve(f.getFileName()), drl.replace(
                        "to == $org.id, status == TieStatus.ACTIVE", "to == $org.id, stauts == TieStatus.ACTIVE"));
            }
        }

        Run run = accord("evaluate", "--rules", pack.toString(), DEFAULT_FACTS);

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_RULES);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(pack.resolve("ties.drl")
                + ":13:51: error: Tie has no field 'stauts' in 'stauts == TieStatus.ACTIVE'\n");
    }

    @Test
    void anEditedRuleTakesEffectOnTheNextRunDespiteTheCacheAndABrokenOneIsReportedEveryTime(@TempDir Path dir)
            throws IOException {
        Path pack = dir.resolve("pack");
        TestPacks.write(pack, Files.readString(TestPacks.NATO_DIR.resolve("pack.yaml")), Map.of());
        try (var files = Files.list(TestPacks.NATO_DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, pack.resolve(f.getFileName()));
            }
        }
        Path recommendation = pack.resolve("recommendation.drl");
        String original = Files.readString(recommendation);
        System.setProperty("accord.packCache", dir.resolve("cache").toString());
        try {
            assertThat(accord("evaluate", "--rules", pack.toString(), DEFAULT_FACTS).out()).contains("Recommendation: STAY");
            assertThat(accord("evaluate", "--rules", pack.toString(), DEFAULT_FACTS).out()).contains("Recommendation: STAY");

            Files.writeString(recommendation, original.replace("new Recommendation(\"STAY\"", "new Recommendation(\"REVIEW\""));
            assertThat(accord("evaluate", "--rules", pack.toString(), DEFAULT_FACTS).out()).contains("Recommendation: REVIEW");

            Files.writeString(recommendation, original.replace("status == Status.NOT_MET )", "status == Status.NOT_MET"));
            for (int run = 0; run < 2; run++) {
                Run broken = accord("evaluate", "--rules", pack.toString(), DEFAULT_FACTS);
                assertThat(broken.code()).isEqualTo(ExitCode.INVALID_RULES);
                assertThat(broken.err()).startsWith(recommendation.toString() + ":");
            }

            Files.writeString(recommendation, original);
            Run fixed = accord("evaluate", "--no-cache", "--rules", pack.toString(), DEFAULT_FACTS);
            assertThat(fixed.code()).isEqualTo(ExitCode.OK);
            assertThat(fixed.out()).contains("Recommendation: STAY");
        } finally {
            System.clearProperty("accord.packCache");
        }
    }

    @Test
    void aWrongTypeInTheFactsExitsWithTheFactsCodeAndPointsAtTheValue(@TempDir Path dir) throws IOException {
        Path facts = brokenFacts(dir, "changePercent: 45", "changePercent: many");

        Run run = accord("evaluate", facts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(facts
                + ":84:20: error: fact 'unama-2020-q4': ViolenceReport.changePercent: expected a number, got 'many'\n");
    }

    @Test
    void anUnknownFieldInTheFactsIsPointedAt(@TempDir Path dir) throws IOException {
        Path facts = brokenFacts(dir, "    verified: true", "    verifed: true");

        Run run = accord("evaluate", facts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(run.err()).startsWith(facts + ":65:5: error: fact 'taliban-al-qaeda': Tie has no field 'verifed'");
    }

    @Test
    void aDuplicateIdIsPointedAt(@TempDir Path dir) throws IOException {
        Path facts = brokenFacts(dir, "id: al-qaeda", "id: taliban");

        Run run = accord("evaluate", facts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(run.err()).isEqualTo(facts + ":54:9: error: duplicate id 'taliban' (first used at line 44)\n");
    }

    @Test
    void malformedYamlIsPointedAt(@TempDir Path dir) throws IOException {
        Path facts = brokenFacts(dir, "    status: ACTIVE", "    status: [ACTIVE");

        Run run = accord("evaluate", facts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(run.err()).startsWith(facts + ":65:13: error: malformed YAML: expected ',' or ']'");
    }

    @Test
    void aMissingFactFileIsNamed() {
        Run run = accord("evaluate", "no-such-facts.yaml");

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(run.err()).isEqualTo("no-such-facts.yaml: error: no such file\n");
    }

    @Test
    void rulesThatLoopExitWithTheEvaluationCode(@TempDir Path dir) {
        Path pack = TestPacks.write(dir.resolve("loop"), TestPacks.SIMPLE_MANIFEST, Map.of("loop.drl", TestPacks.LOOPING));
        Path facts = TestPacks.write(dir.resolve("facts"), null, Map.of("f.yaml", "facts:\n  - { type: Counter, n: 0 }\n"))
                .resolve("f.yaml");

        Run run = accord("evaluate", "--rules", pack.toString(), facts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.EVALUATION_FAILED);
        assertThat(run.err()).startsWith(pack.resolve("loop.drl") + ":5:1: error: stopped after 100000 rule firings (the firing limit)");
    }

    @Test
    void usageErrorsExitWithTheUsageCodeAndPointToHelp() {
        Run unknown = accord("evaluate", "--colour");
        Run format = accord("evaluate", "--format", "xml");
        Run rulesWithoutFacts = accord("evaluate", "--rules", "rules/nato-afghanistan");

        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--colour'").contains("See 'accord evaluate --help'.");
        assertThat(format.code()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("unknown format 'xml'; expected one of text, json");
        assertThat(rulesWithoutFacts.code()).isEqualTo(ExitCode.USAGE);
        assertThat(rulesWithoutFacts.err()).contains("give the fact set to use with --rules");
    }

    @Test
    void helpDescribesTheCommandsAndEveryExitCode() {
        Run run = accord("--help");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: accord", "evaluate", "Exit codes:",
                "3   Invalid rule pack", "4   Invalid fact set", "5   Evaluation failed");
        assertThat(accord("evaluate", "--help").out()).contains("--format=FORMAT", "--rules=DIR", "Exit codes:");
    }

    @Test
    void versionNamesAccordAndDrools() {
        Run run = accord("--version");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("accord ").contains("Drools 10.2.0");
    }
}
