package dev.accord.explain;

import dev.accord.Location;
import java.util.List;

/** An {@code exists} condition that held, with the facts that satisfy it. */
public record Existence(String text, Location location, List<Evidence> witnesses) implements Evidence {

    public Existence {
        witnesses = List.copyOf(witnesses);
    }
}
