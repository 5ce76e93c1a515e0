package dev.accord.facts;

import dev.accord.Location;
import java.util.Map;

/**
 * One entry of a fact set as written, before it is bound to a pack's type: its type name,
 * optional id and source key, and its field values with their locations.
 *
 * @param index  0-based position in the fact set's {@code facts} list, or among a CSV file's data rows
 * @param fields field name to value, in file order; {@code type}, {@code id} and {@code source}
 *               are not among them
 * @param csvRow for a row of an included CSV file, its 1-based row number counting the header; 0 otherwise
 */
public record Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields,
        int csvRow) {

    public Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields) {
        this(type, id, source, index, location, fields, 0);
    }

    /** How explanations and messages name this fact: its id, or its type and position. */
    public String label() {
        if (id != null) {
            return id;
        }
        return csvRow > 0 ? type + "@row" + csvRow : type + "#" + (index + 1);
    }

    /** "fact 'taliban-al-qaeda'", "fact #3 (Tie)" or "row 12 (Incident)", for the start of a message. */
    public String describe() {
        if (csvRow > 0) {
            return id != null ? "row " + csvRow + " ('" + id + "')" : "row " + csvRow + " (" + type + ")";
        }
        return id != null ? "fact '" + id + "'" : "fact #" + (index + 1) + " (" + type + ")";
    }
}
