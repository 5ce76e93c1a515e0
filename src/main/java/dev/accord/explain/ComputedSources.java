package dev.accord.explain;

import dev.accord.engine.Accumulation;
import dev.accord.engine.Bindings;
import dev.accord.rules.LhsElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Why-not's words for the value an {@code accumulate} or a {@code collect} came to, where a
 * pattern on it failed: each function with its value and the facts it took ("sum( amount ) is
 * 210.75 and count( $r ) is 2, over r-feb, r-jan"), or the facts collected. Never the raw result
 * (an array, a list of objects).
 */
final class ComputedSources {

    private static final int SHOWN = 10;

    private final ExplanationBuilder explain;

    ComputedSources(ExplanationBuilder explain) {
        this.explain = explain;
    }

    /** The evidence for a computed result, or null when the pattern takes facts as they are. */
    Evidence of(LhsElement.Pattern p, Object result, Bindings b) {
        ConditionWords words = new ConditionWords(b.variables(), explain::name);
        if (p.source() instanceof LhsElement.Accumulate acc) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < acc.functions().size(); i++) {
                LhsElement.Function f = acc.functions().get(i);
                String call = f.name() + "( " + String.join(", ", f.arguments().stream().map(words::substitute).toList()) + " )";
                values.add(call + " is " + explain.name(Accumulation.valueOf(acc, result, i)));
            }
            List<Object> taken = distinct(explain.search().solutions(acc.inputs(), b, SHOWN + 1), b.facts());
            return new Existence(String.join(" and ", values) + ", over " + names(taken), p.location(),
                    taken.stream().limit(SHOWN).map(explain::evidence).toList());
        }
        if (p.source() instanceof LhsElement.Collect c) {
            List<Object> items = result instanceof Collection<?> list ? new ArrayList<>(list) : List.of();
            return new Existence("the facts collected from " + words.describe(c.inputs()) + ": " + names(items),
                    p.location(), items.stream().limit(SHOWN).map(explain::evidence).toList());
        }
        return null;
    }

    private String names(List<Object> facts) {
        if (facts.isEmpty()) {
            return "no fact";
        }
        List<String> shown = facts.stream().limit(SHOWN).map(explain::name).toList();
        return String.join(", ", shown) + (facts.size() > SHOWN ? " and more" : "");
    }

    /** The facts of the solutions, each once, leaving out those matched before the accumulate ({@code before}). */
    private static List<Object> distinct(List<Bindings> solutions, List<Object> before) {
        List<Object> out = new ArrayList<>();
        for (Bindings s : solutions) {
            for (Object f : s.facts()) {
                if (out.stream().noneMatch(o -> o == f) && before.stream().noneMatch(o -> o == f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
