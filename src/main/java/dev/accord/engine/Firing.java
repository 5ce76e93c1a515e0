package dev.accord.engine;

import dev.accord.rules.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * One firing of a rule, as recorded while the session ran.
 *
 * @param sequence 1-based order of firing within the evaluation
 * @param bindings the rule's bound variables ({@code $tie}) and their values, in declaration order;
 *                 unmodifiable
 * @param matched  the facts its patterns matched, in pattern order
 */
public record Firing(int sequence, RuleInfo rule, Map<String, Object> bindings, List<Object> matched) {
}
