package dev.accord.explain;

import dev.accord.Location;
import java.util.List;

/**
 * An {@code accumulate} a rule matched: what it computed over which facts, e.g.
 * "count( $x ) over Item with owner == bob = 3", with the facts it counted.
 */
public record Aggregate(String text, String value, Location location, List<Evidence> inputs) implements Evidence {

    public Aggregate {
        inputs = List.copyOf(inputs);
    }
}
