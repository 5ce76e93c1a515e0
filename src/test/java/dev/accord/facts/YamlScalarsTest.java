package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Diagnostic;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain YAML scalars mean what the YAML 1.2 core schema says, not what YAML 1.1 said: only
 * true/false are booleans ({@code NO}, {@code off}, {@code y} stay text), only decimal numbers
 * are numbers ({@code 0x10} stays text); a tag Accord cannot hold ({@code !!binary}), a number
 * past the range of a double and a date past year 9999 are errors at their place.
 */
class YamlScalarsTest {

    private static Map<String, Object> values(String yaml, Problems problems) {
        Node root = TreeReader.read(yaml, "f.yaml", problems);
        Map<String, Object> out = new LinkedHashMap<>();
        if (root instanceof Node.Mapping m) {
            m.entries().forEach((k, e) -> out.put(k, e.value() instanceof Node.Scalar s ? s.value() : e.value().kind()));
        }
        return out;
    }

    @Test
    void onlyCoreSchemaBooleansAreBooleans() {
        Problems problems = new Problems();
        Map<String, Object> v = values("""
                a: NO
                b: no
                c: off
                d: On
                e: y
                f: Yes
                g: true
                h: FALSE
                i: True
                j: "true"
                """, problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(v).containsExactly(Map.entry("a", "NO"), Map.entry("b", "no"), Map.entry("c", "off"),
                Map.entry("d", "On"), Map.entry("e", "y"), Map.entry("f", "Yes"), Map.entry("g", true),
                Map.entry("h", false), Map.entry("i", true), Map.entry("j", "true"));
    }

    @Test
    void onlyDecimalNumbersAreNumbers() {
        Problems problems = new Problems();
        Map<String, Object> v = values("""
                a: 0x10
                b: 0o17
                c: 1_000
                d: 42
                e: -7
                f: 2.5
                g: 1e3
                h: .inf
                i: .nan
                j: 0b101
                k: +12
                """, problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(v).containsEntry("a", "0x10").containsEntry("b", "0o17").containsEntry("c", "1_000")
                .containsEntry("d", 42L).containsEntry("e", -7L).containsEntry("f", new BigDecimal("2.5"))
                .containsEntry("g", new BigDecimal("1e3")).containsEntry("h", ".inf").containsEntry("i", ".nan")
                .containsEntry("j", "0b101").containsEntry("k", 12L);
    }

    @Test
    void aBinaryTagIsAnErrorAtItsPlace() {
        Problems problems = new Problems();
        values("a: 1\nb: !!binary aGVsbG8=\n", problems);

        assertThat(messages(problems)).containsExactly("f.yaml:2:4: error: a tagged value (!!binary) is not supported: write the value as text");
    }

    @Test
    void aNumberPastTheRangeOfADoubleIsAnErrorAtItsPlace() {
        Problems problems = new Problems();
        values("a: 1e999999999\nb: -1e400\nc: 1e-999999999\n", problems);

        assertThat(messages(problems)).containsExactly(
                "f.yaml:1:4: error: the number 1e999999999 is out of range: the largest is about 1.8e308, the smallest above zero about 4.9e-324",
                "f.yaml:2:4: error: the number -1e400 is out of range: the largest is about 1.8e308, the smallest above zero about 4.9e-324",
                "f.yaml:3:4: error: the number 1e-999999999 is out of range: the largest is about 1.8e308, the smallest above zero about 4.9e-324");
    }

    @Test
    void anExponentPastTheRangeOfAnIntIsAnErrorAtItsPlaceNotACrash() {
        Problems problems = new Problems();
        values("a: 1e99999999999999999999\nb: -1e-99999999999\n", problems);

        assertThat(messages(problems)).containsExactly(
                "f.yaml:1:4: error: the number 1e99999999999999999999 is out of range: the largest is about 1.8e308, the smallest above zero about 4.9e-324",
                "f.yaml:2:4: error: the number -1e-99999999999 is out of range: the largest is about 1.8e308, the smallest above zero about 4.9e-324");
    }

    @Test
    void aFactSetDatedPastYear9999IsAnErrorAtItsPlace() {
        Problems problems = new Problems();
        FactSetReader.read("asOf: +999999999-12-31\nfacts: []\n", "f.yaml", problems);

        assertThat(messages(problems)).containsExactly(
                "f.yaml:1:7: error: fact set.asOf: expected a date (YYYY-MM-DD), got '+999999999-12-31'");
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aFactDatedPastYear9999IsAnErrorAtItsPlaceNotAnInternalError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        {
            java.nio.file.Path facts = java.nio.file.Files.writeString(dir.resolve("f.yaml"), """
                    facts:
                      - { type: Agreement, id: a, title: t, signed: +292278994-08-17 }
                    include:
                      - { csv: i.csv, type: Incident }
                    """);
            java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("i.csv"), "id,date,casualties\nx,+292278994-08-17,3\n");

            dev.accord.cli.Cli.Run yaml = dev.accord.cli.Cli.accord("evaluate", facts.toString());

            assertThat(yaml.code()).isEqualTo(4);
            assertThat(yaml.err()).isEqualTo(facts + ":2:49: error: fact 'a': signed: the date '+292278994-08-17' has a year"
                    + " outside 0000-9999; dates are written YYYY-MM-DD\n");
            java.nio.file.Files.writeString(facts, "facts: []\ninclude:\n  - { csv: i.csv, type: Incident }\n");
            dev.accord.cli.Cli.Run row = dev.accord.cli.Cli.accord("evaluate", facts.toString());
            assertThat(row.code()).isEqualTo(4);
            assertThat(row.err()).isEqualTo(csv + ":2:2: error: row 2, column 2 (date): the date '+292278994-08-17' has a year"
                    + " outside 0000-9999; dates are written YYYY-MM-DD\n");
        }
    }
}
