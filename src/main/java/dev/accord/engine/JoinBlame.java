package dev.accord.engine;

import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which rule an evaluation was most likely matching when it was stopped inside Drools' network
 * (no action running): Drools builds every partial match of a rule's patterns before the rule
 * fires, and names no rule while it does, so a join of facts with facts without a constraint
 * between them ({@code Actor() Actor() Actor()}) runs out of time or memory with no firing to
 * blame. This is an estimate, said as one: the rule whose top-level patterns could combine the
 * most facts of the fact set (the product of how many facts of each pattern's type went in).
 */
final class JoinBlame {

    private JoinBlame() {
    }

    /** The rule most likely joining, with its patterns' fact counts. */
    record Suspect(RuleShape rule, List<String> factors, double combinations) {

        /** "3 patterns over 30,000 Actor × 30,000 Actor × 30,000 Actor facts: up to 2.7e13 combinations". */
        String describe() {
            return factors.size() + " patterns over " + String.join(" × ", factors) + " facts: up to "
                    + (combinations < 1e6 ? String.format(java.util.Locale.ROOT, "%,.0f", combinations)
                            : String.format(java.util.Locale.ROOT, "%.1e", combinations).replace("e+", "e"))
                    + " combinations";
        }
    }

    /** True when the worker's stack shows Drools matching (its network), not running an action or a regex. */
    static boolean inMatching(StackTraceElement[] stack) {
        return java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.drools.core.phreak."));
    }

    /**
     * The rule with two or more top-level patterns whose fact types had the most facts inserted,
     * multiplied; null when no rule joins patterns of types that have facts.
     *
     * @param inserted how many facts of each type (by simple name) went into the session
     */
    static Suspect suspect(java.util.Collection<RuleShape> shapes, Map<String, Integer> inserted) {
        Suspect best = null;
        for (RuleShape shape : shapes) {
            List<String> factors = new ArrayList<>();
            double combinations = 1;
            for (LhsElement element : shape.conditions()) {
                if (element instanceof LhsElement.Pattern p && p.source() == null) {
                    int n = inserted.getOrDefault(simpleName(p.type()), 0);
                    factors.add(String.format(java.util.Locale.ROOT, "%,d %s", n, simpleName(p.type())));
                    combinations *= Math.max(n, 1);
                }
            }
            if (factors.size() >= 2 && combinations > 1 && (best == null || combinations > best.combinations()
                    || combinations == best.combinations() && shape.info().name().compareTo(best.rule().info().name()) < 0)) {
                best = new Suspect(shape, factors, combinations);
            }
        }
        return best;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
