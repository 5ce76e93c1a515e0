package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if search: minimal, verified, generic, and respectful of what the analyst fixed. */
class CounterfactualsTest {

    @Test
    void theSmallestChangesThatLeadToWithdrawAreCuttingTheTieAndViolenceFalling() {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);

        var result = Counterfactuals.search(TestPacks.nato(), facts, Counterfactuals.Options.defaults().withTarget("WITHDRAW"));

        assertThat(result.exhausted()).isFalse();
        assertThat(result.changeSets()).hasSize(1);
        var best = result.changeSets().get(0);
        assertThat(best.described()).containsExactly(
                "Tie taliban-al-qaeda: status ACTIVE → SEVERED",
                "ViolenceReport unama-2020-q4: changePercent 45 → -20");
        assertThat(best.decision().action()).as("verified by evaluating it").contains("WITHDRAW");
        assertThat(TestPacks.nato().evaluate(facts.with(best.edits())).action()).contains("WITHDRAW");
    }

    @Test
    void factsMarkedFixedAreNeverChanged() {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);

        List<FactEdit> candidates = CandidateEdits.of(TestPacks.nato(), facts);

        assertThat(Internals.factSets().fact(facts, "doha-agreement").orElseThrow().isFixed()).isTrue();
        assertThat(candidates).noneMatch(e -> "doha-agreement".equals(e.fact()));
        assertThat(candidates).anyMatch(e -> "taliban-al-qaeda".equals(e.fact()));
    }

    @Test
    void worksUnchangedOnAnotherPack() {
        Path pack = Path.of("src/test/resources/packs/orders");
        FactSet facts = FactSet.load(pack.resolve("all-good.yaml"));

        var result = Counterfactuals.search(RulePack.load(pack), facts, Counterfactuals.Options.defaults());

        assertThat(result.goal()).isEqualTo("a recommendation other than SHIP");
        assertThat(result.changeSets()).isNotEmpty().allSatisfy(c ->
                assertThat(c.decision().action()).isNotEqualTo(java.util.Optional.of("SHIP")));
        assertThat(result.changeSets()).extracting(c -> c.edits().size()).isSorted();
        assertThat(result.changeSets().get(0).described()).containsExactly("Flag f1: customer other → acme");
    }

    /** A pack with only enum and boolean fields, so that every candidate set can be tried by brute force. */
    private static final String GATE = """
            package test.gate;
            import dev.accord.vocabulary.*;
            declare enum Light RED, AMBER, GREEN; end
            declare Signal
                id : String
                light : Light
                working : boolean
            end
            declare Barrier
                id : String
                up : boolean
            end
            rule "Signal clear" @explain("x") when Signal( light == Light.GREEN, working ) then
                insertLogical( new Assessment("c1", Status.MET) ); end
            rule "Signal not clear" @explain("x") when Signal( light != Light.GREEN || !working ) then
                insertLogical( new Assessment("c1", Status.NOT_MET) ); end
            rule "Barrier up" @explain("x") when Barrier( up ) then
                insertLogical( new Assessment("c2", Status.MET) ); end
            rule "Barrier down" @explain("x") when Barrier( !up ) then
                insertLogical( new Assessment("c2", Status.NOT_MET) ); end
            rule "Go" @explain("x") when
                Assessment( condition == "c1", status == Status.MET )
                Assessment( condition == "c2", status == Status.MET )
                not Assessment( status == Status.NOT_MET )
            then insertLogical( new Recommendation("GO", "") ); end
            rule "Wait" @explain("x") when Assessment( status == Status.NOT_MET ) then
                insertLogical( new Recommendation("WAIT", "") ); end
            """;

    @Test
    void everySetFoundIsMinimalAndEveryMinimalSetIsFoundAsBruteForceConfirms(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("gate.drl", GATE));
        FactSet facts = FactSet.parse("""
                facts:
                  - { type: Signal, id: s1, light: RED, working: false }
                  - { type: Signal, id: s2, light: GREEN, working: true }
                  - { type: Barrier, id: b1, up: false }
                """, "gate.yaml");
        List<FactEdit> singles = CandidateEdits.of(pack, facts);
        int limit = 3;

        var result = Counterfactuals.search(pack, facts, new Counterfactuals.Options("GO", limit, 100_000));

        Set<Set<FactEdit>> found = new HashSet<>();
        result.changeSets().forEach(c -> found.add(Set.copyOf(c.edits())));
        Set<Set<FactEdit>> minimal = bruteForceMinimal(pack, facts, singles, limit);
        assertThat(found).isNotEmpty().isEqualTo(minimal);
    }

    /** Every subset of the candidates up to {@code limit} that reaches GO and has no smaller subset that does. */
    private static Set<Set<FactEdit>> bruteForceMinimal(RulePack pack, FactSet facts, List<FactEdit> singles, int limit) {
        List<Set<FactEdit>> reaching = new ArrayList<>();
        for (List<FactEdit> subset : subsets(singles, limit)) {
            try {
                if (pack.evaluate(facts.with(subset)).action().equals(java.util.Optional.of("GO"))) {
                    reaching.add(Set.copyOf(subset));
                }
            } catch (RuntimeException e) {
                // incompatible edits (a removed fact changed): not a way there
            }
        }
        Set<Set<FactEdit>> minimal = new HashSet<>();
        for (Set<FactEdit> s : reaching) {
            if (reaching.stream().noneMatch(o -> o.size() < s.size() && s.containsAll(o))) {
                minimal.add(s);
            }
        }
        return minimal;
    }

    private static List<List<FactEdit>> subsets(List<FactEdit> items, int limit) {
        List<List<FactEdit>> out = new ArrayList<>();
        collect(items, 0, new ArrayList<>(), limit, out);
        return out;
    }

    private static void collect(List<FactEdit> items, int from, List<FactEdit> current, int limit, List<List<FactEdit>> out) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        if (current.size() == limit) {
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            collect(items, i + 1, current, limit, out);
            current.remove(current.size() - 1);
        }
    }
}
