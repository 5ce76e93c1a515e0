package dev.accord.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.InvalidRulesException;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling is given a time limit: a pack that takes longer is refused as a whole, and the
 * process goes on loading other packs. (The test timeouts guard against a hang.)
 */
@Timeout(60)
class CompileTimeoutTest {

    @TempDir
    Path dir;

    /** Many rules with joins: compiling them takes seconds (about 1s warm, more on a cold JVM). */
    static String generatedPack(int rules) {
        StringBuilder drl = new StringBuilder("""
                package big;
                import dev.accord.vocabulary.Assessment;
                import dev.accord.vocabulary.Status;
                declare Item
                    id : String
                    n : int
                end
                """);
        for (int i = 0; i < rules; i++) {
            drl.append("rule \"r").append(i).append("\"\nwhen\n")
                    .append("    $a : Item( n > ").append(i).append(" )\n")
                    .append("    $b : Item( id != $a.id, n < $a.n + ").append(i).append(" )\n")
                    .append("    not Item( id == $b.id, n == ").append(i).append(" )\n")
                    .append("then\n    insertLogical(new Assessment(\"c").append(i).append("\", Status.MET));\nend\n");
        }
        return drl.toString();
    }

    @Test
    void aHugePackIsRefusedAtTheCompileLimitAndOtherPacksStillLoad() {
        Path big = TestPacks.write(dir.resolve("big"), TestPacks.SIMPLE_MANIFEST, Map.of("big.drl", generatedPack(150)));

        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class,
                () -> RulePack.load(big, LoadOptions.defaults().withCompileTimeout(Duration.ofMillis(100))));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("compiling the pack took longer than the limit of 100ms; nothing of it is used");
            assertThat(e.located().get(0).location().file()).isEqualTo(big.toString());
        });
        RulePack small = TestPacks.load(dir.resolve("small"), TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package small;
                rule "Nothing" when then end
                """));
        assertThat(small.ruleCount()).isEqualTo(1);
    }

    @Test
    void aTrustedPackWhoseAnnotationSleepsWhileCompilingIsCutOff() {
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("slow.drl", """
                package slow;
                rule "Compiles forever"
                    @pause( java.lang.Thread.sleep(600000) )
                when
                then
                end
                """));

        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack,
                LoadOptions.defaults().withPolicy(RulePolicy.trusted()).withCompileTimeout(Duration.ofMillis(300))));

        assertThat(e.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("compiling the pack took longer than the limit of 300ms"));
    }
}
