package dev.accord.rules;

import dev.accord.Location;

/**
 * A condition of the agreement as {@code pack.yaml} states it. Rules assess it by its {@code id}.
 *
 * @param clause the agreement's own words, quoted
 * @param source key into the pack's sources, or null
 */
public record Condition(String id, String title, String clause, String source, Location location) {
}
