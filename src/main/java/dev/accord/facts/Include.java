package dev.accord.facts;

import dev.accord.Location;
import java.nio.file.Path;
import java.util.Map;

/**
 * A CSV file a fact set brings in: every data row is a fact of {@code type}, its columns named by
 * the header. The rows are not read with the fact set; they are streamed when a pack evaluates
 * it, one at a time, so a large file never sits in memory.
 *
 * @param file     resolved against the fact set's folder, inside it
 * @param written  the path as the fact set writes it, for messages
 * @param source   a key of the fact set's sources cited by every row, or null
 * @param location where the include is written in the fact set
 * @param listedIds the ids of the fact set's own facts, with where each is given: a row may not reuse one
 */
public record Include(Path file, String written, String type, String source, Location location,
                      Map<String, Location> listedIds) {

    public Include {
        listedIds = Map.copyOf(listedIds);
    }

    public Include(Path file, String written, String type, String source, Location location) {
        this(file, written, type, source, location, Map.of());
    }
}
