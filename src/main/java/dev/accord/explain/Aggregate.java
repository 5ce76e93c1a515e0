package dev.accord.explain;

import dev.accord.Location;
import java.util.List;

/**
 * An {@code accumulate} a rule matched: what it computed over which facts, e.g.
 * "count( $x ) over Item with owner == bob = 3", with the facts it counted.
 */
public record Aggregate(String text, String value, Location location, List<Evidence> inputs) implements Evidence {

    /**
     * An aggregate; the inputs are copied.
     *
     * @param text     what was computed over which facts, and the result
     * @param value    the result, as shown to a reader
     * @param location the {@code accumulate} in the DRL
     * @param inputs   the facts it computed over
     */
    public Aggregate {
        inputs = List.copyOf(inputs);
    }
}
