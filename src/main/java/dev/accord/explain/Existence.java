package dev.accord.explain;

import dev.accord.Location;
import java.util.List;

/** An {@code exists} condition that held, with the facts that satisfy it. */
public record Existence(String text, Location location, List<Evidence> witnesses) implements Evidence {

    /**
     * An {@code exists} that held; the witnesses are copied.
     *
     * @param text      the condition, as the DRL states it
     * @param location  the condition in the DRL
     * @param witnesses the facts that satisfy it
     */
    public Existence {
        witnesses = List.copyOf(witnesses);
    }
}
