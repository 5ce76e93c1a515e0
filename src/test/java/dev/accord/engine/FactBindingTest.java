package dev.accord.engine;

import static dev.accord.TestPacks.SIMPLE_MANIFEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.InvalidFactsException;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding fact-set values to the pack's declared types and imported Java classes. */
public class FactBindingTest {

    @TempDir
    static Path dir;
    private static RulePack pack;

    /** An imported Java class, as a pack might use for its own facts. */
    public static final class Reading {
        private String id;
        private long count;

        public void setId(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public void setCount(long count) {
            this.count = count;
        }

        public long getCount() {
            return count;
        }
    }

    @BeforeAll
    static void compile() {
        // A pack that imports the host's own Java class: the host widens the policy for it.
        pack = RulePack.load(TestPacks.write(dir, SIMPLE_MANIFEST, Map.of("types.drl", """
                package test;
                import dev.accord.engine.FactBindingTest.Reading;
                import dev.accord.vocabulary.*;

                declare enum Level LOW, HIGH; end

                declare Item
                    id : String
                    source : String
                    size : int
                    weight : double
                    exact : java.math.BigDecimal
                    since : java.time.LocalDate
                    flag : boolean
                    level : Level
                    tags : java.util.List
                end

                rule "Assess every big item"
                    @explain("{$item.id} weighs {$item.weight} and is {$item.level}")
                when
                    $item : Item( size > 10, flag, level == Level.HIGH, since != null, tags.size() == 2 )
                    $reading : Reading( count == 7 )
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end
                """)), RulePolicy.strict().allowClass(Reading.class.getCanonicalName()));
    }

    private static List<Diagnostic> errorsOf(String yaml) {
        try {
            pack.evaluate(TestPacks.facts("f.yaml", yaml));
        } catch (InvalidFactsException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected the facts to be refused");
    }

    @Test
    void convertsEveryKindOfValueAndFillsIdAndSourceFields() {
        Decision d = pack.evaluate(TestPacks.facts("f.yaml", """
                sources: { r: { title: A report } }
                facts:
                  - type: Item
                    id: big-one
                    source: r
                    size: 12
                    weight: 2.5
                    exact: 0.1
                    since: 2021-02-15
                    flag: true
                    level: HIGH
                    tags: [a, b]
                  - { type: Reading, id: r1, count: 7 }
                """));

        assertThat(d.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
        var justification = d.condition("c1").orElseThrow().assessments().get(0).derivation().justifications().get(0);
        assertThat(justification.sentence()).isEqualTo("big-one weighs 2.5 and is HIGH");
        assertThat(justification.bindings()).containsEntry("$item", "big-one").containsEntry("$reading", "r1");
    }

    @Test
    void aTextWhereANumberBelongsNamesFactFieldAndExpectation() {
        assertThat(errorsOf("facts:\n  - { type: Item, id: x, size: many }\n")).singleElement()
                .hasToString("f.yaml:2:32: error: fact 'x': Item.size: expected a whole number, got 'many'");
    }

    @Test
    void aDecimalDoesNotSilentlyFillAWholeNumberField() {
        assertThat(errorsOf("facts:\n  - { type: Item, size: 2.5 }\n")).singleElement()
                .hasToString("f.yaml:2:25: error: fact #1 (Item): Item.size: expected a whole number, got the number 2.5");
    }

    @Test
    void anUnknownFieldListsTheFieldsTheTypeHas() {
        assertThat(errorsOf("facts:\n  - type: Item\n    sise: 3\n")).singleElement()
                .hasToString("f.yaml:3:5: error: fact #1 (Item): Item has no field 'sise'; its fields are "
                        + "exact, flag, id, level, since, size, source, tags, weight");
    }

    @Test
    void anEnumValueMustBeOneOfItsConstants() {
        assertThat(errorsOf("facts:\n  - { type: Item, level: high }\n")).singleElement()
                .hasToString("f.yaml:2:26: error: fact #1 (Item): Item.level: expected one of LOW, HIGH, got 'high'");
    }

    @Test
    void anUnknownTypeListsTheTypesFactSetsCanUse() {
        assertThat(errorsOf("facts:\n  - { type: Itme }\n")).singleElement()
                .hasToString("f.yaml:2:5: error: fact #1 (Itme): unknown type 'Itme'; the pack declares Item, Reading");
    }

    @Test
    void datesBooleansAndNullsAreChecked() {
        assertThat(errorsOf("""
                facts:
                  - { type: Item, since: 15/02/2021 }
                  - { type: Item, flag: yes please }
                  - { type: Item, size: null }
                """)).extracting(Diagnostic::toString).containsExactly(
                "f.yaml:2:26: error: fact #1 (Item): Item.since: expected a date (YYYY-MM-DD), got '15/02/2021'",
                "f.yaml:3:25: error: fact #2 (Item): Item.flag: expected true or false, got 'yes please'",
                "f.yaml:4:25: error: fact #3 (Item): Item.size: expected a whole number; a int field cannot be null");
    }

    @Test
    void valueTypesOfTheVocabularyAreNotFactTypes() {
        assertThatThrownBy(() -> pack.evaluate(TestPacks.facts("f.yaml", "facts:\n  - { type: Assessment }\n")))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("unknown type 'Assessment'");
    }
}
