package dev.accord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.accord.AccordException;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.rules.FuzzRulesHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once crashed or hung a reader, replayed as ordinary tests: each must now end in a
 * diagnostic (or succeed), through the same path a user's input takes. The folder under
 * src/test/resources/fuzz-regressions/ says what the input is: facts, drl or manifest.
 */
@Timeout(60)
class FuzzRegressionTest {

    static final Path DIR = Path.of("src/test/resources/fuzz-regressions");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(Files::isRegularFile).map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void endsInADiagnosticNotACrash(String input, @TempDir Path dir) throws IOException {
        Path file = DIR.resolve(input);
        String text = Files.readString(file);
        String kind = input.substring(0, input.indexOf('/'));

        Throwable thrown = catchThrowable(() -> {
            switch (kind) {
                case "facts" -> TestPacks.nato().evaluate(FactSet.load(file),
                        EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(20)));
                case "drl" -> {
                    FuzzRulesHarness.parseAndCheck(file.getFileName().toString(), text);
                    RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("fuzz.drl", text)));
                }
                case "manifest" -> RulePack.load(TestPacks.write(dir, text, Map.of("r.drl", "package p;\n")));
                default -> throw new IllegalArgumentException("unknown kind of input: " + kind);
            }
        });

        if (thrown != null) {
            assertThat(thrown).as("%s must end in a diagnostic", input).isInstanceOf(AccordException.class);
            assertThat(((AccordException) thrown).diagnostics()).isNotEmpty();
        }
    }
}
