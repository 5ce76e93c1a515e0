package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Fired" means fired and still standing at the end: a rule whose logical conclusion truth
 * maintenance withdrew (another rule changed the fact it fired on) is reported as withdrawn, not
 * as fired. Before, {@code expect.notFired} failed on such a rule and what-if listed it as a
 * rule that no longer fires.
 */
class WithdrawnFiringsTest {

    @TempDir
    Path dir;

    private static final String DRL = """
            package t;
            import dev.accord.vocabulary.*;
            declare Loan id : String reviewed : boolean end
            rule "provisional" salience 10
            when Loan( reviewed == false ) then insertLogical( new Assessment("c1", Status.UNKNOWN) ); end
            rule "review" salience 5
            when $l : Loan( reviewed == false ) then modify( $l ) { setReviewed( true ) }; end
            rule "reviewed"
            when Loan( reviewed == true ) then insertLogical( new Assessment("c1", Status.MET) ); end
            """;

    private static final String FACTS = """
            facts:
              - { type: Loan, id: l1, reviewed: false }
            expect:
              assessments: { c1: MET }
              fired: [ "review", "reviewed" ]
              notFired: [ "provisional" ]
            """;

    private RulePack pack() {
        return TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("rules.drl", DRL));
    }

    @Test
    void aRuleWhoseConclusionWasWithdrawnIsReportedAsWithdrawnNotFired() {
        Decision d = pack().evaluate(TestPacks.facts("f.yaml", FACTS));

        assertThat(d.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(d.firedRules()).containsExactly("review", "reviewed");
        assertThat(d.withdrawnRules()).containsExactly("provisional");
    }

    @Test
    void whyNotOnAWithdrawnRuleSaysItFiredAndWhatBlocksItNow() {
        Decision d = pack().evaluate(TestPacks.facts("f.yaml", FACTS));

        var answer = d.whyNot("provisional");

        assertThat(answer.summary()).isEqualTo("rule \"provisional\" did not fire");
        assertThat(answer.rules().get(0).note()).contains("truth maintenance withdrew what it concluded");
        assertThat(answer.rules().get(0).blocks()).isNotEmpty();
    }

    @Test
    void aScenarioExpectingTheWithdrawnRuleNotToHaveFiredPasses() throws Exception {
        pack();
        Path facts = Files.writeString(dir.resolve("s.yaml"), FACTS);

        Cli.Run run = Cli.accord("test", "--rules", dir.resolve("pack").toString(), facts.toString());

        assertThat(run.out()).contains("1 passed, 0 failed");
        assertThat(run.code()).isZero();
    }

    @Test
    void aScenarioExpectingTheWithdrawnRuleToHaveFiredSaysItsConclusionWasWithdrawn() throws Exception {
        pack();
        Path facts = Files.writeString(dir.resolve("s.yaml"), FACTS.replace("fired: [ \"review\", \"reviewed\" ]",
                "fired: [ \"provisional\" ]").replace("notFired: [ \"provisional\" ]", "notFired: []"));

        Cli.Run run = Cli.accord("test", "--rules", dir.resolve("pack").toString(), facts.toString());

        assertThat(run.out()).contains("fired, but truth maintenance withdrew what it concluded");
        assertThat(run.code()).isNotZero();
    }

    @Test
    void whatIfDoesNotListAWithdrawnRuleAsNoLongerFiring() {
        FactSet facts = TestPacks.facts("f.yaml", FACTS);
        WhatIf.Comparison c = WhatIf.apply(pack(), facts,
                List.of(new FactEdit.SetField("l1", "reviewed", true)));

        assertThat(c.noLonger()).containsExactly("review");
        assertThat(c.nowFiring()).isEmpty();
        assertThat(c.after().firedRules()).containsExactly("reviewed");
    }
}
