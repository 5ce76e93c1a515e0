package dev.accord.facts;

import dev.accord.Location;
import java.util.Map;

/**
 * One entry of a fact set as written, before it is bound to a pack's type: its type name,
 * optional id and source key, and its field values with their locations.
 *
 * @param index  0-based position in the fact set's {@code facts} list
 * @param fields field name to value, in file order; {@code type}, {@code id} and {@code source}
 *               are not among them
 */
public record Fact(String type, String id, String source, int index, Location location, Map<String, Node.Entry> fields) {

    /** How explanations and messages name this fact: its id, or its type and position. */
    public String label() {
        return id != null ? id : type + "#" + (index + 1);
    }

    /** "fact 'taliban-al-qaeda'" or "fact #3 (Tie)", for the start of a message. */
    public String describe() {
        return id != null ? "fact '" + id + "'" : "fact #" + (index + 1) + " (" + type + ")";
    }
}
