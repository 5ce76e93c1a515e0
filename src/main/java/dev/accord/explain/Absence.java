package dev.accord.explain;

import dev.accord.Location;

/**
 * A {@code not} condition that held: there is no evidence of something, e.g. "there is no
 * evidence of a Tie with from == taliban, status == ACTIVE".
 */
public record Absence(String text, Location location) implements Evidence {
}
