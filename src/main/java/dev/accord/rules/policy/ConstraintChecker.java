package dev.accord.rules.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks a pattern's constraint ({@code status == TieStatus.ACTIVE, $to : to}). DRL's operators
 * ({@code in}, {@code matches}, {@code after[1s]}) are not Java, so Drools' own expression parser
 * splits the constraint into operands first; each operand is Java and goes to the
 * {@link JavaChecker}. Then every name in the constraint's text must belong to an operand, a
 * binding or an operator, so that nothing the splitting dropped goes unchecked.
 */
final class ConstraintChecker {

    private static final Set<String> OPERATOR_WORDS = Set.of(
            "in", "not", "matches", "memberOf", "contains", "excludes", "soundslike", "str", "startsWith",
            "endsWith", "length", "after", "before", "coincides", "during", "finishes", "finishedby", "includes",
            "meets", "metby", "overlaps", "overlappedby", "starts", "startedby", "instanceof", "null", "true",
            "false");

    private final JavaChecker java;
    private final Refusals refusals;

    ConstraintChecker(JavaChecker java, Refusals refusals) {
        this.java = java;
        this.refusals = refusals;
    }

    /** The variables a constraint binds ({@code $to : to}); empty when it cannot be parsed. */
    static Set<String> bindings(String constraint) {
        Set<String> names = new HashSet<>();
        ConstraintConnectiveDescr parsed = parse(constraint);
        if (parsed != null) {
            collect(parsed, new ArrayList<>(), names);
        }
        return names;
    }

    void check(DrlText drl, String constraint, int line, Set<String> variables, String what) {
        CodeFragment whole = new CodeFragment(drl, constraint, line);
        String decoded = whole.code();
        ConstraintConnectiveDescr parsed = parse(decoded);
        if (parsed == null) {
            refusals.refuse(whole.start(), what + " cannot be checked: it is not a constraint the policy can read");
            return;
        }
        List<String> operands = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        collect(parsed, operands, bound);
        Set<String> known = new HashSet<>(variables);
        known.addAll(bound);
        List<String> covered = new ArrayList<>(bound);
        for (String operand : operands) {
            java.checkExpression(new CodeFragment(drl, operand, whole.start().line()), known, JavaChecker.Kind.CONSTRAINT, what);
            covered.addAll(Identifiers.of(operand));
        }
        for (String name : Identifiers.of(decoded)) {
            if (!covered.remove(name) && !OPERATOR_WORDS.contains(name)) {
                refusals.refuse(whole.start(), what + " cannot be checked: the policy cannot tell what '" + name
                        + "' is in it");
                return;
            }
        }
    }

    private static ConstraintConnectiveDescr parse(String constraint) {
        try {
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr result = parser.parse(constraint);
            return parser.hasErrors() ? null : result;
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the compiler will report the syntax; the policy refuses what it cannot read
        }
    }

    private static void collect(BaseDescr d, List<String> operands, Set<String> bound) {
        if (d instanceof ConstraintConnectiveDescr c) {
            c.getDescrs().forEach(x -> collect(x, operands, bound));
        } else if (d instanceof RelationalExprDescr r) {
            collect(r.getLeft(), operands, bound);
            collect(r.getRight(), operands, bound);
        } else if (d instanceof BindingDescr b) {
            bound.add(b.getVariable());
            if (b.getExpression() != null && !b.getExpression().isBlank()) {
                operands.add(b.getExpression());
            }
        } else if (d instanceof AtomicExprDescr a && !a.isLiteral()) {
            operands.add(a.getExpression());
        } else if (d instanceof AtomicExprDescr) {
            // a literal: nothing to check, and its words are not names
        } else if (d != null) {
            operands.add(d.getText() == null ? d.toString() : d.getText());
        }
    }
}
