package dev.accord;

import dev.accord.vocabulary.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code expect} block of a fact set, which makes it a regression scenario: the action the
 * pack should recommend, the status some conditions should have, and rules that must or must
 * not fire. Every part may be absent.
 *
 * @param recommendation the action, or {@code NONE} for no recommendation, or null when not checked
 * @param assessments    condition id to the status it should have, in file order; empty when none is checked
 * @param fired          names of rules that must fire
 * @param notFired       names of rules that must not fire
 * @param location       where the {@code expect} block is written
 */
public record Expectation(String recommendation, Map<String, Status> assessments, List<String> fired,
        List<String> notFired, Location location) {

    /**
     * Copies the map, in its order, and the lists: an expectation never changes once read.
     *
     * @param recommendation the action, {@code NONE}, or null when not checked
     * @param assessments    condition id to status
     * @param fired          names of rules that must fire
     * @param notFired       names of rules that must not fire
     * @param location       where the block is written
     */
    public Expectation {
        assessments = Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
        fired = List.copyOf(fired);
        notFired = List.copyOf(notFired);
    }
}
