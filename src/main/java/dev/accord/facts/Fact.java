package dev.accord.facts;

import dev.accord.Location;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a fact set as written, before it is bound to a pack's type: its type name,
 * optional id and source key, its field values with their locations, and what the analyst said
 * about it: which parts are fixed (never changed by what-if searches) and how confident the
 * analyst is that it holds.
 *
 * @param index      0-based position in the fact set's {@code facts} list, or among a CSV file's data rows
 * @param fields     field name to value, in file order; the meta keys ({@code type}, {@code id},
 *                   {@code source}, {@code fixed}, {@code confidence}) are not among them
 * @param csvRow     for a row of an included CSV file, its 1-based row number counting the header; 0 otherwise
 * @param fixed      the fields that must not be changed; {@link #ALL_FIELDS} for the whole fact
 * @param confidence the analyst's belief that the fact holds, in [0, 1]; null when certain
 */
public record Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields,
        int csvRow, Set<String> fixed, Double confidence) {

    /** In {@link #fixed()}: the whole fact is fixed; it may be neither changed nor removed. */
    public static final String ALL_FIELDS = "*";

    /** A certain fact nothing fixes, written in a fact set. */
    public Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields) {
        this(type, id, source, index, location, fields, 0, Set.of(), null);
    }

    /** A certain fact nothing fixes, from a CSV row (or a fact set when {@code csvRow} is 0). */
    public Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields,
            int csvRow) {
        this(type, id, source, index, location, fields, csvRow, Set.of(), null);
    }

    public boolean isFixed() {
        return fixed.contains(ALL_FIELDS);
    }

    public boolean isFixed(String field) {
        return isFixed() || fixed.contains(field);
    }

    /** The same fact with other field values (and nothing else changed). */
    public Fact withFields(Map<String, Node.Entry> newFields) {
        return new Fact(type, id, source, index, location, newFields, csvRow, fixed, confidence);
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
