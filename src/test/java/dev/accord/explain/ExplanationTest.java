package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.facts.Fact;
import dev.accord.internal.Internals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The derivation of the default decision: complete, grounded in the facts, readable. */
class ExplanationTest {

    private static FactSet facts;
    private static Decision decision;

    @BeforeAll
    static void decide() {
        facts = FactSet.load(TestPacks.DEFAULT_FACTS);
        decision = TestPacks.nato().evaluate(facts);
    }

    private static List<Conclusion> roots(Decision d) {
        List<Conclusion> roots = new ArrayList<>();
        d.recommendations().forEach(r -> roots.add(r.derivation()));
        d.conditions().forEach(c -> c.assessments().forEach(a -> roots.add(a.derivation())));
        d.considerations().forEach(c -> roots.add(c.derivation()));
        return roots;
    }

    /** Walks the graph and returns every input fact it reaches, checking each conclusion on the way. */
    private static List<Fact> groundFacts(Conclusion root, Set<Conclusion> seen) {
        List<Fact> found = new ArrayList<>();
        if (!seen.add(root)) {
            return found;
        }
        assertThat(root.justifications()).as("justifications of " + root.text()).isNotEmpty();
        for (Justification j : root.justifications()) {
            assertThat(j.rule().location().line()).as("line of rule " + j.rule().name()).isPositive();
            assertThat(j.sentence()).as("sentence of " + j.rule().name()).doesNotContain("{$");
            for (Evidence premise : j.premises()) {
                found.addAll(grounds(premise, root, seen));
            }
        }
        return found;
    }

    /** Absences rest on nothing by nature; everything else must lead to input facts. */
    private static List<Fact> grounds(Evidence premise, Conclusion under, Set<Conclusion> seen) {
        List<Fact> found = new ArrayList<>();
        if (premise instanceof Conclusion c) {
            found.addAll(groundFacts(c, seen));
        } else if (premise instanceof InputFact f) {
            found.add(f.fact());
        } else if (premise instanceof Aggregate a) {
            assertThat(a.inputs()).as("facts accumulated in " + a.text()).isNotEmpty();
            a.inputs().forEach(i -> found.addAll(grounds(i, under, seen)));
        } else if (premise instanceof Existence x) {
            assertThat(x.witnesses()).as("facts satisfying " + x.text()).isNotEmpty();
            x.witnesses().forEach(w -> found.addAll(grounds(w, under, seen)));
        } else if (!(premise instanceof Absence)) {
            throw new AssertionError("unexpected premise " + premise.text() + " under " + under.text());
        }
        return found;
    }

    @Test
    void everyConclusionRestsOnFactsOfTheFactSet() {
        for (Conclusion root : roots(decision)) {
            List<Fact> grounds = groundFacts(root, Collections.newSetFromMap(new IdentityHashMap<>()));
            boolean restsOnAbsenceOnly = root.justifications().stream()
                    .allMatch(j -> j.premises().stream().allMatch(p -> p instanceof Absence));
            assertThat(grounds.isEmpty()).as("facts under " + root.text()).isEqualTo(restsOnAbsenceOnly);
            assertThat(Internals.factSets().facts(facts)).as("facts under " + root.text()).containsAll(grounds);
        }
    }

    @Test
    void stayRestsOnBothUnmetConditionsDownToTheCitedFacts() {
        Conclusion stay = decision.recommendations().get(0).derivation();

        assertThat(stay.justifications()).extracting(Justification::sentence).containsExactly(
                "condition ties-cut is not met, and forces leave only when every condition is met",
                "condition violence-falls is not met, and forces leave only when every condition is met");
        Set<Conclusion> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        assertThat(groundFacts(stay, seen)).extracting(Fact::label)
                .contains("taliban-al-qaeda", "unama-2020-q4", "doha-agreement")
                .doesNotContain("unama-2020-year", "intra-afghan-negotiations");
    }

    @Test
    void theExplainSentenceIsFilledWithTheMatchedValues() {
        ConditionResult ties = decision.condition("ties-cut").orElseThrow();
        Justification j = ties.assessments().get(0).derivation().justifications().get(0);

        assertThat(j.rule().name()).isEqualTo("Ties with a terrorist organisation remain active");
        assertThat(j.rule().location().fileAndLine()).isEqualTo("ties.drl:8");
        assertThat(j.sentence()).isEqualTo("the Taliban keep ties with al-Qaeda, per un-monitoring-team-11");
        assertThat(j.bindings()).containsExactly(
                Map.entry("$party", "taliban"), Map.entry("$org", "al-qaeda"), Map.entry("$tie", "taliban-al-qaeda"));
    }

    @Test
    void theTextExplanationReadsFromVerdictDownToCitedFacts() {
        String text = decision.render(Format.TEXT);

        assertThat(text).contains(
                "Recommendation: STAY (forces remain until the conditions are met)",
                "  NOT_MET      ties-cut        The Taliban cut ties with terrorist organisations",
                "  MET          talks-started   The Taliban take part in peace talks with the Afghan government",
                "      because the Taliban keep ties with al-Qaeda, per un-monitoring-team-11"
                        + "  [rule \"Ties with a terrorist organisation remain active\", ties.drl:8]",
                "        fact Tie taliban-al-qaeda {from: taliban, to: al-qaeda, status: ACTIVE, verified: true}"
                        + "  [facts/2021-02-15-nato-ministerial.yaml:60] [source un-monitoring-team-11]",
                "  clause: \"The Taliban will start intra-Afghan negotiations with Afghan sides.\" [source doha-agreement]",
                "  un-monitoring-team-11       Eleventh report of the Analytical Support and Sanctions Monitoring Team"
                        + " (S/2020/415) (UN Security Council, 2020-05-27)");
        assertThat(text.indexOf("Why STAY")).isLessThan(text.indexOf("Conditions in detail"));
    }

    @Test
    void aConclusionExplainedOnceIsReferredBackToAfterwards() {
        String text = decision.render(Format.TEXT);

        assertThat(text).containsOnlyOnce("    condition ties-cut is NOT_MET\n");
        assertThat(text).contains("condition ties-cut is NOT_MET (explained above)");
    }

    @Test
    void theSameInputsGiveTheSameOutput() {
        Decision again = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));

        assertThat(again.render(Format.TEXT)).isEqualTo(decision.render(Format.TEXT));
        assertThat(again.render(Format.JSON)).isEqualTo(decision.render(Format.JSON));
    }

    @Test
    void considerationsCarryTheirOwnDerivation() {
        assertThat(decision.considerations()).extracting(c -> c.value().getTopic())
                .containsExactly("escalation-risk", "safe-haven-risk", "unverified-claim");
        Derived<?> escalation = decision.considerations().get(0);
        assertThat(escalation.derivation().justifications().get(0).sentence())
                .isEqualTo("the Taliban threaten to resume attacks on international forces if forces stay,"
                        + " per taliban-statements-2021-02");
    }
}
