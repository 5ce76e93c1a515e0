package dev.accord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Diagnostic;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded CSV files (quoting, doubled and stray quotes, line breaks in and out of quotes, lone
 * carriage returns, byte order marks, other separators, ragged rows, repeated ids) included by a
 * fact set: loading and evaluating must end in a decision or in diagnostics that each name a line,
 * never another exception; a file that repeats an id must get a diagnostic.
 *
 * <p>{@code -Daccord.fuzz.seed=N} (printed on failure) and {@code -Daccord.fuzz.csv.cases=N}
 * (default 400) vary the run.
 */
class CsvFuzzTest {

    static final long SEED = Long.getLong("accord.fuzz.seed", 20210215L);
    static final int CASES = Integer.getInteger("accord.fuzz.csv.cases", 400);

    private static final String DRL = """
            package fuzz;
            declare Thing
                id : String
                text : String
                count : int
                flag : boolean
                day : java.time.LocalDate
            end
            rule "Sees a thing" when $t : Thing() then end
            """;
    private static final String FACT_SET = """
            include:
              - { csv: rows.csv, type: Thing }
            facts: []
            """;
    private static final List<String> COLUMNS = List.of("id", "text", "count", "flag", "day", "text", "nofield", "");
    private static final List<String> CELLS = List.of(
            "a", "x y", "", " ", "3", "-1", "3.5", "99999999999", "true", "yes", "2021-02-15", "2021-02-30",
            "\"quoted\"", "\"a,b\"", "\"a\"\"b\"", "\"line\nbreak\"", "\"cr\rinside\"", "\"unclosed", "a\"b", "\"\"",
            "\uFEFF", "\u0000", "\u001B[31m", "é", "a;b", "a\tb", "=cmd()", "\"", "''", "id", "\\", "\r");
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r", "\n\n");

    @TempDir
    Path dir;

    @Test
    void everyCsvEndsInADecisionOrLocatedDiagnostics() throws IOException {
        RulePack pack = TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", DRL));
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts);
        Files.writeString(facts.resolve("f.yaml"), FACT_SET);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            Csv csv = csv(random);
            Files.write(facts.resolve("rows.csv"), csv.text().getBytes(StandardCharsets.UTF_8));
            String problem = check(pack, facts.resolve("f.yaml"), csv.repeatsAnId());
            if (problem != null) {
                failures.add("case " + i + ": " + problem + " in:\n" + csv.text());
            }
        }
        assertThat(failures).as("seed %d (rerun with -Daccord.fuzz.seed=%d)", SEED, SEED).isEmpty();
    }

    private static String check(RulePack pack, Path factSet, boolean repeatsAnId) {
        try {
            pack.evaluate(FactSet.load(factSet), EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(10)));
        } catch (InvalidFactsException refused) {
            List<Diagnostic> unlocated = refused.diagnostics().stream().filter(d -> d.location().line() < 1).toList();
            return unlocated.isEmpty() ? null : "diagnostics without a line: " + unlocated;
        } catch (RuntimeException | Error e) {
            return "threw " + e;
        }
        return repeatsAnId ? "a repeated id went unreported" : null;
    }

    private record Csv(String text, boolean repeatsAnId) {
    }

    /** A header of known and unknown columns, then rows of cells joined by a separator. */
    private static Csv csv(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(6) == 0 ? "\uFEFF" : "");
        char separator = random.nextInt(8) == 0 ? ';' : ',';
        String lineEnd = LINE_ENDS.get(random.nextInt(LINE_ENDS.size()));
        List<String> header = new ArrayList<>(List.of("id"));
        int columns = random.nextInt(4);
        for (int c = 0; c < columns; c++) {
            header.add(COLUMNS.get(1 + random.nextInt(COLUMNS.size() - 1)));
        }
        text.append(String.join(String.valueOf(separator), header)).append(lineEnd);
        List<String> ids = new ArrayList<>();
        boolean cleanIds = true;
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            String id = random.nextInt(6) == 0 && !ids.isEmpty() ? ids.get(0) : "r" + random.nextInt(50);
            List<String> cells = new ArrayList<>(List.of(id));
            int width = header.size() + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0);
            for (int c = 1; c < width; c++) {
                String cell = CELLS.get(random.nextInt(CELLS.size()));
                cleanIds &= !cell.contains("\"") && !cell.contains("\r") && !cell.contains("\n") && !cell.contains("\uFEFF")
                        && cell.indexOf(separator) < 0 && !cell.contains("\u0000");
                cells.add(cell);
            }
            ids.add(id);
            text.append(String.join(String.valueOf(separator), cells)).append(lineEnd);
        }
        // a repeat is only certain when nothing in the rows can merge or split them
        boolean repeats = cleanIds && lineEnd.equals("\n") && ids.stream().distinct().count() < ids.size();
        return new Csv(text.toString(), repeats);
    }
}
