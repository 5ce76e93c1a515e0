package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts from CSV files a fact set includes: rows become facts, errors name file, row and column. */
class CsvIncludeTest {

    @TempDir
    Path dir;

    private static final String FACT_SET = """
            asOf: 2021-03-31
            sources:
              export: { title: An incident export }
            facts:
              - { type: Agreement, id: doha, signed: 2020-02-29 }
            include:
              - { csv: incidents.csv, type: Incident, source: export }
            """;

    private Path write(String csv) throws IOException {
        Files.writeString(dir.resolve("incidents.csv"), csv);
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, FACT_SET);
        return facts;
    }

    private List<String> errors(Path facts) {
        try {
            TestPacks.nato().evaluate(FactSet.load(facts));
        } catch (InvalidFactsException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
        throw new AssertionError("expected the fact set to be refused");
    }

    @Test
    void rowsBecomeFactsOfTheIncludedTypeCitingTheIncludesSource() throws IOException {
        Path facts = write("id,date,casualties\nq1-2020,2020-02-01,150\nrecent,2021-02-01,60\n");

        Decision d = TestPacks.nato().evaluate(FactSet.load(facts));

        assertThat(d.condition("violence-falls").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("fact Incident recent {date: 2021-02-01, casualties: 60}  [" + dir.resolve("incidents.csv") + ":3]")
                .contains("[source export]");
    }

    @Test
    void aCellThatDoesNotFitItsFieldIsReportedWithFileRowAndColumn() throws IOException {
        Path facts = write("id,date,casualties\na,2020-02-01,150\nb,2021-02-01,many\nc,2021-02-30,3.5\n");

        assertThat(errors(facts)).containsExactly(
                dir.resolve("incidents.csv") + ":3:3: error: row 3, column 3 (casualties): Incident.casualties: expected a whole number, got 'many'",
                dir.resolve("incidents.csv") + ":4:2: error: row 4, column 2 (date): Incident.date: expected a date (YYYY-MM-DD), got '2021-02-30'",
                dir.resolve("incidents.csv") + ":4:3: error: row 4, column 3 (casualties): Incident.casualties: expected a whole number, got the number 3.5");
    }

    @Test
    void aColumnNamingNoFieldIsReportedOnceAtTheHeader() throws IOException {
        Path facts = write("id,date,casualtys\na,2020-02-01,1\nb,2020-02-02,2\n");

        assertThat(errors(facts)).singleElement().asString()
                .startsWith(dir.resolve("incidents.csv") + ":1:3: error: row 1, column 3: Incident has no field 'casualtys'; its fields are");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsReported() throws IOException {
        Path facts = write("id,date,casualties\na,2020-02-01\n");

        assertThat(errors(facts)).containsExactly(dir.resolve("incidents.csv") + ":2:1: error: row 2: 2 columns, but the header names 3");
    }

    @Test
    void anIncludeOutsideTheFactSetsFolderIsRefused() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Files.writeString(dir.resolve("secret.csv"), "id\nx\n");
        Path facts = inner.resolve("facts.yaml");
        Files.writeString(facts, "facts: []\ninclude:\n  - { csv: ../secret.csv, type: Incident }\n");

        assertThatThrownBy(() -> FactSet.load(facts)).isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining(facts + ":3:12: error: include: '../secret.csv' is outside the fact set's folder");
    }

    @Test
    void aMissingIncludeIsReportedWhereItIsWritten() throws IOException {
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, "facts: []\ninclude:\n  - { csv: nowhere.csv, type: Incident }\n");

        assertThatThrownBy(() -> FactSet.load(facts)).hasMessageContaining(facts + ":3:12: error: include: no such file 'nowhere.csv'");
    }
}
