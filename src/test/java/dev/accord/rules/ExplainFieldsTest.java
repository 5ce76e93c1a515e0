package dev.accord.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Decision;
import dev.accord.InvalidRulesException;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@code @explain} sentence reads fields and a few accessors, never any public method by reflection. */
class ExplainFieldsTest {

    @TempDir
    Path dir;

    private static final String FACTS = """
            facts:
              - { type: Item, id: i1, name: widget }
            """;

    private static String drl(String explain) {
        return """
                package p;
                import dev.accord.vocabulary.Assessment;
                import dev.accord.vocabulary.Status;
                declare Item
                    name : String
                end
                rule "Explains"
                    @explain("%s")
                when
                    $t : Item()
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end
                """.formatted(explain);
    }

    @Test
    void aPlaceholderReadingAnythingButAFieldIsRefusedAtLoadWithItsLocation() {
        Path pack = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST,
                Map.of("r.drl", drl("{$t.name} {$t.class.classLoader} {$t.class.newInstance}")));

        for (RulePolicy policy : new RulePolicy[] {RulePolicy.strict(), RulePolicy.trusted()}) {
            InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.load(pack, policy));

            assertThat(refused).as("refused under %s", policy).isNotNull();
            assertThat(refused.diagnostics()).extracting(d -> d.location().toString())
                    .containsExactly("r.drl:8:25", "r.drl:8:48");
            assertThat(refused.diagnostics().get(0).message()).contains("{$t.class.classLoader}", "'class'", "doubleValue, empty, intValue, length");
        }
    }

    @Test
    void fieldsAndAllowedAccessorsStillFillTheSentence() {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST,
                Map.of("r.drl", drl("{$t.name} has {$t.name.length} letters"))));

        Decision decision = pack.evaluate(TestPacks.facts("f.yaml", FACTS));

        assertThat(dev.accord.explain.Format.TEXT.render(decision)).contains("widget has 6 letters");
    }
}
