package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Explanations and why-not on a small pack written for nothing but tests, with accumulate,
 * exists, nested not and joins: the analysis is derived from the DRL, not written per pack.
 */
class OrdersPackExplanationTest {

    private static final Path PACK = Path.of("src/test/resources/packs/orders");
    private static RulePack pack;
    private static Decision good;
    private static Decision shortOrder;

    @BeforeAll
    static void decide() {
        pack = RulePack.load(PACK);
        good = pack.evaluate(FactSet.load(PACK.resolve("all-good.yaml")));
        shortOrder = pack.evaluate(FactSet.load(PACK.resolve("short.yaml")));
    }

    private static List<Evidence> premisesOf(Decision d, String condition) {
        return d.condition(condition).orElseThrow().assessments().get(0).derivation().justifications().get(0).premises();
    }

    @Test
    void anAccumulateNamesWhatItComputedAndTheFactsItTook() {
        List<Evidence> premises = premisesOf(good, "paid");

        assertThat(premises).hasSize(2);
        assertThat(premises.get(1)).isInstanceOfSatisfying(Aggregate.class, a -> {
            assertThat(a.text()).isEqualTo("sum( $amount ) over a Payment with order == o1, $amount : amount");
            assertThat(a.value()).isEqualTo("150");
            assertThat(a.inputs()).extracting(Evidence::text)
                    .containsExactly("Payment p1 {order: o1, amount: 100}", "Payment p2 {order: o1, amount: 50}");
        });
    }

    @Test
    void anExistsNamesTheFactsThatSatisfiedIt() {
        assertThat(premisesOf(good, "stocked").get(1)).isInstanceOfSatisfying(Existence.class, x -> {
            assertThat(x.text()).isEqualTo("there is an Item with order == o1");
            assertThat(x.witnesses()).extracting(w -> ((InputFact) w).fact().id()).containsExactly("i1", "i2");
        });
    }

    @Test
    void aNotReadsAsNoEvidenceWithTheBoundValuesFilledIn() {
        assertThat(premisesOf(good, "safe").get(1)).isInstanceOfSatisfying(Absence.class, a -> {
            assertThat(a.text()).isEqualTo("there is no evidence of a Flag with customer == acme");
            assertThat(a.location().fileAndLine()).isEqualTo("conditions.drl:49");
        });
    }

    @Test
    void whyNotShipNamesEveryFailedConditionDownToFactsAndConstraints() {
        WhyNot answer = shortOrder.whyNot("SHIP");

        assertThat(answer.holds()).isFalse();
        assertThat(answer.kind()).isEqualTo(WhyNot.Kind.ACTION);
        RuleAttempt ship = answer.rules().get(0);
        assertThat(ship.rule().name()).isEqualTo("Ship when every condition is met");
        assertThat(ship.blocks()).extracting(RuleAttempt.Block::condition).containsExactly(
                "an Assessment with condition == \"paid\", status == Status.MET",
                "an Assessment with condition == \"stocked\", status == Status.MET",
                "an Assessment with condition == \"safe\", status == Status.MET");

        RuleAttempt paid = ship.blocks().get(0).deeper().get(0).rules().get(0);
        assertThat(paid.rule().name()).isEqualTo("Order is paid in full");
        RuleAttempt.NearMiss sum = paid.blocks().get(0).nearest().get(0);
        assertThat(sum.fact().text()).isEqualTo("sum( $amount ) is 100, over p1");
        assertThat(sum.misses()).singleElement().satisfies(m -> {
            assertThat(m.constraint()).isEqualTo("doubleValue >= 150");
            assertThat(m.actual()).isEqualTo("doubleValue is 100");
        });

        RuleAttempt stocked = ship.blocks().get(1).deeper().get(0).rules().get(0);
        assertThat(stocked.blocks().get(0).present()).extracting(Evidence::text)
                .containsExactly("Item i2 {order: o1, sku: nut, quantity: 5}");

        RuleAttempt safe = ship.blocks().get(2).deeper().get(0).rules().get(0);
        assertThat(safe.blocks().get(0).present()).extracting(Evidence::text)
                .containsExactly("Flag f1 {customer: acme, reason: unpaid invoices}");
    }

    @Test
    void whyNotARuleNamesTheNearestFactOfAJoinAndTheConstraintItFails() {
        WhyNot answer = good.whyNot("Customer is flagged");

        assertThat(answer.kind()).isEqualTo(WhyNot.Kind.RULE);
        RuleAttempt.Block block = answer.rules().get(0).blocks().get(0);
        assertThat(block.condition()).isEqualTo("a Flag with customer == acme");
        assertThat(block.bindings()).containsEntry("$order", "o1");
        assertThat(block.nearest()).singleElement().satisfies(n -> {
            assertThat(((InputFact) n.fact()).fact().id()).isEqualTo("f1");
            assertThat(n.misses()).singleElement().satisfies(m -> assertThat(m.actual()).isEqualTo("customer is other"));
        });
    }

    @Test
    void whyNotSomethingThatHappenedSaysSo() {
        assertThat(good.whyNot("SHIP").holds()).isTrue();
        assertThat(good.whyNot("paid").summary()).isEqualTo("condition paid is MET");
        WhyNot rule = good.whyNot("Order is paid in full");
        assertThat(rule.holds()).isTrue();
        assertThat(rule.rules().get(0).fired()).isTrue();
    }

    @Test
    void anUnknownTargetListsWhatCanBeAsked() {
        assertThatThrownBy(() -> good.whyNot("FLY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown target 'FLY': expected an action (SHIP, HOLD), a condition (paid, stocked, safe)"
                        + " or the name of a rule");
    }

    @Test
    void whyNotIsRenderedAsTextAndJson() throws Exception {
        WhyNot answer = shortOrder.whyNot("SHIP");

        assertThat(WhyNotTextRenderer.render(answer)).startsWith("Why not SHIP?\nSHIP is not recommended: 1 rule could"
                + " recommend it, and it did not fire.\n")
                .contains("fails doubleValue >= 150 (doubleValue is 100)  [conditions.drl:10]");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(WhyNotJson.render(answer));
        assertThat(json.get("schema").asText()).isEqualTo("accord.why-not/1");
        assertThat(json.get("rules").get(0).get("blocks")).hasSize(3);
    }
}
