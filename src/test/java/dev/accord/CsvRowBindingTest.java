package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.engine.BoundFact;
import dev.accord.engine.FactBinder;
import dev.accord.engine.FactFeed;
import dev.accord.facts.CsvRows;
import dev.accord.facts.Fact;
import dev.accord.facts.FactSetData;
import dev.accord.facts.Problems;
import dev.accord.rules.CompiledRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of a CSV file are bound straight from their cells when they can be, and as facts through
 * the fact binder otherwise. Either way a row must become the same object, with the same origin:
 * here every row is bound both ways and compared.
 */
class CsvRowBindingTest {

    @TempDir
    Path dir;

    /** Cells the fact binder reads, some of them in ways a plain parser would not (spaces, signs, decimals, exponents). */
    private static final String CSV = """
            id,date,kind,casualties,source,note
            a,2020-02-29,explosion,3,,
            b,2021-01-31,armed clash, 7,other,a note
            ,2020-12-01,,+4,,
            d,2020-12-02,airstrike,007,,
            e,2020-12-03,airstrike,3.0,,
            f,2020-12-04,airstrike,1e1,,
            g,2020-12-05,airstrike,-0,,
            h,2020-12-06,"targeted killing, night",2147483647,,"quoted, with a comma"

            i,2020-12-07, spaced ,12,,
            """;

    @Test
    void bindsEveryRowAsTheFactBinderDoes() throws IOException {
        Files.writeString(dir.resolve("incidents.csv"), CSV);
        Files.writeString(dir.resolve("facts.yaml"), """
                sources:
                  export: { title: An incident export }
                  other: { title: Another export }
                facts: []
                include:
                  - { csv: incidents.csv, type: Incident, source: export }
                """);
        BoundBothWays bound = bindBothWays(dir.resolve("facts.yaml"));
        List<BoundFact> fed = bound.fed();
        List<BoundFact> asFacts = bound.asFacts();
        Problems problems = bound.problems();

        assertThat(problems.hasErrors()).isFalse();
        assertThat(fed).hasSize(9);
        assertThat(fed).hasSameSizeAs(asFacts);
        for (int i = 0; i < fed.size(); i++) {
            // Declared types print every field.
            assertThat(fed.get(i).object()).hasToString(asFacts.get(i).object().toString());
            assertThat(fed.get(i).label()).isEqualTo(asFacts.get(i).label());
            Fact rebuilt = fed.get(i).fact();
            Fact read = asFacts.get(i).fact();
            assertThat(List.of(rebuilt.id() == null ? "" : rebuilt.id(), String.valueOf(rebuilt.source()), rebuilt.csvRow(), rebuilt.location()))
                    .isEqualTo(List.of(read.id() == null ? "" : read.id(), String.valueOf(read.source()), read.csvRow(), read.location()));
        }
        assertThat(fed.get(1).object().toString()).contains("casualties=7", "source=other");
        assertThat(fed.get(2).label()).isEqualTo("Incident@row4");
    }

    /**
     * Rows share one object per distinct text or date of a column (what a large evaluation keeps
     * per row is then smaller), and a column of more distinct values than are kept, here the
     * notes, still binds every row as the fact binder does.
     */
    @Test
    void repeatedTextsAndDatesAreSharedAndManyDistinctOnesStillBind() throws Exception {
        StringBuilder csv = new StringBuilder("id,date,kind,casualties,note\n");
        int n = 700;
        for (int i = 0; i < n; i++) {
            csv.append("r").append(i).append(',').append(i % 3 == 0 ? "2020-12-01" : "2020-12-0" + (1 + i % 7)).append(',')
                    .append(i % 2 == 0 ? "airstrike" : "armed clash").append(',').append(i % 9).append(",note ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("incidents.csv"), csv);
        Files.writeString(dir.resolve("facts.yaml"), """
                facts: []
                include:
                  - { csv: incidents.csv, type: Incident }
                """);
        BoundBothWays bound = bindBothWays(dir.resolve("facts.yaml"));
        List<BoundFact> fed = bound.fed();
        List<BoundFact> asFacts = bound.asFacts();
        assertThat(fed).hasSize(n).hasSameSizeAs(asFacts);
        for (int i = 0; i < n; i++) {
            assertThat(fed.get(i).object()).hasToString(asFacts.get(i).object().toString());
        }
        Object first = fed.get(0).object();
        Object third = fed.get(2).object();
        Object seventh = fed.get(6).object();
        java.lang.reflect.Method kind = first.getClass().getMethod("getKind");
        java.lang.reflect.Method date = first.getClass().getMethod("getDate");
        assertThat(kind.invoke(third)).isSameAs(kind.invoke(first));
        assertThat(date.invoke(seventh)).isSameAs(date.invoke(first)).isEqualTo(java.time.LocalDate.parse("2020-12-01"));
        assertThat(first.getClass().getMethod("getNote").invoke(fed.get(n - 1).object())).isEqualTo("note " + (n - 1));
    }

    /** The rows of the fact set's first CSV include, streamed from their cells, and read as facts then bound. */
    private record BoundBothWays(List<BoundFact> fed, List<BoundFact> asFacts, Problems problems) {
    }

    private static BoundBothWays bindBothWays(Path factSet) throws IOException {
        FactSetData data = FactSet.load(factSet).data();
        CompiledRules rules = TestPacks.nato().compiled();
        List<BoundFact> fed = new ArrayList<>();
        FactFeed.of(data, rules.types()).feed(null, null, fed::add);

        Problems problems = new Problems();
        List<Fact> rows = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(data.includes().get(0), problems)) {
            for (Fact row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        List<BoundFact> asFacts = FactBinder.bind(new FactSetData(data.file(), null, null, Map.of(), rows, null), rules.types());
        return new BoundBothWays(fed, asFacts, problems);
    }
}
