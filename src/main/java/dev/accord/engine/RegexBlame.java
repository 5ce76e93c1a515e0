package dev.accord.engine;

import dev.accord.Location;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which rule an evaluation that ran out of time was stuck in when no action was running: a
 * regular expression that backtracks without end ({@code name matches "(.*a){25}b"} on forty a's) is evaluated
 * while Drools matches, so no rule is firing and the rules that fired most are innocent. When the
 * worker's stack is inside {@code java.util.regex}, the rules with a {@code matches} condition are
 * the ones to blame.
 */
final class RegexBlame {

    private RegexBlame() {
    }

    /** The rules with a {@code matches} condition, by name, with that pattern's place; empty unless in a regex. */
    static Map<String, Location> suspects(CompiledRules rules, StackTraceElement[] stack) {
        Map<String, Location> found = new TreeMap<>();
        boolean inRegex = java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("java.util.regex."));
        if (!inRegex) {
            return found;
        }
        for (RuleShape shape : rules.shapes().values()) {
            List<Location> at = new ArrayList<>();
            shape.conditions().forEach(c -> collect(c, at));
            if (!at.isEmpty()) {
                found.put(shape.info().name(), at.get(0));
            }
        }
        return found;
    }

    private static void collect(LhsElement element, List<Location> at) {
        if (element instanceof LhsElement.Pattern p) {
            if (p.constraints().stream().anyMatch(c -> c.text().matches("(?s).*\\bmatches\\b.*"))) {
                at.add(p.location());
            }
        } else if (element instanceof LhsElement.Not n) {
            n.elements().forEach(e -> collect(e, at));
        } else if (element instanceof LhsElement.Exists e) {
            e.elements().forEach(x -> collect(x, at));
        } else if (element instanceof LhsElement.Or o) {
            o.branches().forEach(x -> collect(x, at));
        } else if (element instanceof LhsElement.Forall f) {
            f.elements().forEach(x -> collect(x, at));
        } else if (element instanceof LhsElement.Other o) {
            o.inner().forEach(x -> collect(x, at));
        }
    }
}
