package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.engine.FactFeed;
import dev.accord.engine.SessionPool;
import dev.accord.engine.SessionRecord;
import dev.accord.engine.SessionRunner;
import dev.accord.rules.CompiledRules;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large CSV file of incidents streams: what an evaluation keeps of its rows is what the session
 * keeps, not every row of the file. Incidents too old for every window of the default pack
 * (455 days before the as-of date) are dropped by Drools as they arrive, and the record of the
 * evaluation must not hold on to them either.
 */
class StreamedEventsMemoryTest {

    @TempDir
    Path dir;

    /** More rows than the session inserts between two flushes, so that rows expire while the file is still being read. */
    private static final int ROWS = 30_000;

    @Test
    void keepsOnlyTheIncidentsTheSessionStillHolds() throws IOException {
        LocalDate first = LocalDate.parse("2018-01-01");
        LocalDate asOf = LocalDate.parse("2021-03-31");
        long days = asOf.toEpochDay() - first.toEpochDay() + 1;
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("incidents.csv"))) {
            out.write("id,date,casualties\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("i" + i + "," + first.plusDays(i * days / ROWS) + "," + (i % 5) + "\n");
            }
        }
        Files.writeString(dir.resolve("facts.yaml"), """
                asOf: 2021-03-31
                facts:
                  - { type: Agreement, id: doha, signed: 2020-02-29 }
                include:
                  - { csv: incidents.csv, type: Incident }
                """);
        FactSet facts = FactSet.load(dir.resolve("facts.yaml"));
        CompiledRules rules = TestPacks.nato().compiled();

        SessionRecord record = SessionRunner.run(rules, new SessionPool(rules),
                () -> FactFeed.of(facts.data(), rules.types()), asOf, SessionRunner.DEFAULT_FIRING_LIMIT,
                Duration.ofMinutes(2), r -> r);

        Set<Object> held = Collections.newSetFromMap(new IdentityHashMap<>());
        held.addAll(record.finalFacts());
        long incidentsHeld = record.finalFacts().stream().filter(f -> f.getClass().getSimpleName().equals("Incident")).count();
        long incidentsRecorded = record.inputsByObject().keySet().stream()
                .filter(f -> f.getClass().getSimpleName().equals("Incident")).count();
        // About 455 of the 1,186 days are inside a window at the as-of date: the session holds
        // those incidents and no others, and so does the record.
        assertThat(incidentsHeld).isBetween(ROWS * 450L / 1186, ROWS * 460L / 1186);
        assertThat(incidentsRecorded).isEqualTo(incidentsHeld);
        assertThat(record.inputsByObject().keySet()).allMatch(held::contains);
    }
}
