package dev.accord.explain;

import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Which variables a rule condition binds for the conditions after it, and which it uses. */
final class Variables {

    private Variables() {
    }

    static Set<String> boundBy(LhsElement e) {
        Set<String> out = new HashSet<>();
        if (e instanceof LhsElement.Pattern p) {
            if (p.binding() != null) {
                out.add(p.binding());
            }
            for (Constraint c : p.constraints()) {
                if (c.binding() != null) {
                    out.add(c.binding());
                }
            }
        } else if (e instanceof LhsElement.Or o) {
            o.branches().forEach(b -> out.addAll(boundBy(b)));
        }
        return out; // not and exists bind nothing outside themselves
    }

    static boolean usesAny(LhsElement e, Set<String> variables) {
        String text = e.text();
        for (String v : variables) {
            if (Pattern.compile(Pattern.quote(v) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
