package dev.accord.explain;

import dev.accord.rules.CompiledRules;
import dev.accord.rules.RuleShape;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the rules that can conclude a given fact, by reading their actions: the rules whose
 * action creates a {@code Recommendation} of an action, an {@code Assessment} of a condition
 * with a status, or any object of a type.
 */
final class Producers {

    private static final String QUALIFIER = "(?:[\\w$]+\\.)*";

    private final CompiledRules rules;

    Producers(CompiledRules rules) {
        this.rules = rules;
    }

    List<RuleShape> recommending(String action) {
        return matching(Pattern.compile("new\\s+" + QUALIFIER + "Recommendation\\s*\\(\\s*\"" + Pattern.quote(action) + "\""));
    }

    /**
     * The rules that name the condition, and those that take the condition's id from a fact
     * ({@code new Assessment( $c, Status.MET )}, with {@code $c} bound in the conditions): each of
     * those could assess any condition.
     */
    List<RuleShape> assessing(String condition, String status) {
        return matching(Pattern.compile("new\\s+" + QUALIFIER + "Assessment\\s*\\(\\s*(?:\"" + Pattern.quote(condition)
                + "\"|[$\\w][\\w$.()]*)\\s*,\\s*" + QUALIFIER + "Status\\s*\\.\\s*" + Pattern.quote(status) + "\\b"));
    }

    List<RuleShape> assessingAny(String status) {
        return matching(Pattern.compile("new\\s+" + QUALIFIER + "Assessment\\s*\\(\\s*(?:\"[^\"]*\"|[$\\w][\\w$.()]*)\\s*,\\s*" + QUALIFIER
                + "Status\\s*\\.\\s*" + Pattern.quote(status) + "\\b"));
    }

    List<RuleShape> creating(String type) {
        return matching(Pattern.compile("new\\s+" + QUALIFIER + Pattern.quote(type) + "\\s*\\("));
    }

    private List<RuleShape> matching(Pattern action) {
        return rules.shapes().values().stream().filter(s -> action.matcher(s.consequence()).find()).toList();
    }
}
