package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The construct gallery (src/test/resources/packs/gallery): one rule per construct an analyst
 * writes, each explained in words with values, in the "because" tree when it holds
 * (fires.yaml) and in why-not when it is blocked (blocks.yaml).
 */
class ConstructGalleryTest {

    static final Path PACK = Path.of("src/test/resources/packs/gallery");
    private static Decision fires;
    private static Decision blocks;

    @BeforeAll
    static void decide() {
        RulePack pack = RulePack.load(PACK);
        fires = pack.evaluate(FactSet.load(PACK.resolve("fires.yaml")));
        blocks = pack.evaluate(FactSet.load(PACK.resolve("blocks.yaml")));
    }

    private static List<Evidence> because(String condition) {
        return fires.condition(condition).orElseThrow().assessments().get(0).derivation().justifications().get(0).premises();
    }

    private static List<String> texts(List<Evidence> premises) {
        return premises.stream().map(Evidence::text).toList();
    }

    private static RuleAttempt.Block blocked(String rule) {
        WhyNot answer = blocks.whyNot(rule);
        assertThat(answer.holds()).as(rule).isFalse();
        return answer.rules().get(0).blocks().get(0);
    }

    @Test
    void anInlineAccumulateConstraintIsEvaluatedOnTheFunctionsVariable() {
        assertThat(texts(because("counted"))).containsExactly("count( 1 ) over a Benchmark", "it holds that $n == 4, where $n is 4");
        assertThat(((Aggregate) because("counted").get(0)).value()).isEqualTo("4");

        RuleAttempt.Block b = blocked("Exactly four benchmarks are recorded");
        assertThat(b.condition()).isEqualTo("$n : count( 1 ) over a Benchmark, where $n == 4");
        assertThat(b.nearest().get(0).fact().text()).isEqualTo("count( 1 ) is 3, over bm1, bm2, bm3");
        assertThat(b.nearest().get(0).misses().get(0).actual()).isEqualTo("$n is 3");
        assertThat(b.nearest().get(0).misses().get(0).error()).isNull();
    }

    @Test
    void anAccumulateOfSeveralFunctionsGivesEachFunctionWithItsValueAndFacts() {
        List<Evidence> premises = because("revenue");
        assertThat(premises).hasSize(3);
        assertThat(premises.get(0)).isInstanceOfSatisfying(Aggregate.class, a -> {
            assertThat(a.text()).isEqualTo("sum( $r.getAmount() ) over a Revenue");
            assertThat(a.value()).isEqualTo("380.5");
            assertThat(a.inputs()).extracting(e -> ((InputFact) e).fact().id()).containsExactly("r-feb", "r-jan");
        });
        assertThat(((Aggregate) premises.get(1)).value()).isEqualTo("2");
        assertThat(premises.get(2).text()).isEqualTo("it holds that $total >= 300, where $total is 380.5");

        RuleAttempt.Block b = blocked("Revenue adds up");
        assertThat(b.nearest().get(0).fact().text()).isEqualTo("sum( $r.getAmount() ) is 210.75 and count( $r ) is 2, over r-feb, r-jan");
        assertThat(b.nearest().get(0).misses().get(0).actual()).isEqualTo("$total is 210.75");
    }

    @Test
    void anEvalWithADrlFunctionShowsTheValuesItWasEvaluatedOn() {
        assertThat(texts(because("rate"))).contains("it holds that perMonth( 550.2, 6 ) <= 100, where perMonth( 550.2, 6 ) is 91.7");

        RuleAttempt.Block b = blocked("Spending stays at or under 100 a month");
        assertThat(b.condition()).isEqualTo("perMonth( 1103.4, 6 ) <= 100, where perMonth( 1103.4, 6 ) is 183.9");
        assertThat(b.note()).isEqualTo("it is false");
    }

    @Test
    void aForallShowsWhatEveryElementSatisfiedAndTheFactThatBreaksIt() {
        List<Evidence> premises = because("all-due-met");
        assertThat(premises).hasSize(2);
        assertThat(premises.get(1)).isInstanceOfSatisfying(Existence.class, x -> {
            assertThat(x.text()).isEqualTo("for every Benchmark with due == true, there is a Benchmark with this == $b, met == true");
            assertThat(x.witnesses()).extracting(e -> ((InputFact) e).fact().id()).containsExactly("bm1", "bm2");
        });

        RuleAttempt.Block b = blocked("Every benchmark due is met");
        assertThat(b.bindings()).containsEntry("$b", "bm1");
        assertThat(b.nearest().get(0).misses()).extracting(RuleAttempt.Miss::actual).containsExactly("met is false");
        assertThat(b.note()).isNull();
    }

    @Test
    void aCollectListsTheCollectedFactsAsFacts() {
        assertThat(because("collected")).singleElement().isInstanceOfSatisfying(Existence.class, x -> {
            assertThat(x.text()).isEqualTo("a List with size >= 2 collected from a Benchmark with met == true: 3 facts");
            assertThat(x.witnesses()).extracting(e -> ((InputFact) e).fact().id()).containsExactlyInAnyOrder("bm1", "bm2", "bm4");
        });
        assertThat(fires.condition("collected").orElseThrow().assessments().get(0).derivation().justifications().get(0)
                .sentence()).isEqualTo("[bm4, bm2, bm1] are met");

        RuleAttempt.Block b = blocked("At least two benchmarks are met");
        assertThat(b.nearest().get(0).fact().text()).isEqualTo("the facts collected from a Benchmark with met == true: no fact");
        assertThat(b.nearest().get(0).misses().get(0).actual()).isEqualTo("size is 0");
    }

    @Test
    void anOrShowsTheBranchThatHeldOnce() {
        for (var j : fires.condition("either").orElseThrow().assessments().get(0).derivation().justifications()) {
            assertThat(j.premises()).singleElement().satisfies(e -> assertThat(e.text())
                    .startsWith("of either a Revenue with amount > 200 or a Budget with ceiling > 1000, this held: "));
        }
    }

    @Test
    void aCustomAccumulateGivesItsValueAndFactsAndWhyNotSaysItIsNotRecomputed() {
        assertThat(because("custom")).singleElement().isInstanceOfSatisfying(Aggregate.class, a -> {
            assertThat(a.value()).isEqualTo("400.1");
            assertThat(a.inputs()).hasSize(2);
        });
        assertThat(blocked("The largest line is under 500").note()).isEqualTo("the accumulate at gallery.drl:126 runs custom"
                + " code (init, action, result), which Accord does not recompute; it takes l1");
    }

    @Test
    void whyNotAConditionFindsTheRuleThatTakesTheConditionIdFromAFact() {
        WhyNot answer = blocks.whyNot("reported");
        assertThat(answer.summary()).isEqualTo("condition reported is NOT_ASSESSED, not MET: 1 rule could assess it MET, and it did not fire");
        RuleAttempt.Block b = answer.rules().get(0).blocks().get(0);
        assertThat(b.condition()).isEqualTo("a Report with $c : condition, accepted == true, condition == \"reported\"");
        assertThat(b.nearest().get(0).misses()).extracting(RuleAttempt.Miss::actual).containsExactly("accepted is false");
    }

    @Test
    void whyNotARuleOfAnActivationGroupNamesTheRuleThatWonIt() {
        WhyNot answer = fires.whyNot("The grade is low");
        assertThat(answer.rules().get(0).satisfied()).isTrue();
        assertThat(answer.rules().get(0).note()).isEqualTo("every condition holds on the final facts, but rule \"The grade is high\""
                + " of the same activation-group \"grade\" fired first (salience 10 against 0), and only one rule of an"
                + " activation-group fires");
    }

    @Test
    void whyNotOnEveryGalleryRuleNamesWhatBlocksItWithActualValues() {
        RulePack pack = RulePack.load(PACK);
        List<String> rules = Internals.compiled(pack).shapes().values().stream().filter(r -> r.info().location().file().equals("gallery.drl"))
                .map(r -> r.info().name()).toList();
        assertThat(rules).hasSize(15);
        for (String rule : rules) {
            RuleAttempt attempt = blocks.whyNot(rule).rules().get(0);
            if (attempt.fired()) {
                assertThat(rule).isEqualTo("The grade is low"); // the only gallery rule blocks.yaml lets fire
                continue;
            }
            if (attempt.satisfied()) {
                assertThat(rule).isEqualTo("An audit is scheduled"); // its agenda-group never has the focus
                assertThat(attempt.note()).contains("never had the focus");
                continue;
            }
            assertThat(attempt.blocks()).as(rule).isNotEmpty();
            RuleAttempt.Block b = attempt.blocks().get(0);
            boolean valued = !b.nearest().isEmpty() && b.nearest().stream()
                    .allMatch(n -> !n.misses().isEmpty() && n.misses().stream().allMatch(m -> m.actual() != null));
            assertThat(valued || !b.present().isEmpty() || b.note() != null).as(rule + ": " + b.condition()).isTrue();
            assertThat(b.note() == null ? "" : b.note()).as(rule).doesNotContain("cannot analyse").doesNotContain("Error");
        }
    }

    @Test
    void whyNotARuleOfAnAgendaGroupWithoutFocusSaysSo() {
        RuleAttempt attempt = fires.whyNot("An audit is scheduled").rules().get(0);
        assertThat(attempt.satisfied()).isTrue();
        assertThat(attempt.note()).isEqualTo("every condition holds on the final facts, but it is in agenda-group \"audit\","
                + " which never had the focus: no rule fired in it, and a rule of the pack must give it the focus (setFocus)"
                + " or one of its rules be auto-focus");
    }

    @Test
    void aNegatedEvalGivesTheValueOfWhatItNegates() {
        Decision d = RulePack.load(Path.of("rules/corpus/imf-programme-review"))
                .evaluate(FactSet.load(Path.of("rules/corpus/imf-programme-review/scenarios/large-miss-corrective-action.yaml")));
        RuleAttempt.Block b = d.whyNot("The structural benchmarks are off track").rules().get(0).blocks().get(0);
        assertThat(b.condition()).isEqualTo("!onTrack( 2, 3, 0.66 ), where onTrack( 2, 3, 0.66 ) is true");
    }
}
