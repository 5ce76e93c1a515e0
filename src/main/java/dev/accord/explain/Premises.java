package dev.accord.explain;

import dev.accord.engine.Accumulation;
import dev.accord.engine.Bindings;
import dev.accord.engine.ExpressionEvaluator;
import dev.accord.engine.Firing;
import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What one firing's conditions rested on, element by element in the order the rule states them:
 * the facts its patterns matched, the absences its {@code not}s required, the facts behind its
 * {@code exists} and {@code forall}, the branch of an {@code or} that held (once), what each
 * function of an {@code accumulate} computed over which facts, what a {@code collect} gathered,
 * and an {@code eval} with the values it was evaluated on.
 *
 * <p>The engine lists a firing's matched objects in pattern order, skipping {@code not},
 * {@code exists}, {@code forall} and {@code eval}; an {@code or} is split into one rule per
 * branch, so the objects of the branch that held come where the {@code or} is written.
 */
final class Premises {

    private final ExplanationBuilder explain;
    private final Firing firing;
    private final List<Object> matched;
    private final ConditionWords words;
    private final ExpressionEvaluator evaluator;
    private final Bindings bindings;
    /** The facts already given as premises of this firing. */
    private final List<Object> shown = new ArrayList<>();
    private int next;

    Premises(ExplanationBuilder explain, ExpressionEvaluator evaluator, Firing firing, List<Object> matched) {
        this.explain = explain;
        this.evaluator = evaluator;
        this.firing = firing;
        this.matched = matched;
        this.words = new ConditionWords(firing.bindings(), explain::name);
        this.bindings = Bindings.of(firing);
    }

    /** Whether the rule's elements are all ones whose matched objects can be lined up with it. */
    static boolean analysable(RuleShape shape) {
        return shape.conditions().stream().noneMatch(e -> e instanceof LhsElement.Other);
    }

    List<Evidence> of(RuleShape shape) {
        List<Evidence> premises = new ArrayList<>();
        for (LhsElement e : shape.conditions()) {
            add(e, premises);
        }
        while (next < matched.size()) {
            premises.add(explain.evidence(matched.get(next++)));
        }
        return premises;
    }

    private void add(LhsElement e, List<Evidence> premises) {
        if (e instanceof LhsElement.Pattern p && p.source() instanceof LhsElement.Accumulate acc) {
            accumulate(p, acc, take(), premises);
        } else if (e instanceof LhsElement.Pattern p && p.source() instanceof LhsElement.Collect) {
            Object list = take();
            List<Evidence> items = list instanceof Collection<?> c ? c.stream().map(o -> (Evidence) explain.evidence(o)).toList()
                    : List.of();
            premises.add(new Existence(words.describe(p) + ": " + count(items.size()), p.location(), items));
        } else if (e instanceof LhsElement.Pattern) {
            Object fact = take();
            // a branch of an or that names a fact already given (this == $w) does not give it twice
            if (fact != null && shown.stream().noneMatch(o -> o == fact)) {
                premises.add(explain.evidence(fact));
                shown.add(fact);
            }
        } else if (e instanceof LhsElement.Not n) {
            premises.add(new Absence("there is no evidence of " + words.describe(n.elements()), n.location()));
        } else if (e instanceof LhsElement.Exists x) {
            premises.add(new Existence("there is " + words.describe(x.elements()), x.location(),
                    facts(explain.search().solutions(x.elements(), bindings, 20))));
        } else if (e instanceof LhsElement.Forall f) {
            premises.add(new Existence(words.describe(f), f.location(),
                    facts(explain.search().solutions(f.elements(), bindings, ExplanationBuilder.SHOWN_COUNTED))));
        } else if (e instanceof LhsElement.Or o) {
            or(o, premises);
        } else if (e instanceof LhsElement.Eval ev) {
            premises.add(new MatchedValue("it holds that "
                    + EvalWords.describe(ev.expression(), bindings.variables(), evaluator, words, explain::name)));
        }
    }

    /** The branch of the {@code or} that held, found by the objects the engine matched where it is written. */
    private void or(LhsElement.Or o, List<Evidence> premises) {
        for (LhsElement branch : o.branches()) {
            int width = objects(branch);
            if (next + width > matched.size()) {
                continue;
            }
            List<Object> taken = matched.subList(next, next + width);
            boolean held = explain.search().solutions(List.of(branch), bindings, 50).stream()
                    .anyMatch(s -> width == 0 || startsWith(s.facts(), taken));
            if (held) {
                List<Evidence> inner = new ArrayList<>();
                add(branch, inner);
                premises.add(new Existence("of " + words.describe(o) + ", this held: " + words.describe(branch),
                        o.location(), inner));
                return;
            }
        }
        premises.add(new MatchedValue("one of " + words.describe(o) + " held"));
    }

    /** How many matched objects an element stands for in the engine's list. */
    private static int objects(LhsElement e) {
        if (e instanceof LhsElement.Pattern) {
            return 1;
        }
        if (e instanceof LhsElement.Exists x) { // an "and" inside an or
            return x.elements().stream().mapToInt(Premises::objects).sum();
        }
        return 0;
    }

    private static boolean startsWith(List<Object> facts, List<Object> taken) {
        if (facts.size() < taken.size()) {
            return false;
        }
        for (int i = 0; i < taken.size(); i++) {
            if (facts.get(i) != taken.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One node per function: its value, and the facts it took; then each inline result constraint, with the values. */
    private void accumulate(LhsElement.Pattern p, LhsElement.Accumulate acc, Object result, List<Evidence> premises) {
        List<Evidence> taken = takenBy(acc);
        String over = " over " + words.describe(acc.inputs());
        if (!Accumulation.recomputable(acc) && acc.functions().isEmpty()) {
            premises.add(new Aggregate("custom accumulate code" + over, explain.name(result), p.location(), taken));
        }
        for (int i = 0; i < acc.functions().size(); i++) {
            LhsElement.Function f = acc.functions().get(i);
            String call = f.name() + "( " + String.join(", ", f.arguments().stream().map(words::substitute).toList()) + " )";
            premises.add(new Aggregate(call + over, explain.name(Accumulation.valueOf(acc, result, i)), p.location(), taken));
        }
        for (Constraint c : p.constraints()) {
            List<String> values = acc.functions().stream().filter(f -> f.binding() != null && c.text().contains(f.binding()))
                    .map(f -> f.binding() + " is " + explain.name(Accumulation.valueOf(acc, result, acc.functions().indexOf(f))))
                    .toList();
            if (c.isTest() && !values.isEmpty()) {
                premises.add(new MatchedValue("it holds that " + c.text() + ", where " + String.join(" and ", values)));
            }
        }
    }

    /** The first facts an accumulate took, not all: one over a window may take a million incidents. */
    private List<Evidence> takenBy(LhsElement.Accumulate acc) {
        int shown = ExplanationBuilder.SHOWN_COUNTED;
        List<Evidence> taken = new ArrayList<>(facts(explain.search().solutions(acc.inputs(), bindings, shown + 1)));
        if (taken.size() > shown) {
            taken = new ArrayList<>(taken.subList(0, shown));
            taken.add(new MatchedValue("and more: the first " + shown + " facts taken are shown"));
        }
        return taken;
    }

    private Object take() {
        return next < matched.size() ? matched.get(next++) : null;
    }

    private static String count(int n) {
        return n == 1 ? "1 fact" : n + " facts";
    }

    /** The distinct facts of some solutions, as evidence, in the order found. */
    private List<Evidence> facts(List<Bindings> solutions) {
        List<Object> seen = new ArrayList<>();
        List<Evidence> out = new ArrayList<>();
        for (Bindings s : solutions) {
            for (Object f : s.facts()) {
                if (seen.stream().noneMatch(o -> o == f)) {
                    seen.add(f);
                    out.add(explain.evidence(f));
                }
            }
        }
        return out;
    }
}
