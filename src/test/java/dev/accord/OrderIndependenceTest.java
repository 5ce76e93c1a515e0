package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.explain.Format;
import dev.accord.facts.Fact;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order facts are given in changes nothing a reader sees: same text, same JSON bytes, same why-not. */
class OrderIndependenceTest {

    private static Comparator<Fact> shuffled(long seed) {
        Random random = new Random(seed);
        List<Integer> keys = random.ints(1000, 0, 1_000_000).boxed().toList();
        return Comparator.comparing(f -> keys.get(f.index() % keys.size()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void theDefaultDecisionReadsTheSameWhateverTheFactOrder(long seed) {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);
        Decision original = TestPacks.nato().evaluate(facts);
        Decision reordered = TestPacks.nato().evaluate(facts.reordered(shuffled(seed)));

        assertThat(reordered.render(Format.JSON)).isEqualTo(original.render(Format.JSON));
        assertThat(reordered.render(Format.TEXT)).isEqualTo(original.render(Format.TEXT));
        assertThat(reordered.whyNot("WITHDRAW").render(Format.TEXT))
                .isEqualTo(original.whyNot("WITHDRAW").render(Format.TEXT));
    }

    /** Several facts support the same conclusion through the same rule: their order must not show. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void severalJustificationsOfOneRuleReadTheSameWhateverTheFactOrder(long seed) {
        FactSet facts = FactSet.parse("""
                facts:
                  - { type: Agreement, id: doha, signed: 2020-02-29 }
                  - { type: Actor, id: taliban, name: the Taliban, kind: INSURGENT_GROUP }
                  - { type: Actor, id: al-qaeda, name: al-Qaeda, kind: TERRORIST_ORGANISATION }
                  - { type: Actor, id: isis-k, name: ISIS-K, kind: TERRORIST_ORGANISATION }
                  - { type: Actor, id: ttp, name: TTP, kind: TERRORIST_ORGANISATION }
                  - { type: Tie, id: t1, from: taliban, to: al-qaeda, status: ACTIVE, verified: true }
                  - { type: Tie, id: t2, from: taliban, to: isis-k, status: ACTIVE, verified: true }
                  - { type: Tie, id: t3, from: taliban, to: ttp, status: ACTIVE, verified: false }
                  - { type: ViolenceReport, id: r1, periodFrom: 2020-04-01, periodTo: 2020-06-30, changePercent: 10 }
                  - { type: ViolenceReport, id: r2, periodFrom: 2020-07-01, periodTo: 2020-09-30, changePercent: 5 }
                  - { type: ViolenceReport, id: r3, periodFrom: 2020-10-01, periodTo: 2020-12-31, changePercent: 45 }
                """, "many.yaml");
        Decision original = TestPacks.nato().evaluate(facts);
        Decision reordered = TestPacks.nato().evaluate(facts.reordered(shuffled(seed)));

        assertThat(original.condition("ties-cut").orElseThrow().assessments().get(0).derivation().justifications()).hasSize(3);
        assertThat(reordered.render(Format.JSON)).isEqualTo(original.render(Format.JSON));
        assertThat(reordered.render(Format.TEXT)).isEqualTo(original.render(Format.TEXT));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void anotherPacksDecisionAndWhyNotReadTheSameWhateverTheFactOrder(long seed) {
        RulePack pack = RulePack.load(Path.of("src/test/resources/packs/orders"));
        FactSet facts = FactSet.load(Path.of("src/test/resources/packs/orders/short.yaml"));
        Decision original = pack.evaluate(facts);
        Decision reordered = pack.evaluate(facts.reordered(shuffled(seed)));

        assertThat(reordered.render(Format.JSON)).isEqualTo(original.render(Format.JSON));
        assertThat(reordered.whyNot("SHIP").render(Format.TEXT))
                .isEqualTo(original.whyNot("SHIP").render(Format.TEXT));
    }
}
