package dev.accord.engine;

import dev.accord.rules.Constraint;
import java.util.List;

/**
 * A fact tried against a pattern, with each constraint it failed. A candidate with no failures
 * satisfies the pattern.
 */
public record Candidate(Object fact, List<Failure> failures) {

    /**
     * One constraint the fact did not satisfy.
     *
     * @param actual the value of the constraint's subject on this fact (e.g. its {@code status}),
     *               or null when it has none
     * @param error  why the constraint could not be evaluated, or null when it was simply false
     */
    public record Failure(Constraint constraint, Object actual, String error) {
    }

    public boolean satisfies() {
        return failures.isEmpty();
    }
}
