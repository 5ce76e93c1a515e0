package dev.accord.analysis;

import dev.accord.rules.LhsElement;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule requires of the conclusions in working memory, read from its conditions: "ties-cut
 * is MET", "some condition is NOT_MET", "no condition is NOT_MET", "no action is recommended yet".
 * Enough to see that two rules cannot both stand on the same facts, since a condition has one
 * status at a time. A rule with {@code or} has one list of requirements per branch: Drools makes
 * a rule of each.
 */
final class Requirements {

    /**
     * One requirement.
     *
     * @param type      the type's simple name: {@code Assessment}, {@code Recommendation}, or
     *                  another type (then only "some fact of it" or, negated, "none at all")
     * @param condition the condition id, or null for any condition (assessments only)
     * @param statuses  the statuses allowed, or null for any (assessments only)
     * @param action    the action, or null for any action (recommendations only)
     * @param negated   true for a {@code not ...(...)}
     */
    record Atom(String type, String condition, Set<String> statuses, String action, boolean negated) {

        boolean isAssessment() {
            return type.equals("Assessment");
        }

        boolean isRecommendation() {
            return type.equals("Recommendation");
        }
    }

    private static final Set<String> ALL_STATUSES = Set.of("MET", "NOT_MET", "UNKNOWN");
    private static final Pattern CONDITION = Pattern.compile("^condition\\s*==\\s*\"([^\"]+)\"$");
    private static final Pattern STATUS = Pattern.compile("^status\\s*(==|!=)\\s*(?:[\\w$]+\\.)*(MET|NOT_MET|UNKNOWN)$");
    private static final Pattern ACTION = Pattern.compile("^action\\s*==\\s*\"([^\"]+)\"$");

    private Requirements() {
    }

    /** The rule's requirements, one list per branch of its {@code or}s (one list when it has none). */
    static List<List<Atom>> of(RuleShape rule) {
        List<List<Atom>> branches = new ArrayList<>();
        branches.add(new ArrayList<>());
        for (LhsElement e : rule.conditions()) {
            branches = add(e, branches);
        }
        return branches;
    }

    /** Adds what the element requires to every branch, splitting the branches at an {@code or}. */
    private static List<List<Atom>> add(LhsElement e, List<List<Atom>> branches) {
        if (e instanceof LhsElement.Or or) {
            List<List<Atom>> out = new ArrayList<>();
            for (LhsElement branch : or.branches()) {
                List<List<Atom>> copies = new ArrayList<>();
                branches.forEach(b -> copies.add(new ArrayList<>(b)));
                out.addAll(add(branch, copies));
            }
            return out;
        }
        Atom atom = null;
        if (e instanceof LhsElement.Pattern p) {
            atom = atom(p, false);
        } else if (e instanceof LhsElement.Exists x && x.elements().size() == 1 && x.elements().get(0) instanceof LhsElement.Pattern p) {
            atom = atom(p, false);
        } else if (e instanceof LhsElement.Exists x) {
            for (LhsElement inner : x.elements()) {
                branches = add(inner, branches);
            }
        } else if (e instanceof LhsElement.Not n && n.elements().size() == 1 && n.elements().get(0) instanceof LhsElement.Pattern p) {
            atom = atom(p, true);
        }
        if (atom != null) {
            for (List<Atom> b : branches) {
                b.add(atom);
            }
        }
        return branches;
    }

    private static Atom atom(LhsElement.Pattern p, boolean negated) {
        if (p.source() != null) {
            return null;
        }
        boolean vocabulary = p.type().equals("Assessment") || p.type().equals("Recommendation");
        String condition = null;
        Set<String> statuses = null;
        String action = null;
        for (var c : p.constraints()) {
            String text = c.text().strip();
            Matcher cm = CONDITION.matcher(text);
            Matcher sm = STATUS.matcher(text);
            Matcher am = ACTION.matcher(text);
            if (vocabulary && cm.matches()) {
                condition = cm.group(1);
            } else if (vocabulary && sm.matches()) {
                Set<String> allowed = new HashSet<>(sm.group(1).equals("==") ? Set.of(sm.group(2)) : ALL_STATUSES);
                if (sm.group(1).equals("!=")) {
                    allowed.remove(sm.group(2));
                }
                statuses = statuses == null ? allowed : intersection(statuses, allowed);
            } else if (vocabulary && am.matches()) {
                action = am.group(1);
            } else if (c.isTest() && negated) {
                return null; // a not with other constraints forbids less than "no such fact"
            }
        }
        return new Atom(p.type(), condition, statuses == null ? null : Set.copyOf(statuses), action, negated);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
