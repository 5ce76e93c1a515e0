package dev.accord.rules;

import dev.accord.Location;
import java.util.List;

/**
 * A type a pack's DRL declares ({@code declare Tie ... end}), with its fields and where each is
 * written. A field annotated {@code @context} carries context for the reader of an explanation,
 * not data for rules, and is not expected to be read by any rule.
 *
 * @param supertype   the type it {@code extends}, by simple name, or null
 * @param event       whether it says {@code @role(event)} itself
 * @param timestamped whether it names its own {@code @timestamp}
 */
public record DeclaredType(String name, Location location, List<Field> fields, String supertype, boolean event,
        boolean timestamped) {

    public record Field(String name, String type, Location location, boolean context) {
    }
}
