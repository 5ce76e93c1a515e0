package dev.accord.rules;

import dev.accord.Action;
import dev.accord.Condition;
import static dev.accord.TestPacks.SIMPLE_MANIFEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoadingTest {

    private static final String TYPES = """
            package test;
            declare Item
                id : String
                size : int
            end
            """;

    private static List<Diagnostic> errorsOf(Path dir, String manifest, Map<String, String> files) {
        try {
            TestPacks.load(dir, manifest, files);
        } catch (InvalidRulesException e) {
            assertThat(e.base()).contains(dir);
            return e.diagnostics();
        }
        throw new AssertionError("expected the pack to be refused");
    }

    @Test
    void loadsManifestRulesAndWhereEachRuleIsWritten(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", """
                package test;
                import dev.accord.vocabulary.*;

                rule "Go when big"
                    @explain("{$item.id} is big")
                when
                    $item : Item( size > 10 )
                then
                    insertLogical( new Recommendation("GO", "") );
                end
                """));

        assertThat(pack.name()).isEqualTo("simple");
        assertThat(pack.conditions()).extracting(Condition::id).containsExactly("c1", "c2");
        assertThat(pack.actions()).extracting(Action::id, Action::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GO", "go ahead"),
                        org.assertj.core.groups.Tuple.tuple("WAIT", "WAIT"));
        assertThat(pack.ruleCount()).isEqualTo(1);
    }

    @Test
    void aMisspeltFieldIsReportedAtTheMisspellingNotAtTheRule(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", """
                package test;
                import dev.accord.vocabulary.*;

                rule "Go when big"
                when
                    $item : Item( id != null,
                                  sise > 10 )
                then
                    insertLogical( new Recommendation("GO", "") );
                end
                """));

        assertThat(errors).singleElement().hasToString("go.drl:7:19: error: Item has no field 'sise' in 'sise > 10'");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "go.drl", """
                package test;

                rule "Broken"
                when
                    Item( size > )
                then
                end
                """));

        assertThat(errors).isNotEmpty().allSatisfy(d -> {
            assertThat(d.location().file()).isEqualTo("go.drl");
            assertThat(d.location().line()).isEqualTo(5);
            assertThat(d.location().column()).isPositive();
        });
    }

    @Test
    void errorsInSeveralFilesAreAllReportedInFileOrder(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES,
                "a.drl", "package test;\nrule \"A\" when\n  Item( colour == 1 )\nthen end\n",
                "b.drl", "package test;\nrule \"B\" when\n  Item( weight == 1 )\nthen end\n"));

        assertThat(errors).extracting(d -> d.location().file() + ":" + d.location().line())
                .containsExactly("a.drl:3", "b.drl:3");
    }

    @Test
    void anUnknownTypeInAPatternIsLocated(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, SIMPLE_MANIFEST, Map.of("go.drl",
                "package test;\n\nrule \"A\"\nwhen\n    Widget( size > 1 )\nthen\nend\n"));

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("go.drl", 5, 5));
            assertThat(d.message()).contains("Widget");
        });
    }

    @Test
    void aMisspeltFieldInsideAnAccumulateIsLocatedToo(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "sum.drl", """
                package test;

                rule "Big total"
                when
                    $item : Item()
                    $n : Number( intValue > $item.sise ) from accumulate( Item( $s : size ), sum( $s ) )
                then
                end
                """));

        assertThat(errors).isNotEmpty().allSatisfy(d -> {
            assertThat(d.location().file()).isEqualTo("sum.drl");
            assertThat(d.location().line()).isEqualTo(6);
            assertThat(d.location().column()).isPositive();
        });
    }

    @Test
    void aMissingManifestIsExplained(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, null, Map.of("types.drl", TYPES));

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("pack.yaml");
            assertThat(d.message()).contains("a rule pack needs a pack.yaml");
        });
    }

    @Test
    void aPackWithoutRulesIsRefused(@TempDir Path dir) {
        assertThat(errorsOf(dir, SIMPLE_MANIFEST, Map.of())).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("the pack has no .drl files"));
    }

    @Test
    void aMissingFolderIsReportedByItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> RulePack.load(missing)).isInstanceOf(InvalidRulesException.class)
                .satisfies(e -> assertThat(((InvalidRulesException) e).located()).singleElement()
                        .hasToString(missing + ": error: no such rule pack folder"));
    }

    @Test
    void manifestMistakesAreLocatedInPackYaml(@TempDir Path dir) {
        List<Diagnostic> errors = errorsOf(dir, """
                name: broken
                conditions:
                  - { id: c1, title: One, source: nowhere }
                  - { id: c1, title: Again }
                actions:
                  - { id: GO, colour: green }
                """, Map.of("types.drl", TYPES));

        assertThat(errors).extracting(Diagnostic::toString).containsExactly(
                "pack.yaml:3:35: error: unknown source 'nowhere'; pack.yaml defines no sources",
                "pack.yaml:4:5: error: duplicate condition 'c1' (first given at line 3)",
                "pack.yaml:6:15: error: action #1: unknown key 'colour'; expected one of id, title");
    }

    @Test
    void diagnosticsCanBeShownAsPathsFromTheWorkingDirectory(@TempDir Path dir) {
        try {
            TestPacks.load(dir, SIMPLE_MANIFEST, Map.of("types.drl", TYPES, "x.drl",
                    "package test;\nrule \"A\" when\n  Item( colour == 1 )\nthen end\n"));
        } catch (InvalidRulesException e) {
            assertThat(e.located()).singleElement().satisfies(d ->
                    assertThat(d.location().file()).isEqualTo(dir.resolve("x.drl").toString()));
            return;
        }
        throw new AssertionError("expected the pack to be refused");
    }

    @Test
    void aDrlFileOrPackYamlWithOtherNamesIsRefusedWithoutQuotingIt(@TempDir Path dir) throws Exception {
        Path elsewhere = java.nio.file.Files.createDirectory(dir.resolve("elsewhere"));
        Path secret = java.nio.file.Files.writeString(elsewhere.resolve("secret"), "the-secret-line\n");
        Path manifest = java.nio.file.Files.writeString(elsewhere.resolve("manifest"), SIMPLE_MANIFEST);
        Path pack = TestPacks.write(dir.resolve("pack"), null, Map.of());
        java.nio.file.Files.createLink(pack.resolve("rules.drl"), secret);
        java.nio.file.Files.createLink(pack.resolve("pack.yaml"), manifest);

        assertThatThrownBy(() -> RulePack.load(pack)).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                    "pack.yaml: error: has other names (hard links); a rule pack's file must be a file of its own:"
                            + " copy it into the folder instead",
                    "rules.drl: error: has other names (hard links); a rule pack's file must be a file of its own:"
                            + " copy it into the folder instead");
            assertThat(e.getMessage()).doesNotContain("the-secret-line");
        });
    }
}
