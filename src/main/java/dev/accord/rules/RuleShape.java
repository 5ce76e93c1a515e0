package dev.accord.rules;

import java.util.List;

/**
 * The structure of one rule: its conditions, element by element, and the text of its action.
 * What why-not analysis and explanations of {@code not}, {@code exists} and {@code accumulate}
 * work from.
 */
public record RuleShape(RuleInfo info, List<LhsElement> conditions, String consequence) {
}
