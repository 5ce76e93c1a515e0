package dev.accord.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attack of the hostile corpus really runs under plain Drools (the trusted policy): loaded and
 * evaluated under {@link HarmRecorder}, it must leave the evidence its header names, as
 * {@code // harm: <regular expression>} over the permissions the JVM checked (the harmful call
 * itself, stopped at its last step) and the lines {@code c1 <status>} of the decision (an action
 * that went on past its attack to assess c1). HostileRulesTest shows strict refuses the same files
 * before anything of them is compiled.
 */
class HostileCorpusRunsTest {

    private static final Pattern HARM = Pattern.compile("^// harm: (.+)$", Pattern.MULTILINE);
    private static final String FACTS = """
            facts:
              - { type: Item, id: i1, name: x }
            """;

    @TempDir
    Path dir;

    /** Compiles and runs a harmless pack first, so the compiler's one-time set-up runs unwatched. */
    @BeforeAll
    static void warmUp(@TempDir Path warm) {
        Path pack = TestPacks.write(warm.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", """
                package warm;
                declare Item
                    name : String
                end
                rule "Harmless" when $i : Item() then end
                """));
        RulePack.load(pack, RulePolicy.trusted()).evaluate(TestPacks.facts("f.yaml", FACTS));
    }

    @AfterEach
    void forgetWhatAttacksSet() {
        System.clearProperty("accord.hostile");
        System.getProperties().remove(4242);
    }

    static Stream<String> attacks() throws Exception {
        return HostileRulesTest.corpus().filter(n -> isAttack(HostileRulesTest.read(n)));
    }

    /**
     * Files that do not compile under plain Drools ("trusted: skip") and refusals that harden the
     * policy without being an attack by themselves ("hardening": a global's type, a timer) are
     * checked by HostileRulesTest only.
     */
    private static boolean isAttack(String drl) {
        return !drl.contains("// trusted: skip") && !drl.contains("\n// hardening:");
    }

    @Test
    void atLeastAHundredAttacksRunUnderPlainDrools() throws Exception {
        assertThat(attacks().count()).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachAttackDoesItsHarmUnderTheTrustedPolicy(String name) {
        String drl = HostileRulesTest.read(name);
        Matcher harm = HARM.matcher(drl);
        assertThat(harm.find()).as("%s names its evidence in a '// harm:' line", name).isTrue();
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", drl));

        List<String> evidence = HarmRecorder.record(() -> {
            Decision decision = RulePack.load(pack, RulePolicy.trusted()).evaluate(TestPacks.facts("f.yaml", FACTS));
            return decision.condition("c1").map(c -> List.of("c1 " + c.statusLabel())).orElse(List.of());
        });

        Pattern expected = Pattern.compile(harm.group(1).strip());
        assertThat(evidence).as("evidence of %s", name).anySatisfy(line -> assertThat(line).containsPattern(expected));
    }
}
