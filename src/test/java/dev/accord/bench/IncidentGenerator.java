package dev.accord.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes an incident set of any size for the default pack: a CSV file of {@code count} incidents
 * spread evenly over a date range, with casualties drawn from a fixed seed (the same arguments
 * always give the same file), and a fact set beside it that includes the file. Generated data,
 * for benchmarks and trials: not a record of anything that happened.
 *
 * <pre>java ... dev.accord.bench.IncidentGenerator COUNT DIR</pre>
 */
public final class IncidentGenerator {

    public static final LocalDate FIRST = LocalDate.parse("2019-01-01");
    public static final LocalDate LAST = LocalDate.parse("2021-03-31");

    private IncidentGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 1 ? args[1] : "target/incidents");
        Path factSet = write(Integer.parseInt(args[0]), dir);
        System.out.println("wrote " + factSet);
    }

    /** Writes {@code incidents.csv} and {@code facts.yaml} into {@code dir}; returns the fact set. */
    public static Path write(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(20200229L);
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("incidents.csv"), StandardCharsets.UTF_8)) {
            out.write("id,date,kind,casualties\n");
            for (int i = 0; i < count; i++) {
                LocalDate date = LocalDate.ofEpochDay(FIRST.toEpochDay() + (long) i * days / count);
                out.write("i" + i + "," + date + "," + KINDS[random.nextInt(KINDS.length)] + "," + random.nextInt(0, 9) + "\n");
            }
        }
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, """
                title: Generated incidents (not real data)
                asOf: %s
                facts:
                  - { type: Agreement, id: doha-agreement, signed: 2020-02-29 }
                  - { type: Actor, id: taliban, name: the Taliban, kind: INSURGENT_GROUP }
                  - { type: Actor, id: afghan-government, name: the Afghan government, kind: GOVERNMENT }
                include:
                  - { csv: incidents.csv, type: Incident }
                """.formatted(LAST));
        return facts;
    }

    private static final String[] KINDS = {"explosion", "armed clash", "targeted killing", "airstrike"};
}
