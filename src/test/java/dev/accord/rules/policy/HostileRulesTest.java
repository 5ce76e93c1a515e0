package dev.accord.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in src/test/resources/hostile: each file tries one way out of the rules. The strict
 * policy must refuse each on exactly the lines marked "// REFUSED", before compiling anything;
 * the same file must compile under the trusted policy (unless its header says why not), which
 * shows that the refusal, not a compile error, is what stops it.
 */
class HostileRulesTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    /** Some attacks run while Drools compiles them (a query's argument, an annotation): what they set goes. */
    @org.junit.jupiter.api.AfterEach
    void forgetWhatAttacksSet() {
        System.clearProperty("accord.hostile");
        System.clearProperty("accord.hostile.annotation");
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastFortyFiles() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void strictRefusesEachHostileFileOnItsMarkedLines(String name) {
        String drl = read(name);
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", drl));

        InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack));

        assertThat(refused).as("strict must refuse %s", name).isNotNull();
        Set<Integer> lines = refused.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location().line()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(lines).as("refused lines of %s: %s", name, refused.diagnostics()).isEqualTo(markedLines(drl));
        assertThat(refused.diagnostics()).allSatisfy(d -> assertThat(d.location().file()).isEqualTo("rules.drl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void trustedCompilesEachHostileFileSoTheRefusalIsThePolicys(String name) {
        String drl = read(name);
        org.junit.jupiter.api.Assumptions.assumeFalse(drl.contains("// trusted: skip"), "marked as not compiling under trusted");
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", drl));

        RulePack loaded = RulePack.load(pack, RulePolicy.trusted());

        assertThat(loaded.ruleCount()).isPositive();
    }

    static Set<Integer> markedLines(String drl) {
        String[] lines = drl.split("\n", -1);
        return IntStream.range(0, lines.length).filter(i -> lines[i].contains("// REFUSED")).mapToObj(i -> i + 1)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String read(String name) {
        try {
            return Files.readString(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
