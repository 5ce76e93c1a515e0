package dev.accord.facts;

import dev.accord.Location;
import dev.accord.vocabulary.Status;
import java.util.Map;

/**
 * The {@code expect} block of a fact set, which makes it a regression scenario: the action the
 * pack should recommend and the status some conditions should have. Either part may be absent.
 */
public record Expectation(String recommendation, Map<String, Status> assessments, Location location) {
}
