package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field a fact leaves out is not stated: a boxed number or Boolean reads as null, as the docs
 * say, not as the 0 or false Drools' generated classes start with. A default written in the DRL
 * still applies, and a primitive field still reads 0. Before, a ceiling rule
 * {@code actual != null, actual <= target} judged a left-out actual as 0 and MET.
 */
class LeftOutFieldsTest {

    @TempDir
    Path dir;

    private static final String DRL = """
            package t;
            import dev.accord.vocabulary.*;
            declare Criterion
                id : String
                actual : Double
                target : Double
                count : Integer
                waived : Boolean
                margin : Double = 2.5
                tries : int
                source : String
            end
            rule "ceiling observed"
            when Criterion( actual != null, actual <= target ) then insertLogical( new Assessment("c1", Status.MET) ); end
            rule "ceiling breached"
            when Criterion( actual != null, actual > target ) then insertLogical( new Assessment("c1", Status.NOT_MET) ); end
            rule "no figure" @explain("{$c.id} states no actual ({$c.actual}) against a target of {$c.target}, per {$c.source}")
            when $c : Criterion( actual == null ) then insertLogical( new Assessment("c1", Status.UNKNOWN) ); end
            rule "total" @explain("the targets add up to {$sum}")
            when $sum : Number( doubleValue > 0 ) from accumulate( Criterion( $t : target ), sum( $t ) )
            then insertLogical( new Assessment("c2", Status.MET) ); end
            """;

    private RulePack pack() {
        return TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", DRL));
    }

    private static Object field(Decision d, String name) throws Exception {
        Object criterion = d.workingMemory().stream().filter(o -> o.getClass().getSimpleName().equals("Criterion"))
                .findFirst().orElseThrow();
        return criterion.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .invoke(criterion);
    }

    @Test
    void aLeftOutNumberIsNotStatedSoTheCeilingIsNotJudged() throws Exception {
        Decision d = pack().evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Criterion, id: x, target: 100.5 } ]"));

        assertThat(d.condition("c1").orElseThrow().statusLabel()).isEqualTo("UNKNOWN");
        assertThat(field(d, "actual")).isNull();
        assertThat(field(d, "count")).isNull();
        assertThat(field(d, "waived")).isNull();
        assertThat(field(d, "margin")).isEqualTo(2.5);
        assertThat(field(d, "tries")).isEqualTo(0);
    }

    @Test
    void anExplanationSaysALeftOutValueIsNotStatedAndRoundsArithmeticNoise() {
        Decision d = pack().evaluate(TestPacks.facts("f.yaml",
                "facts: [ { type: Criterion, id: x, target: 0.1 }, { type: Criterion, id: y, actual: 1, target: 0.2 } ]"));

        String text = d.render(dev.accord.explain.Format.TEXT);
        assertThat(text).contains("x states no actual (not stated) against a target of 0.1, per not stated")
                .contains("the targets add up to 0.3").doesNotContain("null").doesNotContain("0.30000000000000004");
    }

    @Test
    void aStatedZeroIsStillZero() throws Exception {
        Decision d = pack().evaluate(TestPacks.facts("f.yaml",
                "facts: [ { type: Criterion, id: x, actual: 0, target: 100.5, count: 0, waived: false } ]"));

        assertThat(d.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(field(d, "count")).isEqualTo(0);
        assertThat(field(d, "waived")).isEqualTo(false);
    }

    @Test
    void aColumnACsvFileLeavesOutIsNotStatedEither() throws Exception {
        Files.writeString(dir.resolve("criteria.csv"), "id,target\nx,100.5\n");
        Path facts = Files.writeString(dir.resolve("f.yaml"), """
                facts: []
                include:
                  - { csv: criteria.csv, type: Criterion }
                """);

        Decision d = pack().evaluate(FactSet.load(facts));

        assertThat(d.condition("c1").orElseThrow().statusLabel()).isEqualTo("UNKNOWN");
        assertThat(field(d, "actual")).isNull();
        assertThat(field(d, "margin")).isEqualTo(2.5);
    }
}
