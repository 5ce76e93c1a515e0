package dev.accord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded YAML scalars, plain, quoted and tagged, go through the fact loader into fields of every
 * kind a declared type has. Each must end as a value or as a diagnostic with a line in the fact
 * file, never another exception; and values follow the YAML 1.2 core schema as
 * docs/fact-sets.md promises: only true and false are booleans, so {@code no}, {@code on} or
 * {@code Y} into a text field arrive as that very text, and into a boolean field are refused.
 *
 * <p>{@code -Daccord.fuzz.seed=N} (printed on failure) and {@code -Daccord.fuzz.yaml.cases=N}
 * (default 1,500) vary the run.
 */
class YamlScalarFuzzTest {

    static final long SEED = Long.getLong("accord.fuzz.seed", 20210215L);
    static final int CASES = Integer.getInteger("accord.fuzz.yaml.cases", 1_500);

    private static final String DRL = """
            package fuzz;
            declare Thing
                text : String
                flag : boolean
                count : int
                big : long
                amount : double
                day : java.time.LocalDate
                money : java.math.BigDecimal
            end
            rule "Sees a thing" when $t : Thing() then end
            """;
    private static final List<String> FIELDS = List.of("text", "flag", "count", "big", "amount", "day", "money");
    /** Plain scalars that YAML 1.1 would read as booleans; the core schema reads them as text. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> CORE_BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final List<String> PIECES = List.of(
            "yes", "no", "on", "off", "Y", "n", "NO", "true", "False", "TRUE", "null", "~", "Null", "",
            "0", "-0", "+1", "007", "0x10", "0o17", "0b101", "1_000", "1:30", "190:20:30", "1e3", "1e999999999",
            "-1e999", "1.5", ".5", "5.", ".inf", "-.Inf", ".nan", "NaN", "9223372036854775808",
            "99999999999999999999999999999", "2147483648", "2021-02-15", "2021-02-30", "+999999999-12-31",
            "+99999999-12-31", "-0001-01-01", "+292278994-08-17", "2021-02-15T10:00:00Z", "2021-2-5",
            "text", "two words", "a: b", "a #c", "#c", "- x", "? x", "[x]", "{x: y}", "&a x", "*a", "!!str 5",
            "!!int x", "!!binary aGk=", "!!bool yes", "!x y", "|", ">", "%x", "@x", "`x", "\"quoted\"",
            "'single ''quote'''", "\"esc \\t \\u0041 \\x41 \\N \\U0001F600\"", "\"bad \\q escape\"", "\"\\ud800\"",
            "\"\\u0000\"", "\u0007bell", "\u202Eoverride", "é", "\uFEFFbom", "\"unclosed", "'unclosed", "x\ty",
            "---", "...", ",", "a,b", "\\", "\"\\\"\"");
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z ]*");

    @TempDir
    Path dir;

    @Test
    void everyScalarEndsAsAValueOrALocatedDiagnosticByTheCoreSchema() {
        RulePack pack = TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", DRL));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            String scalar = scalar(random);
            String yaml = "facts:\n  - type: Thing\n    id: t\n    " + field + ": " + scalar + "\n";
            String problem = check(pack, field, scalar, yaml);
            if (problem != null) {
                failures.add("case " + i + " (" + field + ": " + scalar + "): " + problem);
            }
        }
        assertThat(failures).as("seed %d (rerun with -Daccord.fuzz.seed=%d)", SEED, SEED).isEmpty();
    }

    /** What is wrong with how the scalar came through, or null. */
    private static String check(RulePack pack, String field, String scalar, String yaml) {
        Decision decision;
        try {
            FactSet facts = FactSet.parse(yaml, "fuzz.yaml");
            decision = pack.evaluate(facts, EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(10)));
        } catch (InvalidFactsException refused) {
            List<Diagnostic> unlocated = refused.diagnostics().stream()
                    .filter(d -> !d.location().file().equals("fuzz.yaml") || d.location().line() < 1).toList();
            return unlocated.isEmpty() ? null : "diagnostics without a line in the fact file: " + unlocated;
        } catch (RuntimeException | Error e) {
            return "threw " + e;
        }
        Object value = valueOf(decision, field);
        if (field.equals("flag") && !CORE_BOOLEANS.contains(scalar) && Boolean.TRUE.equals(value)) {
            return "read as the boolean true";
        }
        if (field.equals("flag") && YAML11_BOOLEANS.contains(scalar)) {
            return "a YAML 1.1 boolean was accepted as a boolean: " + value;
        }
        if (field.equals("text") && (YAML11_BOOLEANS.contains(scalar) || PLAIN_WORD.matcher(scalar).matches()
                && !Set.of("null", "Null", "NULL").contains(scalar) && !CORE_BOOLEANS.contains(scalar))
                && !scalar.equals(value)) {
            return "plain text came through as " + value;
        }
        return null;
    }

    private static Object valueOf(Decision decision, String field) {
        Object thing = decision.workingMemory().stream()
                .filter(o -> o.getClass().getSimpleName().equals("Thing")).findFirst().orElseThrow();
        try {
            String getter = (field.equals("flag") ? "is" : "get") + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            return thing.getClass().getMethod(getter).invoke(thing);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One piece, or two joined, sometimes quoted. */
    private static String scalar(Random random) {
        String s = PIECES.get(random.nextInt(PIECES.size()));
        if (random.nextInt(5) == 0) {
            s = s + PIECES.get(random.nextInt(PIECES.size()));
        }
        return switch (random.nextInt(8)) {
            case 0 -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 1 -> "'" + s.replace("'", "''") + "'";
            default -> s;
        };
    }
}
