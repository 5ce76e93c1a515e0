package dev.accord.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.InvalidRulesException;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @dated} and {@code @timestamp} must name a date field; the error says which types are. */
class DatingDeclarationTest {

    @TempDir
    Path dir;

    private InvalidRulesException load(String field) {
        String drl = """
                package d;
                declare Report
                    @dated(%s)
                    id : String
                    pages : int
                    published : java.time.LocalDate
                end
                """.formatted(field);
        return catchThrowableOfType(InvalidRulesException.class,
                () -> TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("report.drl", drl)));
    }

    @Test
    void aFieldThatIsNoDateIsRefusedNamingEveryDateTypeAccepted() {
        InvalidRulesException e = load("pages");

        assertThat(e).isNotNull();
        assertThat(e.diagnostics().get(0).message()).isEqualTo("Report: @dated(pages) must name a field of type"
                + " java.time.LocalDate, java.time.LocalDateTime, java.util.Date or long (epoch milliseconds)");
        assertThat(e.diagnostics().get(0).location().file()).isEqualTo("report.drl");
    }

    @Test
    void aMisspeltFieldIsRefusedSayingTheTypeHasNoSuchField() {
        InvalidRulesException e = load("publishd");

        assertThat(e).isNotNull();
        assertThat(e.diagnostics().get(0).message()).endsWith("; the type has no field 'publishd'");
    }

    @Test
    void aSubtypeIsDatedByTheFieldItsBaseTypeIsDatedBy() {
        String drl = """
                package d;
                import dev.accord.vocabulary.*;
                declare Report @dated(published)
                    id : String
                    published : java.time.LocalDate
                end
                declare AuditReport extends Report
                    finding : String
                end
                declare Incident @role(event) @timestamp(date)
                    id : String
                    date : java.time.LocalDate
                end
                declare Attack extends Incident
                    place : String
                end
                rule "audited" when AuditReport() then insertLogical( new Assessment("c1", Status.MET) ); end
                rule "attacked" when Attack() then insertLogical( new Assessment("c2", Status.NOT_MET) ); end
                """;
        dev.accord.RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("report.drl", drl));
        dev.accord.FactSet facts = TestPacks.facts("f.yaml", """
                facts:
                  - { type: AuditReport, id: audit, published: 2025-03-01, finding: clean }
                  - { type: Attack, id: attack, date: 2025-03-01, place: x }
                """);

        assertThat(pack.dateField("AuditReport")).contains("published");
        assertThat(pack.dateField("Attack")).contains("date");
        dev.accord.Decision before = pack.evaluate(facts, java.time.LocalDate.of(2025, 2, 1));
        dev.accord.Decision after = pack.evaluate(facts, java.time.LocalDate.of(2025, 3, 1));
        assertThat(before.condition("c1").orElseThrow().statusLabel()).isEqualTo("NOT_ASSESSED");
        assertThat(before.condition("c2").orElseThrow().statusLabel()).isEqualTo("NOT_ASSESSED");
        assertThat(after.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(after.condition("c2").orElseThrow().statusLabel()).isEqualTo("NOT_MET");
    }
}
