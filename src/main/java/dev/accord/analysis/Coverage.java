package dev.accord.analysis;

import dev.accord.Condition;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Rule;
import dev.accord.RulePack;
import dev.accord.vocabulary.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of scenarios exercised: which rules fired in at least one of them (their conclusions
 * standing at the end, or withdrawn by truth maintenance later: either way the rule ran) and which
 * never did, and for each condition of the pack which statuses it was seen with. A rule that never
 * fires in any scenario is untested, and often a rule that silently never activates.
 *
 * @param seen for each condition id, the statuses seen
 */
public record Coverage(List<Rule> fired, List<Rule> neverFired, Map<String, Set<Status>> seen) {

    /**
     * Works out what the decisions exercised of the pack.
     *
     * @param pack      the pack that made them
     * @param decisions the scenarios' decisions
     * @return the coverage, rules in the pack's order
     */
    public static Coverage of(RulePack pack, List<Decision> decisions) {
        Set<String> firedNames = new HashSet<>();
        decisions.forEach(d -> {
            firedNames.addAll(d.firedRules());
            firedNames.addAll(d.withdrawnRules());
        });
        List<Rule> fired = new ArrayList<>();
        List<Rule> never = new ArrayList<>();
        for (Rule r : pack.rules()) {
            (firedNames.contains(r.name()) ? fired : never).add(r);
        }
        Map<String, Set<Status>> seen = new LinkedHashMap<>();
        for (Condition c : pack.conditions()) {
            seen.put(c.id(), EnumSet.noneOf(Status.class));
        }
        for (Decision d : decisions) {
            for (ConditionResult c : d.conditions()) {
                c.assessments().forEach(a -> seen.get(c.id()).add(a.value().getStatus()));
            }
        }
        return new Coverage(List.copyOf(fired), List.copyOf(never), seen);
    }

    /**
     * For each condition, the statuses never seen.
     *
     * @return condition id to the statuses no decision gave it; conditions seen with all three are left out
     */
    public Map<String, Set<Status>> unseen() {
        Map<String, Set<Status>> out = new LinkedHashMap<>();
        seen.forEach((condition, statuses) -> {
            Set<Status> missing = EnumSet.complementOf(statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses));
            if (!missing.isEmpty()) {
                out.put(condition, missing);
            }
        });
        return out;
    }

    /**
     * Whether the scenarios exercised everything.
     *
     * @return true when every rule fired and every condition was seen with every status
     */
    public boolean complete() {
        return neverFired.isEmpty() && unseen().isEmpty();
    }
}
