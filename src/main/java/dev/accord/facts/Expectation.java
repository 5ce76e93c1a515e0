package dev.accord.facts;

import dev.accord.Location;
import dev.accord.vocabulary.Status;
import java.util.List;
import java.util.Map;

/**
 * The {@code expect} block of a fact set, which makes it a regression scenario: the action the
 * pack should recommend, the status some conditions should have, and rules that must or must
 * not fire. Every part may be absent.
 *
 * @param recommendation the action, or {@code NONE} for no recommendation, or null when not checked
 * @param fired          names of rules that must fire
 * @param notFired       names of rules that must not fire
 */
public record Expectation(String recommendation, Map<String, Status> assessments, List<String> fired,
        List<String> notFired, Location location) {
}
