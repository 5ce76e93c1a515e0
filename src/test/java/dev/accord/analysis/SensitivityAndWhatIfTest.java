package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.accord.EvaluationException;
import dev.accord.EvaluationLimits;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.explain.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityAndWhatIfTest {

    private static final String BOTH = """
            package test.both;
            import dev.accord.vocabulary.*;
            declare Evidence
                id : String
                kind : String
            end
            rule "c1" @explain("x") when Evidence( kind == "a" ) then insertLogical( new Assessment("c1", Status.MET) ); end
            rule "c2" @explain("x") when Evidence( kind == "b" ) then insertLogical( new Assessment("c2", Status.MET) ); end
            rule "Go" @explain("x") when
                Assessment( condition == "c1", status == Status.MET )
                Assessment( condition == "c2", status == Status.MET )
            then insertLogical( new Recommendation("GO", "") ); end
            """;

    private static final String UNCERTAIN = """
            facts:
              - { type: Evidence, id: a, kind: a, confidence: 0.8 }
              - { type: Evidence, id: b, kind: b, confidence: 0.5 }
              - { type: Evidence, id: c, kind: c, confidence: 0.3 }
            """;

    @Test
    void exactProbabilitiesAreTheProductOfTheConfidences(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", BOTH));

        var r = Sensitivity.analyze(pack, FactSet.parse(UNCERTAIN, "u.yaml"), Sensitivity.Options.defaults());

        assertThat(r.exact()).isTrue();
        assertThat(r.probabilities().get("GO")).isCloseTo(0.4, within(1e-9));
        assertThat(r.probabilities().get("NONE")).isCloseTo(0.6, within(1e-9));
        assertThat(r.mostLikely()).isEqualTo("NONE");
        assertThat(r.influences()).extracting(Sensitivity.Influence::fact).containsExactly("b", "a", "c");
        Sensitivity.Influence b = r.influences().get(0);
        assertThat(b.whenHolds()).isCloseTo(0.2, within(1e-9));
        assertThat(b.whenAbsent()).isCloseTo(1.0, within(1e-9));
        assertThat(r.influences().get(2).swing()).isCloseTo(0.0, within(1e-9));
    }

    /** Before, both analyses evaluated on the library's default limits whatever the caller gave. */
    @Test
    void bothAnalysesKeepTheCallersLimits(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", BOTH));
        FactSet facts = FactSet.parse(UNCERTAIN, "u.yaml");
        EvaluationLimits oneFiring = EvaluationLimits.defaults().withMaxFirings(1);

        assertThatThrownBy(() -> Sensitivity.analyze(pack, facts, Sensitivity.Options.defaults().withLimits(oneFiring)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("the firing limit");
        assertThatThrownBy(() -> Counterfactuals.search(pack, facts, Counterfactuals.Options.defaults().withLimits(oneFiring)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("the firing limit");
        assertThat(Sensitivity.Options.defaults().withLimits(oneFiring).withSeed(7).limits()).isSameAs(oneFiring);
        assertThat(Counterfactuals.Options.defaults().withLimits(oneFiring).withBudget(9).limits()).isSameAs(oneFiring);
        assertThat(new Counterfactuals.Options(null, 2, 5_000)).isEqualTo(Counterfactuals.Options.defaults());
    }

    @Test
    void sampledProbabilitiesAreReproducibleAndNearTheExactOnes(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", BOTH));
        FactSet facts = FactSet.parse(UNCERTAIN, "u.yaml");
        var options = Sensitivity.Options.defaults().withExactUpTo(0).withSamples(4000).withSeed(7);

        var first = Sensitivity.analyze(pack, facts, options);
        var second = Sensitivity.analyze(pack, facts, options);

        assertThat(first.exact()).isFalse();
        assertThat(first.probabilities()).isEqualTo(second.probabilities());
        assertThat(first.probabilities().get("GO")).isCloseTo(0.4, within(0.03));
    }

    @Test
    void theDefaultFactSetStaysMostLikelyAndTheTieMattersMost() {
        var r = Sensitivity.analyze(TestPacks.nato(), FactSet.load(TestPacks.DEFAULT_FACTS), Sensitivity.Options.defaults());

        assertThat(r.mostLikely()).isEqualTo("STAY");
        assertThat(r.influences().get(0).fact()).isEqualTo("taliban-al-qaeda");
        assertThat(SensitivityReport.render("facts.yaml", r)).contains("STAY", "What moves STAY most");
    }

    @Test
    void explicitEditsShowWhatChanged() {
        var c = WhatIf.apply(TestPacks.nato(), FactSet.load(TestPacks.DEFAULT_FACTS), List.of(
                new FactEdit.SetField("taliban-al-qaeda", "status", "SEVERED"), new FactEdit.RemoveFact("unama-2020-q4")));

        assertThat(c.after().action()).contains("REVIEW");
        assertThat(c.render(Format.TEXT)).contains("Recommendation: STAY → REVIEW",
                "ties-cut: NOT_MET → MET", "violence-falls: NOT_MET → UNKNOWN",
                // The safe-haven consideration fires on the way in the edited evaluation, but truth
                // maintenance withdraws it: it no longer stands, so it no longer fires.
                "Rules that no longer fire: \"Leaving risks a safe haven for terrorists\", \"Stay while a condition is not met\"");
    }

    @Test
    void editsToFixedOrUnknownFactsAreRefused() {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);

        assertThatThrownBy(() -> facts.with(List.of(new FactEdit.RemoveFact("doha-agreement"))))
                .hasMessage("fact 'doha-agreement' is fixed and cannot be removed");
        assertThatThrownBy(() -> facts.with(List.of(new FactEdit.SetField("nobody", "x", 1))))
                .hasMessage("no fact 'nobody' in the fact set");
    }
}
