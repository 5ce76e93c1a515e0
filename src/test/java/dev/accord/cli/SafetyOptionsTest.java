package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.Map;
import dev.accord.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The options that switch the rule policy off and set the limits, as a user runs them. */
@Timeout(60)
class SafetyOptionsTest {

    @TempDir
    Path dir;

    private Path facts(String yaml) {
        return TestPacks.write(dir.resolve("facts"), null, Map.of("f.yaml", yaml)).resolve("f.yaml");
    }

    @Test
    void strictRefusesAPackThatLogsAndTrustRulesRunsIt() {
        Path pack = TestPacks.write(dir.resolve("logging"), TestPacks.SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));
        Path facts = facts("facts: []\n");

        Run strict = accord("evaluate", "--rules", pack.toString(), facts.toString());
        Run trusted = accord("evaluate", "--trust-rules", "--rules", pack.toString(), facts.toString());

        assertThat(strict.code()).isEqualTo(ExitCode.INVALID_RULES);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).startsWith(pack.resolve("log.drl") + ":4:1: error: import java.util.logging.Logger:"
                + " java.util.logging.Logger is not allowed by the rule policy\n");
        assertThat(trusted.code()).isEqualTo(ExitCode.OK);
        assertThat(trusted.out()).contains("MET").contains("c1");
    }

    @Test
    void everyCommandThatLoadsAPackTakesTheSamePolicyOption() {
        Path pack = TestPacks.write(dir.resolve("logging-all"), TestPacks.SIMPLE_MANIFEST, Map.of("log.drl", TestPacks.LOGGING));

        assertThat(accord("check", "--rules", pack.toString()).code()).isEqualTo(ExitCode.INVALID_RULES);
        assertThat(accord("check", "--rules", pack.toString(), "--trust-rules").code()).isEqualTo(ExitCode.OK);
        assertThat(accord("test", "--rules", pack.toString(), "--trust-rules", pack.toString()).code())
                .as("no scenarios is not success").isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(accord("test", "--rules", pack.toString(), pack.toString()).code()).isEqualTo(ExitCode.INVALID_RULES);
        Path facts = dir.resolve("empty.yaml");
        writeString(facts, "facts: []\n");
        String[] timeline = {"timeline", "--rules", pack.toString(), facts.toString(), "--from", "2021-01-01", "--to", "2021-03-01"};
        assertThat(accord(timeline).code()).isEqualTo(ExitCode.INVALID_RULES);
        String[] trusted = java.util.stream.Stream.concat(java.util.Arrays.stream(timeline), java.util.stream.Stream.of("--trust-rules"))
                .toArray(String[]::new);
        assertThat(accord(trusted).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void maxFiringsStopsALoopEarlier() {
        Path pack = TestPacks.write(dir.resolve("loop"), TestPacks.SIMPLE_MANIFEST, Map.of("loop.drl", TestPacks.LOOPING));

        Run run = accord("evaluate", "--max-firings", "250", "--rules", pack.toString(),
                facts("facts:\n  - { type: Counter, n: 0 }\n").toString());

        assertThat(run.code()).isEqualTo(ExitCode.EVALUATION_FAILED);
        assertThat(run.err()).startsWith(pack.resolve("loop.drl") + ":5:1: error: stopped after 250 rule firings (the firing limit);"
                + " the rules probably loop. Fired most: \"Count forever\" (251 times)");
    }

    @Test
    void compileTimeoutRefusesAPackThatCompilesForever() {
        Path pack = TestPacks.write(dir.resolve("slow"), TestPacks.SIMPLE_MANIFEST, Map.of("slow.drl", """
                package slow;
                rule "Compiles forever"
                    @pause( java.lang.Thread.sleep(600000) )
                when
                then
                end
                """));

        Run run = accord("evaluate", "--trust-rules", "--compile-timeout", "200ms", "--rules", pack.toString(),
                facts("facts: []\n").toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_RULES);
        assertThat(run.err()).isEqualTo(pack + ": error: compiling the pack took longer than the limit of 200ms;"
                + " nothing of it is used (raise the limit if the pack is simply large)\n");
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertThat(accord("evaluate", "--timeout", "soon").code()).isEqualTo(ExitCode.USAGE);
        assertThat(accord("evaluate", "--timeout", "0s").code()).isEqualTo(ExitCode.USAGE);
        assertThat(accord("evaluate", "--max-firings", "0").code()).isEqualTo(ExitCode.USAGE);
    }

    private static void writeString(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
