package dev.accord.differential;

import java.util.List;

/**
 * A declared type facts are written in, as the generator knows it: its fields (inherited ones
 * first) and how it is dated. Dating is what the pack's documentation says, inherited through
 * {@code extends}: the oracle leaves out facts by it, whatever Accord makes of the DRL.
 *
 * @param dateField the field that dates the facts ({@code @dated} or {@code @timestamp}, here or
 *                  in a super type), or null when the type is timeless
 * @param event     true for {@code @role(event)} (here or in a super type)
 */
public record FactTypeSpec(String name, String superType, List<Field> fields, String dateField, boolean event) {

    /** What values a field takes. */
    public enum Kind { ID, STRING, LEVEL, INT, INTEGER, DOUBLE, BOOLEAN, DATE }

    public record Field(String name, Kind kind) {
    }

    public Field field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElseThrow();
    }
}
