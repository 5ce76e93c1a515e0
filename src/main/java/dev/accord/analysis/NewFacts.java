package dev.accord.analysis;

import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import dev.accord.rules.Constraint;
import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts a rule's patterns ask for, as candidates to add: for a pattern such as
 * {@code Talks( party == $party.id, status == TalksStatus.ONGOING )}, a Talks fact with
 * {@code status: ONGOING} and {@code party} taken from the fact the rule's {@code $party} pattern
 * would match. The search verifies each by evaluating it; a candidate that satisfies less than
 * the rule needs simply does not flip anything.
 */
final class NewFacts {

    private static final Pattern COMPARISON = Pattern.compile("^(\\w+)\\s*(==|>=|<=|>|<)\\s*(.+)$");
    private static final Pattern REFERENCE = Pattern.compile("^(\\$\\w+)\\.(\\w+)$");

    private NewFacts() {
    }

    static List<FactEdit> askedFor(RulePack pack, FactSet facts) {
        Set<FactEdit.AddFact> out = new LinkedHashSet<>();
        for (RuleShape rule : Internals.compiled(pack).shapes().values()) {
            for (LhsElement e : rule.conditions()) {
                if (e instanceof LhsElement.Pattern p && p.source() == null && pack.factType(p.type()).isPresent()) {
                    Map<String, Object> fields = fields(p, rule, facts);
                    if (!fields.isEmpty()) {
                        String id = "new-" + p.type().toLowerCase(Locale.ROOT);
                        out.add(new FactEdit.AddFact(p.type(), id, fields, null));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> fields(LhsElement.Pattern p, RuleShape rule, FactSet facts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Constraint c : p.constraints()) {
            Matcher m = COMPARISON.matcher(c.text().strip());
            if (!m.matches()) {
                continue;
            }
            value(m.group(2), m.group(3).strip(), rule, facts).ifPresent(v -> fields.put(m.group(1), v));
        }
        return fields;
    }

    private static Optional<Object> value(String op, String rhs, RuleShape rule, FactSet facts) {
        if (rhs.startsWith("\"") && rhs.endsWith("\"") && rhs.length() >= 2) {
            return Optional.of(rhs.substring(1, rhs.length() - 1));
        }
        if (rhs.equals("true") || rhs.equals("false")) {
            return Optional.of(Boolean.valueOf(rhs));
        }
        if (rhs.matches("-?\\d+(\\.\\d+)?")) {
            BigDecimal n = new BigDecimal(rhs);
            return Optional.of(switch (op) {
                case ">" -> n.add(BigDecimal.ONE);
                case "<" -> n.subtract(BigDecimal.ONE);
                default -> n;
            });
        }
        if (rhs.matches("[A-Z]\\w*\\.[A-Z][A-Z0-9_]*") && op.equals("==")) {
            return Optional.of(rhs.substring(rhs.indexOf('.') + 1));
        }
        Matcher ref = REFERENCE.matcher(rhs);
        return ref.matches() && op.equals("==") ? referenced(ref.group(1), ref.group(2), rule, facts) : Optional.empty();
    }

    /** The field of the first fact (by label) that the pattern binding {@code variable} would match on its literals. */
    private static Optional<Object> referenced(String variable, String field, RuleShape rule, FactSet facts) {
        for (LhsElement e : rule.conditions()) {
            if (e instanceof LhsElement.Pattern p && variable.equals(p.binding())) {
                return Internals.factSets().facts(facts).stream().filter(f -> f.type().equals(p.type()))
                        .filter(f -> satisfiesLiterals(f, p))
                        .sorted(Comparator.comparing(Fact::label))
                        .map(f -> fieldValue(f, field)).filter(v -> v != null).findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean satisfiesLiterals(Fact f, LhsElement.Pattern p) {
        for (Constraint c : p.constraints()) {
            Matcher m = COMPARISON.matcher(c.text().strip());
            if (m.matches() && m.group(2).equals("==") && m.group(3).strip().matches("[A-Z]\\w*\\.[A-Z][A-Z0-9_]*|\"[^\"]*\"")) {
                String want = m.group(3).strip().replaceFirst("^[A-Z]\\w*\\.", "").replace("\"", "");
                Object have = fieldValue(f, m.group(1));
                if (have == null || !want.equals(have.toString())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Object fieldValue(Fact f, String field) {
        if (field.equals("id")) {
            return f.id();
        }
        Node.Entry e = f.fields().get(field);
        return e != null && e.value() instanceof Node.Scalar s ? s.value() : null;
    }
}
