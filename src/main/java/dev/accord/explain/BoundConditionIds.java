package dev.accord.explain;

import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that takes the condition it assesses from a fact ({@code $r : Report( $c : condition )}
 * then {@code new Assessment( $c, Status.MET )}) can assess any condition. Asked why it did not
 * assess a given one, why-not replays it with the binding pinned to that condition
 * ({@code condition == "reported"}), so the nearest facts are the ones about that condition and
 * the constraints they fail are shown with their values.
 */
final class BoundConditionIds {

    private static final Pattern ASSESSED_VARIABLE =
            Pattern.compile("new\\s+(?:[\\w$]+\\.)*Assessment\\s*\\(\\s*(\\$?[A-Za-z_][\\w$]*)\\s*,");

    private BoundConditionIds() {
    }

    /** The rule with its conditions pinned to {@code condition}, or the rule itself when it names its condition. */
    static RuleShape pinned(RuleShape rule, String condition) {
        Matcher m = ASSESSED_VARIABLE.matcher(rule.consequence());
        if (!m.find()) {
            return rule;
        }
        String variable = m.group(1);
        List<LhsElement> conditions = new ArrayList<>();
        boolean pinned = false;
        for (LhsElement e : rule.conditions()) {
            if (!pinned && e instanceof LhsElement.Pattern p && binds(p, variable) != null) {
                Constraint binding = binds(p, variable);
                String field = binding.bound().strip();
                String literal = "\"" + condition.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                List<Constraint> constraints = new ArrayList<>(p.constraints());
                constraints.add(new Constraint(field + " == " + literal, field + " == " + literal, null, null, field,
                        binding.location()));
                e = new LhsElement.Pattern(p.binding(), p.type(), List.copyOf(constraints), p.source(), p.location(), p.window());
                pinned = true;
            }
            conditions.add(e);
        }
        return pinned ? new RuleShape(rule.info(), List.copyOf(conditions), rule.consequence(), rule.attributes()) : rule;
    }

    private static Constraint binds(LhsElement.Pattern p, String variable) {
        return p.constraints().stream().filter(c -> variable.equals(c.binding()) && c.bound() != null).findFirst().orElse(null);
    }
}
