package dev.accord.analysis;

import dev.accord.Condition;
import dev.accord.Diagnostic;
import dev.accord.RulePack;
import dev.accord.internal.Internals;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pairs of rules that recommend different actions and could both stand on the same facts,
 * which makes the decision a CONFLICT. Two rules are kept apart when they share an activation
 * group (only the first to fire does), or when what they require of the conclusions cannot hold
 * at once: one needs "c is MET" and the other "c is NOT_MET"; one needs "some condition is
 * NOT_MET" and the other every condition of the pack MET; one needs an assessment the other
 * forbids with {@code not}; or one forbids the other's recommendation ({@code not
 * Recommendation(...)}) and cannot stand beside it (it fires later, by salience, or concludes
 * logically, so its recommendation is withdrawn once the other's arrives). A branch of an {@code
 * or} and an {@code exists} count as requirements too. Salience alone keeps nothing apart: both
 * rules still fire. Anything else is reported: the check prefers a warning a person can dismiss
 * to a conflict found in production.
 */
final class ActionConflicts {

    private static final Pattern RECOMMENDS = Pattern.compile("new\\s+(?:[\\w$]+\\.)*Recommendation\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern RECOMMENDS_LOGICALLY = Pattern.compile(
            "insertLogical\\s*\\(\\s*new\\s+(?:[\\w$]+\\.)*Recommendation\\s*\\(");

    private ActionConflicts() {
    }

    static List<Diagnostic> find(RulePack pack) {
        List<RuleShape> recommenders = new ArrayList<>();
        for (RuleShape r : Internals.compiled(pack).shapes().values()) {
            if (!actions(r).isEmpty()) {
                recommenders.add(r);
            }
        }
        List<String> conditions = pack.conditions().stream().map(Condition::id).toList();
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < recommenders.size(); i++) {
            for (int j = i + 1; j < recommenders.size(); j++) {
                RuleShape a = recommenders.get(i);
                RuleShape b = recommenders.get(j);
                Set<String> actionsA = actions(a);
                Set<String> actionsB = actions(b);
                if (actionsA.equals(actionsB) || sameActivationGroup(a, b) || exclusive(a, b, conditions)) {
                    continue;
                }
                out.add(Diagnostic.warning(b.info().location(), "rules \"" + a.info().name() + "\" (recommends "
                        + String.join(", ", actionsA) + ") and \"" + b.info().name() + "\" (recommends " + String.join(", ", actionsB)
                        + ") can both stand on the same facts, and the decision is then a CONFLICT; make their conditions"
                        + " exclusive, or put them in one activation-group so that only the first to fire does"));
            }
        }
        return out;
    }

    private static Set<String> actions(RuleShape r) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = RECOMMENDS.matcher(r.consequence());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean sameActivationGroup(RuleShape a, RuleShape b) {
        String group = a.attributes().get("activation-group");
        return group != null && group.equals(b.attributes().get("activation-group"));
    }

    /** True when no branch of one rule can stand beside any branch of the other. */
    private static boolean exclusive(RuleShape a, RuleShape b, List<String> conditions) {
        for (List<Requirements.Atom> branchA : Requirements.of(a)) {
            for (List<Requirements.Atom> branchB : Requirements.of(b)) {
                if (!excludes(branchA, branchB, conditions) && !excludes(branchB, branchA, conditions)
                        && !blocks(a, branchA, b, branchB) && !blocks(b, branchB, a, branchA)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when rule {@code m} forbids the recommendation of rule {@code t} and cannot stand
     * beside it: {@code t} fires first (higher salience), or {@code m} forbids nothing {@code t}
     * needs but concludes logically, so that truth maintenance withdraws its recommendation once
     * {@code t}'s arrives, or each forbids the other's.
     */
    private static boolean blocks(RuleShape m, List<Requirements.Atom> mine, RuleShape t, List<Requirements.Atom> theirs) {
        if (!forbids(mine, actions(t))) {
            return false;
        }
        Integer salienceM = salience(m);
        Integer salienceT = salience(t);
        boolean tFirst = salienceM != null && salienceT != null && salienceT > salienceM;
        return tFirst || RECOMMENDS_LOGICALLY.matcher(m.consequence()).find() || forbids(theirs, actions(m));
    }

    private static boolean forbids(List<Requirements.Atom> atoms, Set<String> actions) {
        return atoms.stream().anyMatch(x -> x.negated() && x.isRecommendation() && (x.action() == null || actions.contains(x.action())));
    }

    private static Integer salience(RuleShape r) {
        try {
            return Integer.valueOf(r.attributes().getOrDefault("salience", "0").strip());
        } catch (NumberFormatException e) {
            return null; // a salience worked out from the facts: no order known
        }
    }

    private static boolean excludes(List<Requirements.Atom> mine, List<Requirements.Atom> theirs, List<String> conditions) {
        for (Requirements.Atom m : mine) {
            if (m.isRecommendation()) {
                continue; // see blocks
            }
            for (Requirements.Atom t : theirs) {
                if (m.negated() || t.negated() || !m.isAssessment() || !t.isAssessment()) {
                    continue;
                }
                if (m.condition() != null && m.condition().equals(t.condition()) && disjoint(m.statuses(), t.statuses())) {
                    return true;
                }
            }
            if (m.isAssessment() && !m.negated() && m.condition() == null && m.statuses() != null
                    && requiresOtherStatusForAll(theirs, m.statuses(), conditions)) {
                return true;
            }
            if (m.negated()) {
                for (Requirements.Atom t : theirs) {
                    if (t.negated() || !t.type().equals(m.type())) {
                        continue;
                    }
                    if (!m.isAssessment()) {
                        return true; // "no T at all" against "some T"
                    }
                    boolean sameCondition = m.condition() == null || m.condition().equals(t.condition());
                    boolean within = m.statuses() == null || t.statuses() != null && m.statuses().containsAll(t.statuses());
                    if (sameCondition && within) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a != null && b != null && java.util.Collections.disjoint(a, b);
    }

    /** True when the atoms require, for every condition of the pack, a status outside {@code statuses}. */
    private static boolean requiresOtherStatusForAll(List<Requirements.Atom> atoms, Set<String> statuses, List<String> conditions) {
        return !conditions.isEmpty() && conditions.stream().allMatch(c -> atoms.stream().anyMatch(
                a -> !a.negated() && a.isAssessment() && c.equals(a.condition()) && disjoint(a.statuses(), statuses)));
    }
}
