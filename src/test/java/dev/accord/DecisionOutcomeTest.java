package dev.accord;

import static dev.accord.TestPacks.SIMPLE_MANIFEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.explain.Justification;
import dev.accord.vocabulary.Status;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a decision reports what the rules concluded: one action, none, a conflict, gaps. */
class DecisionOutcomeTest {

    @TempDir
    static Path dir;
    private static RulePack pack;

    /** Signals steer which rules fire: each test asserts the signals it needs. */
    @BeforeAll
    static void compile() {
        pack = TestPacks.load(dir, SIMPLE_MANIFEST, Map.of("rules.drl", """
                package test;
                import dev.accord.vocabulary.*;

                declare Signal
                    id : String
                    name : String
                end

                rule "c1 met on green"
                    @explain("signal {$s.id} is green")
                when
                    $s : Signal( name == "green" )
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end

                rule "c1 not met on red"
                    @explain("signal {$s.id} is red")
                when
                    $s : Signal( name == "red" )
                then
                    insertLogical( new Assessment("c1", Status.NOT_MET) );
                end

                rule "Go when c1 is met"
                    @explain("c1 is met")
                when
                    Assessment( condition == "c1", status == Status.MET )
                then
                    insertLogical( new Recommendation("GO", "Go ahead.") );
                end

                rule "Wait on amber"
                when
                    Signal( name == "amber" )
                then
                    insertLogical( new Recommendation("WAIT", "Hold on.") );
                end

                rule "Fly on purple"
                when
                    Signal( name == "purple" )
                then
                    insertLogical( new Recommendation("FLY", "") );
                    insertLogical( new Assessment("c9", Status.MET) );
                end

                rule "Loop on loop"
                when
                    $s : Signal( name == "loop" )
                then
                    modify( $s ) { setName( "loop" ) };
                end

                rule "Fail on boom"
                when
                    Signal( name == "boom" )
                then
                    throw new IllegalStateException("boom went the rule");
                end
                """));
    }

    private static Decision decide(String... signals) {
        StringBuilder yaml = new StringBuilder("facts:\n");
        for (int i = 0; i < signals.length; i++) {
            yaml.append("  - { type: Signal, id: s").append(i + 1).append(", name: ").append(signals[i]).append(" }\n");
        }
        return pack.evaluate(FactSet.parse(yaml.toString(), "signals.yaml"));
    }

    @Test
    void oneActionIsARecommendation() {
        Decision d = decide("green");

        assertThat(d.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(d.action()).contains("GO");
        assertThat(d.recommendation()).hasValueSatisfying(r -> assertThat(r.getSummary()).isEqualTo("Go ahead."));
    }

    @Test
    void noRecommendationIsSaidExplicitly() {
        Decision d = decide("blue");

        assertThat(d.outcome()).isEqualTo(Outcome.NO_RECOMMENDATION);
        assertThat(d.action()).isEmpty();
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("Recommendation: none reached")
                .contains("The pack's actions: GO, WAIT.");
    }

    @Test
    void differentActionsAreAConflictNamingTheRules() {
        Decision d = decide("green", "amber");

        assertThat(d.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(d.action()).isEmpty();
        assertThat(d.recommendingRules()).containsExactly("Go when c1 is met", "Wait on amber");
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("Recommendation: conflict")
                .contains("GO by rule \"Go when c1 is met\"")
                .contains("WAIT by rule \"Wait on amber\"");
    }

    @Test
    void aConditionNoRuleAssessedIsReportedNotDropped() {
        Decision d = decide("green");

        assertThat(d.conditions()).extracting(ConditionResult::id).containsExactly("c1", "c2");
        ConditionResult c2 = d.condition("c2").orElseThrow();
        assertThat(c2.assessed()).isFalse();
        assertThat(c2.concluded()).isEmpty();
        assertThat(c2.status()).isEqualTo(ConditionStatus.NOT_ASSESSED);
        assertThat(d.toString()).isEqualTo("Decision[simple: RECOMMENDED GO, c1 MET, c2 NOT_ASSESSED]");
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("c2: NOT_ASSESSED - Second condition")
                .contains("no rule assessed this condition");
    }

    @Test
    void contradictoryAssessmentsAreAConflictOnTheCondition() {
        ConditionResult c1 = decide("green", "red").condition("c1").orElseThrow();

        assertThat(c1.conflicting()).isTrue();
        assertThat(c1.statusLabel()).isEqualTo("CONFLICT");
        assertThat(c1.assessments()).extracting(a -> a.value().getStatus()).containsExactly(Status.MET, Status.NOT_MET);
    }

    @Test
    void everyRuleSupportingAConclusionIsAJustification() {
        Decision d = decide("green", "green", "green");

        var justifications = d.condition("c1").orElseThrow().assessments().get(0).derivation().justifications();
        assertThat(justifications).extracting(Justification::sentence)
                .containsExactly("signal s1 is green", "signal s2 is green", "signal s3 is green");
    }

    @Test
    void actionsAndConditionsMissingFromTheManifestAreWarnedAbout() {
        Decision d = decide("purple");

        assertThat(d.warnings()).extracting(Diagnostic::toString).containsExactly(
                "rules.drl:40:1: warning: a rule recommends 'FLY', which pack.yaml does not list among its actions",
                "rules.drl:40:1: warning: a rule assesses condition 'c9', which pack.yaml does not name");
    }

    @Test
    void loopingRulesStopAtTheFiringLimitNamingTheRuleAndThePackStaysUsable() {
        assertThatThrownBy(() -> decide("loop"))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(diag -> {
                            assertThat(diag.location().fileAndLine()).isEqualTo("rules.drl:48");
                            assertThat(diag.message()).contains("the rules probably loop")
                                    .contains("\"Loop on loop\" (100001 times)");
                        }));

        assertThat(decide("green").action()).contains("GO");
    }

    @Test
    void aRuleWhoseActionThrowsIsReportedAtTheRule() {
        assertThatThrownBy(() -> decide("boom"))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .hasToString("rules.drl:55:1: error: rule \"Fail on boom\" failed in its action: "
                                + "IllegalStateException: boom went the rule"));
    }
}
