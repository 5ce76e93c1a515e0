package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.accord.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output formats, files, colour and the why-not command, as a user meets them. */
class OutputCommandsTest {

    @Test
    void everyFormatIsAvailable() {
        assertThat(accord("evaluate", "--format", "md").out()).startsWith("# NATO's conditions").contains("## Why STAY");
        assertThat(accord("evaluate", "--format", "dot").out()).startsWith("digraph derivation {").endsWith("}\n");
        assertThat(accord("evaluate", "--format", "html").out()).startsWith("<!DOCTYPE html>").contains("id=\"graph-data\"")
                .contains("@dagrejs/dagre 3.1.3");
    }

    @Test
    void outputGoesToTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");

        Run run = accord("evaluate", "--format", "html", "--output", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aFailedEvaluationLeavesAnExistingOutputFileUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "previous result\n");

        Run run = accord("evaluate", "missing.yaml", "--output", file.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(Files.readString(file)).isEqualTo("previous result\n");
    }

    @Test
    void anUnwritableOutputIsReportedWithItsOwnExitCode(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("out.txt");

        Run run = accord("evaluate", "--output", file.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).isEqualTo(file + ": error: cannot write the output: no such folder\n");
    }

    @Test
    void colourIsOffWhenPipedAndOnWhenAskedFor() {
        assertThat(accord("evaluate").out()).doesNotContain("\u001b[");
        assertThat(accord("evaluate", "--color=always").out()).contains("\u001b[31mNOT_MET\u001b[0m");
        assertThat(accord("evaluate", "--color=never").out()).doesNotContain("\u001b[");
    }

    @Test
    void whyNotExplainsAnActionInTextOrJson() throws Exception {
        Run text = accord("why-not", "WITHDRAW");
        Run json = accord("why-not", "ties-cut", "--format", "json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Why not WITHDRAW?\nWITHDRAW is not recommended")
                .contains("fails status == TieStatus.SEVERED (status is ACTIVE)  [ties.drl:23]");
        assertThat(new ObjectMapper().readTree(json.out()).get("summary").asText())
                .isEqualTo("condition ties-cut is NOT_MET, not MET: 1 rule could assess it MET, and it did not fire");
    }

    @Test
    void whyNotAnUnknownTargetIsAUsageErrorListingTheChoices() {
        Run run = accord("why-not", "LEAVE");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown target 'LEAVE': expected an action (WITHDRAW, STAY, REVIEW)");
    }
}
