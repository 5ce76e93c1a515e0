package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accumulate function imported into a pack ({@code import accumulate ... tally}): the "because"
 * tree gives its value (from the engine) and the facts it took, and why-not computes its value
 * over the facts with the function's own class, as for a built-in one, and names the constraint
 * on it that fails.
 */
class CustomAccumulateFunctionTest {

    private static final String DRL = """
            package test;
            import accumulate org.drools.core.base.accumulators.CountAccumulateFunction tally;
            import dev.accord.vocabulary.Assessment;
            import dev.accord.vocabulary.Status;
            declare Item
                id : String
            end
            rule "Some items"
            when
                accumulate( Item(); $n : tally( 1 ); $n >= 1 )
            then
                insertLogical( new Assessment("c1", Status.MET) );
            end
            rule "Many items"
            when
                accumulate( Item(); $n : tally( 1 ); $n >= 10 )
            then
                insertLogical( new Assessment("c2", Status.MET) );
            end
            """;

    @Test
    void anImportedFunctionGivesItsValueAndFactsInBecauseAndInWhyNot(@TempDir Path dir) {
        Path packDir = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", DRL));
        RulePack pack = RulePack.load(packDir, RulePolicy.trusted());
        Decision d = pack.evaluate(TestPacks.facts("f.yaml", """
                facts:
                  - { type: Item, id: i1 }
                  - { type: Item, id: i2 }
                """));

        List<Evidence> premises = d.condition("c1").orElseThrow().assessments().get(0).derivation().justifications().get(0)
                .premises();
        assertThat(premises.get(0)).isInstanceOfSatisfying(Aggregate.class, a -> {
            assertThat(a.text()).isEqualTo("tally( 1 ) over an Item");
            assertThat(a.value()).isEqualTo("2");
            assertThat(a.inputs()).extracting(e -> ((InputFact) e).fact().id()).containsExactly("i1", "i2");
        });

        String whyNot = WhyNotTextRenderer.render(d.whyNot("Many items"));
        assertThat(whyNot).contains("it needs $n : tally( 1 ) over an Item, where $n >= 10  [r.drl:16]")
                .contains("nearest: tally( 1 ) is 2, over i1, i2")
                .contains("fails $n >= 10 ($n is 2)")
                .doesNotContain("does not recompute");
    }
}
