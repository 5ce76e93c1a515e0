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
}
