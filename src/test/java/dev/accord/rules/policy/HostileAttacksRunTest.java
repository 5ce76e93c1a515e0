package dev.accord.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of the hostile corpus that once passed the strict policy, each with a harmless
 * payload: under plain Drools (the trusted policy) the payload runs, which shows the attack is
 * real; strict refuses the same pack before anything of it is compiled.
 */
class HostileAttacksRunTest {

    private static final String PROPERTY = "accord.hostile";
    private static final String FACTS = """
            facts:
              - { type: Item, id: i1, name: x }
            """;

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aTypeDeclaredAsSystemIsJavaLangSystem() {
        String drl = """
                package hostile;
                declare Item
                    name : String
                end
                declare System end
                rule "Hostile"
                when
                    $i : Item()
                then
                    System.setProperty("accord.hostile", "ran");
                end
                """;

        assertRunsTrustedAndStrictRefuses(drl, "rules.drl:5:1");

        assertThat(System.getProperty(PROPERTY)).isEqualTo("ran");
    }

    @Test
    void aTypeDeclaredAsProcessBuilderStartsAProcess() {
        Path made = dir.resolve("made-by-the-rule");
        String drl = """
                package hostile;
                declare Item
                    name : String
                end
                declare ProcessBuilder end
                rule "Hostile"
                when
                    $i : Item()
                then
                    new ProcessBuilder("touch", "%s").start().waitFor();
                end
                """.formatted(made);

        assertRunsTrustedAndStrictRefuses(drl, "rules.drl:5:1");

        assertThat(made).exists();
    }

    @Test
    void escapedQuoteAndBackslashHideCodeInAStringFromAJavacReading() {
        String drl = """
                package hostile;
                declare Item
                    name : String
                end
                rule "Hostile"
                when
                    $i : Item( name == "\\u005C" + java.lang.System.getProperties().put(4242, 4242) + " + \\u0022" )
                then
                end
                """;

        assertRunsTrustedAndStrictRefuses(drl, "rules.drl:7:25");

        // no quotes in the payload: a javac-style reading then sees one string where MVEL runs a call
        assertThat(System.getProperties().remove(4242)).isEqualTo(4242);
    }

    private void assertRunsTrustedAndStrictRefuses(String drl, String refusedAt) {
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", drl));

        InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack));
        assertThat(refused).as("strict refuses").isNotNull();
        assertThat(refused.diagnostics()).extracting(d -> d.location().toString()).contains(refusedAt);
        assertThat(System.getProperty(PROPERTY)).as("strict ran nothing").isNull();
        assertThat(System.getProperties().get(4242)).as("strict ran nothing").isNull();
        assertThat(Files.exists(dir.resolve("made-by-the-rule"))).as("strict ran nothing").isFalse();

        RulePack.load(pack, RulePolicy.trusted()).evaluate(TestPacks.facts("f.yaml", FACTS));
    }
}
