package dev.accord.analysis;

import dev.accord.Diagnostic;
import dev.accord.RulePack;
import dev.accord.rules.Condition;
import dev.accord.rules.RuleShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pairs of rules that recommend different actions and could fire on the same facts with
 * nothing to decide between them. Two rules are kept apart when their attributes decide
 * (different salience, a shared activation group, different agenda groups) or when what they
 * require of the assessments cannot hold at once: one needs "c is MET" and the other "c is
 * NOT_MET"; one needs "some condition is NOT_MET" and the other every condition of the pack MET;
 * one needs an assessment the other forbids with {@code not}. Anything else is reported: the
 * check prefers a warning a person can dismiss to a conflict found in production.
 */
final class ActionConflicts {

    private static final Pattern RECOMMENDS = Pattern.compile("new\\s+(?:[\\w$]+\\.)*Recommendation\\s*\\(\\s*\"([^\"]+)\"");

    private ActionConflicts() {
    }

    static List<Diagnostic> find(RulePack pack) {
        List<RuleShape> recommenders = new ArrayList<>();
        for (RuleShape r : pack.shapes()) {
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
                if (actionsA.equals(actionsB) || decidedByAttributes(a, b) || exclusive(a, b, conditions)) {
                    continue;
                }
                out.add(Diagnostic.warning(b.info().location(), "rules \"" + a.info().name() + "\" (recommends "
                        + String.join(", ", actionsA) + ") and \"" + b.info().name() + "\" (recommends " + String.join(", ", actionsB)
                        + ") can fire on the same facts with nothing to decide between them; make their conditions exclusive"
                        + " or give them different salience"));
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

    private static boolean decidedByAttributes(RuleShape a, RuleShape b) {
        String salienceA = a.attributes().getOrDefault("salience", "0");
        String salienceB = b.attributes().getOrDefault("salience", "0");
        String groupA = a.attributes().get("activation-group");
        String agendaA = a.attributes().getOrDefault("agenda-group", "MAIN");
        String agendaB = b.attributes().getOrDefault("agenda-group", "MAIN");
        return !salienceA.equals(salienceB) || groupA != null && groupA.equals(b.attributes().get("activation-group"))
                || !agendaA.equals(agendaB);
    }

    private static boolean exclusive(RuleShape a, RuleShape b, List<String> conditions) {
        List<AssessmentAtoms> atomsA = AssessmentAtoms.of(a);
        List<AssessmentAtoms> atomsB = AssessmentAtoms.of(b);
        return excludes(atomsA, atomsB, conditions) || excludes(atomsB, atomsA, conditions);
    }

    private static boolean excludes(List<AssessmentAtoms> mine, List<AssessmentAtoms> theirs, List<String> conditions) {
        for (AssessmentAtoms m : mine) {
            for (AssessmentAtoms t : theirs) {
                if (m.negated() || t.negated()) {
                    continue;
                }
                if (m.condition() != null && m.condition().equals(t.condition())
                        && m.status() != null && t.status() != null && !m.status().equals(t.status())) {
                    return true;
                }
            }
            if (!m.negated() && m.condition() == null && m.status() != null && requiresOtherStatusForAll(theirs, m.status(), conditions)) {
                return true;
            }
            if (m.negated()) {
                for (AssessmentAtoms t : theirs) {
                    boolean sameCondition = m.condition() == null || m.condition().equals(t.condition());
                    boolean sameStatus = m.status() == null || m.status().equals(t.status());
                    if (!t.negated() && sameCondition && sameStatus) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the atoms require, for every condition of the pack, a status other than {@code status}. */
    private static boolean requiresOtherStatusForAll(List<AssessmentAtoms> atoms, String status, List<String> conditions) {
        return !conditions.isEmpty() && conditions.stream().allMatch(c -> atoms.stream().anyMatch(
                a -> !a.negated() && c.equals(a.condition()) && a.status() != null && !a.status().equals(status)));
    }
}
