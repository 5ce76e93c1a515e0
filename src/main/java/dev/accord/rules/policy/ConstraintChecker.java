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

    /**
     * Drools' DRL6 expression parser backtracks exponentially on nested square brackets (16
     * levels take seconds, 20 minutes); real constraints hardly nest them at all.
     */
    static final int MAX_SQUARE_NESTING = 4;

    private final JavaChecker java;
    private final Refusals refusals;

    ConstraintChecker(JavaChecker java, Refusals refusals) {
        this.java = java;
        this.refusals = refusals;
    }

    /** The variables a constraint binds ({@code $to : to}); empty when it cannot be parsed. */
    static Set<String> bindings(String constraint) {
        Set<String> names = new HashSet<>();
        if (squareNesting(constraint) >= 0) {
            return names; // refused by check()
        }
        ConstraintConnectiveDescr parsed = parse(constraint);
        if (parsed != null) {
            collect(parsed, new ArrayList<>(), names);
        }
        return names;
    }

    void check(DrlText drl, String constraint, int line, Set<String> variables, String what) {
        CodeFragment whole = new CodeFragment(drl, constraint, line);
        String decoded = whole.code();
        int tooDeep = squareNesting(decoded);
        if (tooDeep >= 0) {
            refusals.refuse(whole.at(tooDeep), what + " nests square brackets more than " + MAX_SQUARE_NESTING
                    + " deep, which Drools' parser cannot read in reasonable time");
            return;
        }
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

    /** The offset of the first '[' nested past the limit (or any bracket past the general limit), or -1. */
    static int squareNesting(String code) {
        boolean[] isCode = ModifyBlocks.codeMask(code);
        int square = 0;
        int all = 0;
        for (int i = 0; i < code.length(); i++) {
            if (!isCode[i]) {
                continue;
            }
            char c = code.charAt(i);
            if (c == '[' && ++square > MAX_SQUARE_NESTING || "([{".indexOf(c) >= 0 && ++all > JavaChecker.MAX_NESTING) {
                return i;
            }
            if (c == ']') {
                square = Math.max(0, square - 1);
            }
            if (")]}".indexOf(c) >= 0) {
                all = Math.max(0, all - 1);
            }
        }
        return -1;
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
