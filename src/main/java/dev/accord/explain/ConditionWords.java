package dev.accord.explain;

import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts rule conditions into words for a reader, with the values of bound variables filled in:
 * {@code Tie( from == $party.id )} under {@code $party = taliban} reads "a Tie with from == taliban".
 */
final class ConditionWords {

    private final Map<String, Object> bindings;
    private final Function<Object, String> name;

    ConditionWords(Map<String, Object> bindings, Function<Object, String> name) {
        this.bindings = bindings;
        this.name = name;
    }

    /** "a Tie with from == taliban, status == ACTIVE, together with an Actor with ..." */
    String describe(List<LhsElement> elements) {
        List<String> parts = elements.stream().map(this::describe).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", together with ", parts);
    }

    String describe(LhsElement e) {
        if (e instanceof LhsElement.Pattern p) {
            String article = "AEIOU".indexOf(Character.toUpperCase(p.type().charAt(0))) >= 0 ? "an " : "a ";
            String constraints = String.join(", ", p.constraints().stream().map(this::constraint).toList());
            String from = p.source() == null ? "" : " from " + substitute(p.source().text());
            String window = p.window() == null ? "" : " over " + p.window().text();
            return article + p.type() + (constraints.isEmpty() ? "" : " with " + constraints) + window + from;
        }
        if (e instanceof LhsElement.Not n) {
            return "no evidence of " + describe(n.elements());
        }
        if (e instanceof LhsElement.Exists x) {
            return describe(x.elements());
        }
        if (e instanceof LhsElement.Or o) {
            return "either " + String.join(" or ", o.branches().stream().map(this::describe).toList());
        }
        return substitute(e.text());
    }

    String constraint(Constraint c) {
        return substitute(c.text());
    }

    /** Replaces each bound {@code $var.path} by its value; unbound variables stay as written. */
    String substitute(String text) {
        return ExplainTemplate.substitute(text, bindings, name);
    }
}
