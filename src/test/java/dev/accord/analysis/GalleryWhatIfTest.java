package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if on the construct gallery: rows of a CSV include are facts like the others, and changes come from the blocking constraint. */
class GalleryWhatIfTest {

    private static final Path PACK = Path.of("src/test/resources/packs/gallery");
    private static RulePack pack;
    private static FactSet blocks;

    @BeforeAll
    static void load() {
        pack = RulePack.load(PACK);
        blocks = FactSet.load(PACK.resolve("blocks.yaml"));
    }

    @Test
    void aRowOfACsvIncludeCanBeEditedAndRemoved() {
        FactEdit raise = new FactEdit.SetField("r-feb", "amount", 300);
        Decision raised = pack.evaluate(blocks.with(List.of(raise)));
        assertThat(raised.condition("grade").orElseThrow().status()).isEqualTo(dev.accord.ConditionStatus.MET);
        assertThat(raise.describe(blocks)).isEqualTo("Revenue r-feb: amount 90.25 → 300");

        FactEdit remove = new FactEdit.RemoveFact("r-jan");
        FactSet without = blocks.with(List.of(remove));
        assertThat(Internals.factSets().fact(without, "r-jan")).isEmpty();
        assertThat(Internals.factSets().fact(without, "r-feb")).isPresent();
        assertThat(remove.describe(blocks)).isEqualTo("remove Revenue r-jan");
    }

    @Test
    void theSearchEditsCsvRowsWithAValueDrawnFromTheConstraintThatBlocks() {
        var result = Counterfactuals.search(pack, blocks, new Counterfactuals.Options("PROCEED", 1, 5_000));

        // "The grade is high" needs Revenue( amount > 250 ): 251 crosses it
        assertThat(result.changeSets()).isNotEmpty();
        assertThat(result.changeSets().get(0).described()).containsExactly("Revenue r-feb: amount 90.25 → 251");
    }

    @Test
    void aNumberInsideArithmeticIsNotOfferedAsAThresholdForOtherFields(@TempDir Path dir) {
        RulePack arithmetic = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package test;
                import dev.accord.vocabulary.Assessment;
                import dev.accord.vocabulary.Status;
                declare Outturn
                    id : String
                    actual : int
                    planned : int
                end
                rule "Within plan"
                when
                    Outturn( actual <= planned )
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end
                rule "Counted from ten"
                when
                    Outturn( planned == 10 + 1 )
                then
                    insertLogical( new Assessment("c2", Status.MET) );
                end
                """));
        FactSet facts = TestPacks.facts("t.yaml", """
                facts:
                  - { type: Outturn, id: o1, actual: 2105, planned: 2000 }
                """);

        List<FactEdit> edits = CandidateEdits.of(arithmetic, facts);

        assertThat(edits).filteredOn(e -> e instanceof FactEdit.SetField s && s.field().equals("actual"))
                .extracting(e -> ((FactEdit.SetField) e).value())
                .doesNotContain(9L, 10L, 11L, 12L, new BigDecimal("11"));
    }
}
