package dev.accord.rules;

import java.util.List;
import java.util.Map;

/**
 * The structure of one rule: its conditions, element by element, the text of its action, and its
 * attributes ({@code salience}, {@code activation-group}, ...). What why-not analysis, checks and
 * explanations of {@code not}, {@code exists} and {@code accumulate} work from.
 *
 * @param attributes attribute name to its value as written
 */
public record RuleShape(RuleInfo info, List<LhsElement> conditions, String consequence, Map<String, String> attributes) {
}
