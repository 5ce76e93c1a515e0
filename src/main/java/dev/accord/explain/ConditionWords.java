package dev.accord.explain;

import dev.accord.render.Values;
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

    private static final java.util.regex.Pattern IS_NULL = java.util.regex.Pattern.compile("([\\w$.()]+)\\s*==\\s*null\\b");
    private static final java.util.regex.Pattern NOT_NULL = java.util.regex.Pattern.compile("([\\w$.()]+)\\s*!=\\s*null\\b");

    private final Map<String, Object> bindings;
    private final Function<Object, String> name;

    ConditionWords(Map<String, Object> bindings, Function<Object, String> name) {
        this.bindings = bindings;
        this.name = name;
    }

    /** "a Tie with from == taliban, status == ACTIVE, together with an Actor with ..." */
    String describe(List<LhsElement> elements) {
        if (elements.size() == 1) {
            return describe(elements.get(0));
        }
        StringBuilder out = new StringBuilder(describe(elements.get(0)));
        for (LhsElement e : elements.subList(1, elements.size())) {
            // not ( X() and not Y() ): "no X for which there is no evidence of Y"
            out.append(e instanceof LhsElement.Not ? " for which there is " : ", together with ").append(describe(e));
        }
        return out.toString();
    }

    String describe(LhsElement e) {
        if (e instanceof LhsElement.Pattern p && p.source() instanceof LhsElement.Accumulate acc && p.binding() == null
                && p.type().startsWith("Object")) {
            // accumulate( inputs; functions; constraints ): no result pattern of its own to name
            String constraints = String.join(", ", p.constraints().stream().map(this::constraint).toList());
            return accumulate(acc) + (constraints.isEmpty() ? "" : ", where " + constraints);
        }
        if (e instanceof LhsElement.Pattern p) {
            String article = "AEIOU".indexOf(Character.toUpperCase(p.type().charAt(0))) >= 0 ? "an " : "a ";
            String constraints = String.join(", ", p.constraints().stream().map(this::constraint).toList());
            String window = p.window() == null ? "" : " over " + p.window().text();
            return article + p.type() + (constraints.isEmpty() ? "" : " with " + constraints) + window + source(p.source());
        }
        if (e instanceof LhsElement.Forall f) {
            if (f.elements().size() == 1 && f.elements().get(0) instanceof LhsElement.Pattern only) {
                return "every " + only.type() + " satisfies "
                        + String.join(", ", only.constraints().stream().map(this::constraint).toList());
            }
            List<LhsElement> rest = f.elements().subList(1, f.elements().size());
            return "for every " + describe(f.elements().get(0)).replaceFirst("^an? ", "") + ", there is " + describe(rest);
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

    private String source(LhsElement.Source source) {
        if (source == null) {
            return "";
        }
        if (source instanceof LhsElement.Collect c) {
            return " collected from " + describe(c.inputs());
        }
        if (source instanceof LhsElement.Accumulate acc) {
            return " from " + accumulate(acc);
        }
        return " from " + substitute(source.text());
    }

    /** "sum( $r.getAmount() ), count( $r ) over a Revenue" or, with custom code, "custom accumulate code over ...". */
    private String accumulate(LhsElement.Accumulate acc) {
        String functions = acc.functions().isEmpty() ? "custom accumulate code"
                : String.join(", ", acc.functions().stream().map(f -> substitute(f.text())).toList());
        return functions + " over " + describe(acc.inputs());
    }

    String constraint(Constraint c) {
        return substitute(c.text());
    }

    /**
     * Replaces each bound {@code $var.path} by its value; unbound variables stay as written. A
     * test against {@code null} reads as a reader says it: {@code value == null} is "value is not
     * stated" (a fact that leaves a field out does not state it), {@code != null} "is stated".
     */
    String substitute(String text) {
        String filled = ExplainTemplate.substitute(text, bindings, name);
        if (!filled.contains("null")) {
            return filled;
        }
        filled = IS_NULL.matcher(filled).replaceAll("$1 is " + Values.NOT_STATED);
        return NOT_NULL.matcher(filled).replaceAll("$1 is stated");
    }
}
