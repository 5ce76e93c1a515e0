package dev.accord;

import java.util.Objects;

/**
 * One rule of a pack, as explanations, why-not answers and coverage name it: its DRL package,
 * its name, and where it is written. Immutable, with value equality.
 *
 * @param packageName the DRL {@code package} it is declared in
 * @param name        the rule's name, unique in its package
 * @param location    where the rule is written: the DRL file relative to the pack, and the line
 *                    of its {@code rule} keyword
 */
public record Rule(String packageName, String name, Location location) {

    /**
     * A rule; none of the parts may be null.
     *
     * @param packageName the DRL {@code package} it is declared in
     * @param name        the rule's name
     * @param location    where the rule is written
     */
    public Rule {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }
}
