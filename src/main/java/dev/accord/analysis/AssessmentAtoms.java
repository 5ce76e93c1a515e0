package dev.accord.analysis;

import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule requires of the assessments, read from its top-level conditions: "ties-cut is
 * MET", "some condition is NOT_MET", "no condition is NOT_MET". Enough to see that two rules
 * cannot fire on the same facts, since a condition has one status at a time.
 *
 * @param condition the condition id, or null for any condition
 * @param status    the status, or null for any status
 * @param negated   true for a {@code not Assessment(...)}
 */
record AssessmentAtoms(String condition, String status, boolean negated) {

    private static final Pattern CONDITION = Pattern.compile("^condition\\s*==\\s*\"([^\"]+)\"$");
    private static final Pattern STATUS = Pattern.compile("^status\\s*==\\s*(?:[\\w$]+\\.)*(MET|NOT_MET|UNKNOWN)$");

    static List<AssessmentAtoms> of(RuleShape rule) {
        List<AssessmentAtoms> atoms = new ArrayList<>();
        for (LhsElement e : rule.conditions()) {
            if (e instanceof LhsElement.Pattern p) {
                atom(p, false, atoms);
            } else if (e instanceof LhsElement.Not n && n.elements().size() == 1 && n.elements().get(0) instanceof LhsElement.Pattern p) {
                atom(p, true, atoms);
            }
        }
        return atoms;
    }

    private static void atom(LhsElement.Pattern p, boolean negated, List<AssessmentAtoms> atoms) {
        if (!p.type().equals("Assessment") || p.source() != null) {
            return;
        }
        String condition = null;
        String status = null;
        for (var c : p.constraints()) {
            Matcher cm = CONDITION.matcher(c.text().strip());
            Matcher sm = STATUS.matcher(c.text().strip());
            if (cm.matches()) {
                condition = cm.group(1);
            } else if (sm.matches()) {
                status = sm.group(1);
            } else if (c.isTest() && negated) {
                return; // a not with other constraints forbids less than "no such assessment"
            }
        }
        atoms.add(new AssessmentAtoms(condition, status, negated));
    }
}
