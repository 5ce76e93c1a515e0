package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.Location;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactSetReaderTest {

    private static final String VALID = """
            title: Test set
            asOf: 2021-02-15
            sources:
              report: { title: A report, publisher: UN, published: 2020-05-27 }
            facts:
              - type: Tie
                id: a-b
                from: a
                status: ACTIVE
                source: report
              - { type: Actor, name: nobody }
            expect:
              recommendation: STAY
              assessments: { ties-cut: NOT_MET }
            """;

    private static List<Diagnostic> errorsOf(String text, String name) {
        try {
            FactSet.parse(text, name);
        } catch (InvalidFactsException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected the fact set to be refused");
    }

    @Test
    void readsFactsWithTheirLocationsSourcesAndExpectations() {
        FactSet set = FactSet.parse(VALID, "set.yaml");

        assertThat(set.asOf()).contains(LocalDate.of(2021, 2, 15));
        assertThat(set.title()).contains("Test set");
        assertThat(Internals.factSets().facts(set)).hasSize(2);
        Fact tie = Internals.factSets().facts(set).get(0);
        assertThat(tie.type()).isEqualTo("Tie");
        assertThat(tie.id()).isEqualTo("a-b");
        assertThat(tie.source()).isEqualTo("report");
        assertThat(tie.location()).isEqualTo(new Location("set.yaml", 6, 5));
        assertThat(tie.fields()).containsOnlyKeys("from", "status");
        assertThat(tie.fields().get("status").keyLocation()).isEqualTo(new Location("set.yaml", 9, 5));
        assertThat(Internals.factSets().facts(set).get(1).label()).isEqualTo("Actor#2");
        assertThat(set.sources().get("report").citation()).isEqualTo("A report (UN, 2020-05-27)");
        assertThat(set.expectation()).hasValueSatisfying(e -> {
            assertThat(e.recommendation()).isEqualTo("STAY");
            assertThat(e.assessments()).containsEntry("ties-cut", Status.NOT_MET);
        });
    }

    @Test
    void readsTheSameStructureFromJson() {
        String json = """
                {"asOf": "2021-02-15",
                 "facts": [
                   {"type": "Tie", "id": "a-b", "status": "ACTIVE"}
                 ]}
                """;
        FactSet set = FactSet.parse(json, "set.json");

        assertThat(Internals.factSets().facts(set)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("a-b");
            assertThat(f.location()).isEqualTo(new Location("set.json", 3, 4));
        });
    }

    @Test
    void malformedYamlIsReportedAtTheErrorWithOneDiagnostic() {
        List<Diagnostic> errors = errorsOf("facts:\n  - type: Tie\n    status: [ACTIVE\n    from: a\n", "bad.yaml");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("bad.yaml", 4, 9));
            assertThat(d.message()).startsWith("malformed YAML: expected ',' or ']'")
                    .contains("starts at line 3, column 13");
        });
    }

    @Test
    void malformedJsonIsReportedAtTheErrorWithOneDiagnostic() {
        List<Diagnostic> errors = errorsOf("{\"facts\": [\n  {\"type\": \"Tie\",}\n]}", "bad.json");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(18);
            assertThat(d.message()).startsWith("malformed JSON: Unexpected character ('}'");
        });
    }

    @Test
    void duplicateIdPointsAtTheSecondUseAndNamesTheFirst() {
        List<Diagnostic> errors = errorsOf("""
                facts:
                  - { type: Actor, id: taliban }
                  - type: Actor
                    id: taliban
                """, "dup.yaml");

        assertThat(errors).singleElement().hasToString(
                "dup.yaml:4:9: error: duplicate id 'taliban' (first used at line 2)");
    }

    @Test
    void duplicateKeysAreRefusedRatherThanSilentlyOverwritten() {
        List<Diagnostic> errors = errorsOf("""
                facts:
                  - type: Tie
                    status: ACTIVE
                    status: SEVERED
                """, "keys.yaml");

        assertThat(errors).singleElement().hasToString(
                "keys.yaml:4:5: error: duplicate key 'status' (first given at line 3)");
    }

    @Test
    void reportsEveryProblemInOneRunInFileOrder() {
        List<Diagnostic> errors = errorsOf("""
                asOf: yesterday
                facts:
                  - { id: no-type }
                  - { type: Tie, source: nowhere }
                colour: blue
                """, "many.yaml");

        assertThat(errors).extracting(Diagnostic::toString).containsExactly(
                "many.yaml:1:7: error: fact set.asOf: expected a date (YYYY-MM-DD), got 'yesterday'",
                "many.yaml:3:5: error: fact 'no-type': missing 'type'",
                "many.yaml:4:26: error: fact #2: unknown source 'nowhere'; the fact set defines no sources",
                "many.yaml:5:1: error: fact set: unknown key 'colour'; expected one of asOf, expect, facts, include, sources, title");
    }

    @Test
    void expectationsMustUseTheThreeStatuses() {
        List<Diagnostic> errors = errorsOf("facts: []\nexpect:\n  assessments: { ties-cut: DONE }\n", "e.yaml");

        assertThat(errors).singleElement().hasToString(
                "e.yaml:3:28: error: expect.assessments.ties-cut: expected one of MET, NOT_MET, UNKNOWN, got 'DONE'");
    }

    @Test
    void yamlAliasesAreRefused() {
        List<Diagnostic> errors = errorsOf("""
                facts:
                  - &first { type: Actor, id: a }
                  - *first
                """, "alias.yaml");

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("alias.yaml", 3, 5));
            assertThat(d.message()).contains("aliases");
        });
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(errorsOf("facts: []\n---\nfacts: []\n", "two.yaml")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("after the end of the document"));
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(errorsOf("", "empty.yaml")).singleElement().hasToString("empty.yaml: error: the file is empty");
    }

    @Test
    void idsMustBeUsableOnACommandLine() {
        assertThat(errorsOf("facts:\n  - { type: A, id: 'has space' }\n", "id.yaml")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("letters, digits, '-' and '_'"));
    }

    @Test
    void aMissingFileIsADiagnosticNotAnException(@TempDir Path dir) {
        assertThatThrownBy(() -> FactSet.load(dir.resolve("nope.yaml")))
                .isInstanceOf(InvalidFactsException.class)
                .satisfies(e -> assertThat(((InvalidFactsException) e).diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.message()).isEqualTo("no such file")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'f', 'a', 'c', 't', 's', ':', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> FactSet.load(file)).isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("not UTF-8 text");
    }
}
