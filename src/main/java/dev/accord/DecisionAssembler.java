package dev.accord;

import dev.accord.engine.SessionRecord;
import dev.accord.internal.Internals;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Manifest;
import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts what a session concluded into a {@link Decision}: recommendations, one result per
 * condition of {@code pack.yaml}, considerations, each with its derivation. Orders everything by
 * content, not by firing order, so the same conclusions always read the same.
 */
final class DecisionAssembler {

    private DecisionAssembler() {
    }

    static Decision assemble(RulePack pack, FactSet facts, java.time.LocalDate asOf, SessionRecord record, CompiledRules rules) {
        Internals.Explanation explain = Internals.explainer().explain(record, facts.sources(), rules, pack.expressions());
        Manifest manifest = pack.manifest();
        List<Derived<Recommendation>> recommendations = new ArrayList<>();
        List<Derived<Assessment>> assessments = new ArrayList<>();
        List<Derived<Consideration>> considerations = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Object fact : record.finalFacts()) {
            if (fact instanceof Recommendation r) {
                recommendations.add(new Derived<>(r, () -> explain.conclusion(r)));
                if (manifest.action(r.getAction()).isEmpty()) {
                    warnings.add(Diagnostic.warning(ruleLocation(explain, r), "a rule recommends '" + r.getAction()
                            + "', which pack.yaml does not list among its actions"));
                }
            } else if (fact instanceof Assessment a) {
                assessments.add(new Derived<>(a, () -> explain.conclusion(a)));
                if (manifest.condition(a.getCondition()).isEmpty()) {
                    warnings.add(Diagnostic.warning(ruleLocation(explain, a), "a rule assesses condition '"
                            + a.getCondition() + "', which pack.yaml does not name"));
                }
            } else if (fact instanceof Consideration c) {
                considerations.add(new Derived<>(c, () -> explain.conclusion(c)));
            }
        }
        recommendations.sort(Comparator.comparing((Derived<Recommendation> d) -> d.value().getAction())
                .thenComparing(d -> d.value().getSummary()));
        considerations.sort(Comparator.comparing((Derived<Consideration> d) -> d.value().getTopic())
                .thenComparing(d -> d.value().getText()));
        List<ConditionResult> conditions = new ArrayList<>();
        for (Condition c : manifest.conditions()) {
            List<Derived<Assessment>> mine = assessments.stream()
                    .filter(a -> a.value().getCondition().equals(c.id()))
                    .sorted(Comparator.comparing((Derived<Assessment> d) -> d.value().getStatus())
                            .thenComparing(d -> String.valueOf(d.value().getReason())))
                    .toList();
            conditions.add(new ConditionResult(c, mine));
        }
        warnings.sort(Diagnostic.BY_LOCATION);
        return new Decision(pack, facts, asOf, recommendations, conditions, considerations, warnings, explain);
    }

    private static Location ruleLocation(Internals.Explanation explain, Object concluded) {
        return explain.conclusion(concluded).justifications().stream().findFirst()
                .map(j -> j.rule().location()).orElse(Location.of("?"));
    }
}
