package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each documented input limit, passed by one: a located diagnostic, never an exception or a hang. */
class InputLimitsTest {

    @TempDir
    Path dir;

    private static List<Diagnostic> errorsOf(String text, String name) {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactSet.parse(text, name));
        assertThat(e).as("refused").isNotNull();
        return e.diagnostics();
    }

    @Test
    void aFactFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] bytes = new byte[(int) InputLimits.MAX_FACT_FILE_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');
        Files.write(big, bytes);

        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactSet.load(big));

        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                big + ": error: the file is 10485761 bytes, more than the limit of 10 MiB");
    }

    @Test
    void nestingDeeperThanTheLimitIsPointedAtInYaml() {
        StringBuilder yaml = new StringBuilder("facts:\n  - type: Box\n    value:");
        for (int i = 0; i < 30; i++) {
            yaml.append(" [");
        }
        yaml.append("1").append("]".repeat(30)).append('\n');

        assertThat(errorsOf(yaml.toString(), "deep.yaml")).extracting(Diagnostic::toString).containsExactly(
                "deep.yaml:3:46: error: mappings and lists are nested more than 20 deep here, past the limit");
    }

    @Test
    void nestingDeeperThanTheLimitIsPointedAtInJson() {
        String json = "{\"facts\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThat(errorsOf(json, "deep.json")).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(1);
            assertThat(d.location().column()).isEqualTo(30);
            assertThat(d.message()).contains("nested more than 20 deep");
        });
    }

    @Test
    void aTextLongerThanTheLimitIsPointedAt() {
        String yaml = "facts:\n  - type: Note\n    text: " + "x".repeat(InputLimits.MAX_STRING_LENGTH + 1) + "\n";

        assertThat(errorsOf(yaml, "long.yaml")).extracting(Diagnostic::toString).containsExactly(
                "long.yaml:3:11: error: a text of 100001 characters, more than the limit of 100000");
    }

    @Test
    void moreFactsThanTheLimitAreRefusedAtTheFirstOneTooMany() {
        StringBuilder json = new StringBuilder("{\"facts\": [\n");
        for (int i = 0; i <= InputLimits.MAX_FACTS; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"type\": \"A\"}");
        }
        json.append("\n]}");

        assertThat(errorsOf(json.toString(), "many.json")).extracting(Diagnostic::toString).containsExactly(
                "many.json:100002:1: error: fact #100001: a fact set holds at most 100000 facts; this one has 100001");
    }

    @Test
    void trailingContentAfterAJsonDocumentIsRefused() {
        assertThat(errorsOf("{\"facts\": []}\n{\"facts\": []}\n", "two.json")).singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith("two.json:2:1: error: unexpected content after the end"));
    }

    @Test
    void aPackYamlLargerThanItsLimitIsRefused() throws IOException {
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST
                + "# " + "x".repeat((int) InputLimits.MAX_MANIFEST_BYTES) + "\n", Map.of("r.drl", "package p;\n"));

        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("pack.yaml");
            assertThat(d.message()).endsWith("more than the limit of 1 MiB");
        });
    }
}
