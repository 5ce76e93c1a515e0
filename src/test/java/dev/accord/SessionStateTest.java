package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features whose state Drools keeps in a session (activation groups, agenda groups, lock-on-active,
 * rules that insert for good) decide the same whatever was evaluated before on the same pack, and a
 * timeline row equals the evaluation as of its date. Each case failed before: a reused session
 * cancelled the activation group's new activations, and a timeline kept what an earlier date
 * concluded.
 */
class SessionStateTest {

    @TempDir
    Path dir;

    private static final String MANIFEST = """
            name: state
            title: Session state
            conditions:
              - { id: c1, title: Condition one }
            actions:
              - { id: GO }
            """;

    private static final String ACTIVATION_GROUP = """
            package t;
            import dev.accord.vocabulary.*;
            declare Base  @dated(reported) id : String reported : java.time.LocalDate end
            declare Bonus @dated(reported) id : String reported : java.time.LocalDate end
            rule "with bonus" salience 10 activation-group "g"
            when Base() $b : Bonus() then insertLogical( new Assessment("c1", Status.MET) ); end
            rule "without bonus" activation-group "g"
            when $x : Base() then insertLogical( new Assessment("c1", Status.NOT_MET) ); end
            """;

    private static final String BASE_ONLY = """
            facts:
              - { type: Base, id: x, reported: 2025-01-01 }
            expect:
              assessments: { c1: NOT_MET }
            """;

    private static final String BASE_AND_BONUS = """
            facts:
              - { type: Base, id: x, reported: 2025-01-01 }
              - { type: Bonus, id: b, reported: 2025-02-01 }
            expect:
              assessments: { c1: MET }
            """;

    private RulePack pack(String drl) {
        return TestPacks.load(dir.resolve("pack"), MANIFEST, Map.of("rules.drl", drl));
    }

    private static String c1(Decision d) {
        return d.condition("c1").orElseThrow().statusLabel();
    }

    @Test
    void anActivationGroupDecidesTheSameAfterOtherFactSets() {
        RulePack pack = pack(ACTIVATION_GROUP);
        FactSet baseOnly = TestPacks.facts("s1.yaml", BASE_ONLY);
        FactSet both = TestPacks.facts("s2.yaml", BASE_AND_BONUS);

        List<String> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            statuses.add(c1(pack.evaluate(baseOnly)));
            statuses.add(c1(pack.evaluate(both)));
        }

        assertThat(statuses).containsExactly("NOT_MET", "MET", "NOT_MET", "MET", "NOT_MET", "MET");
    }

    @Test
    void scenarioTestsOfAnActivationGroupPassInAnyOrderAndRepeated() throws Exception {
        Path packDir = TestPacks.write(dir.resolve("pack"), MANIFEST, Map.of("rules.drl", ACTIVATION_GROUP));
        Path s1 = Files.writeString(dir.resolve("s1.yaml"), BASE_ONLY);
        Path s2 = Files.writeString(dir.resolve("s2.yaml"), BASE_AND_BONUS);

        Cli.Run run = Cli.accord("test", "--rules", packDir.toString(), s1.toString(), s2.toString(), s1.toString(),
                s2.toString(), s2.toString(), s1.toString());

        assertThat(run.out()).contains("6 passed, 0 failed");
        assertThat(run.code()).isZero();
    }

    @Test
    void aTimelineOfAnActivationGroupEqualsTheEvaluationAsOfEachDate() {
        RulePack pack = pack(ACTIVATION_GROUP);
        FactSet both = TestPacks.facts("s2.yaml", BASE_AND_BONUS);
        List<LocalDate> dates = List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 15));

        assertThat(timeline(pack, both, dates)).containsExactly("NOT_MET", "MET");
        assertThat(dates.stream().map(d -> c1(pack.evaluate(both, d))).toList()).containsExactly("NOT_MET", "MET");
    }

    @Test
    void aTimelineOfRulesThatInsertForGoodEqualsTheEvaluationAsOfEachDate() {
        RulePack pack = pack("""
                package t;
                import dev.accord.vocabulary.*;
                declare Base  @dated(reported) id : String reported : java.time.LocalDate end
                declare Bonus @dated(reported) id : String reported : java.time.LocalDate end
                rule "no bonus yet"
                when Base() not Bonus() then insert( new Assessment("c1", Status.NOT_MET) ); end
                rule "bonus"
                when Base() Bonus() then insertLogical( new Assessment("c1", Status.MET) ); end
                """);
        FactSet both = TestPacks.facts("s2.yaml", BASE_AND_BONUS);

        assertThat(timeline(pack, both, List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 15))))
                .containsExactly("NOT_MET", "MET");
    }

    @Test
    void aTimelineOfRulesThatTakeAwayEachOthersPremisesEqualsTheEvaluationAsOfEachDate() {
        // Each rule's conclusion blocks the other: which holds depends on what arrived first, so a
        // timeline may not carry day 1's conclusion into day 2.
        RulePack pack = pack("""
                package t;
                import dev.accord.vocabulary.*;
                declare Base  @dated(reported) id : String reported : java.time.LocalDate end
                declare Bonus @dated(reported) id : String reported : java.time.LocalDate end
                rule "base alone"
                when Base() not Assessment( status == Status.MET ) then insertLogical( new Assessment("c1", Status.NOT_MET) ); end
                rule "bonus" salience 10
                when Bonus() not Assessment( status == Status.NOT_MET ) then insertLogical( new Assessment("c1", Status.MET) ); end
                """);
        assertThat(pack.compiled().sessionTraits().reusable()).isTrue();
        assertThat(pack.compiled().sessionTraits().incremental()).isFalse();
        FactSet both = TestPacks.facts("s2.yaml", BASE_AND_BONUS);
        List<LocalDate> dates = List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 15));

        assertThat(timeline(pack, both, dates)).containsExactly("NOT_MET", "MET");
        assertThat(dates.stream().map(d -> c1(pack.evaluate(both, d))).toList()).containsExactly("NOT_MET", "MET");
    }

    @Test
    void lockOnActiveAndAgendaGroupsDecideTheSameAfterOtherFactSets() {
        String drl = """
                package t;
                import dev.accord.vocabulary.*;
                declare Base  id : String n : int end
                declare Bonus id : String end
                rule "count" lock-on-active true agenda-group "first" auto-focus true
                when $b : Base( n < 3 ) then modify( $b ) { setN( $b.getN() + 1 ) }; end
                rule "assess" agenda-group "second" auto-focus true
                when Base( n == 1 ) Bonus() then insertLogical( new Assessment("c1", Status.MET) ); end
                rule "not yet" agenda-group "second" auto-focus true
                when Base( n == 0 ) then insertLogical( new Assessment("c1", Status.NOT_MET) ); end
                """;
        RulePack pack = pack(drl);
        List<FactSet> sets = List.of(
                TestPacks.facts("s1.yaml", "facts: [ { type: Base, id: x, n: 0 } ]"),
                TestPacks.facts("s2.yaml", "facts: [ { type: Base, id: x, n: 0 }, { type: Bonus, id: b } ]"),
                TestPacks.facts("s3.yaml", "facts: [ { type: Bonus, id: b }, { type: Base, id: x, n: 2 } ]"));

        List<String> onOnePack = new ArrayList<>();
        List<String> onNewPacks = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < sets.size(); i++) {
                onOnePack.add(c1(pack.evaluate(sets.get(i))));
                onNewPacks.add(c1(TestPacks.load(dir.resolve("fresh-" + round + "-" + i), MANIFEST, Map.of("rules.drl", drl))
                        .evaluate(sets.get(i))));
            }
        }

        assertThat(onOnePack).isEqualTo(onNewPacks);
        assertThat(pack.compiled().sessionTraits().reusable()).isFalse();
    }

    @Test
    void whatIfAndSensitivityOnAnActivationGroupAnswerAsFreshEvaluationsDo() {
        RulePack pack = TestPacks.load(dir.resolve("pack"), MANIFEST.replace("- { id: GO }", "- { id: GO }\n  - { id: STOP }"),
                Map.of("rules.drl", ACTIVATION_GROUP + """
                rule "go" when Assessment( condition == "c1", status == Status.MET )
                then insertLogical( new Recommendation("GO", "go ahead") ); end
                rule "stop" when Assessment( condition == "c1", status == Status.NOT_MET )
                then insertLogical( new Recommendation("STOP", "stop") ); end
                """));
        FactSet uncertain = TestPacks.facts("s.yaml", """
                facts:
                  - { type: Base, id: x, reported: 2025-01-01 }
                  - { type: Bonus, id: b, reported: 2025-02-01, confidence: 0.25 }
                """);

        for (int i = 0; i < 4; i++) { // leaves used sessions in the pack's pool, as a long-running process would
            pack.evaluate(TestPacks.facts("s1.yaml", BASE_ONLY));
        }
        var sensitivity = dev.accord.analysis.Sensitivity.analyze(pack, uncertain,
                dev.accord.analysis.Sensitivity.Options.defaults());
        var search = dev.accord.analysis.Counterfactuals.search(pack, TestPacks.facts("s.yaml", BASE_AND_BONUS),
                new dev.accord.analysis.Counterfactuals.Options("STOP", 2, 500));

        assertThat(sensitivity.probabilities().get("GO")).isEqualTo(0.25);
        assertThat(sensitivity.probabilities().get("STOP")).isEqualTo(0.75);
        assertThat(search.changeSets()).isNotEmpty();
        assertThat(search.changeSets().get(0).described()).containsExactly("remove Bonus b");
    }

    @Test
    void aTimelineOfEventsWithoutATimestampEqualsTheEvaluationAsOfEachDate() {
        // Drools stamps an event type without @timestamp (here a subtype: Drools does not pass
        // @timestamp down) with the clock as it goes in: the date evaluated, or in one session
        // advanced date by date, the date it was inserted at. Found by the differential long mode.
        RulePack pack = pack("""
                package t;
                import dev.accord.vocabulary.*;
                declare Ev @role(event) @timestamp(date) id : String date : java.time.LocalDate end
                declare SubEv extends Ev @role(event) end
                rule "two recent" when Number( intValue >= 2 ) from accumulate( SubEv() over window:time( 5d ), count( 1 ) )
                then insertLogical( new Assessment("c1", Status.MET) ); end
                """);
        FactSet events = TestPacks.facts("e.yaml", """
                facts:
                  - { type: SubEv, id: e1, date: 2025-01-01 }
                  - { type: SubEv, id: e2, date: 2025-01-10 }
                """);
        List<LocalDate> dates = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10));

        List<String> expected = dates.stream().map(d -> c1(pack.evaluate(events, d))).toList();
        assertThat(timeline(pack, events, dates)).isEqualTo(expected);
        assertThat(pack.compiled().sessionTraits().incremental()).isFalse();
    }

    @Test
    void theDefaultPackKeepsItsSessionsAndAdvancesItsTimelinesInOneSession() {
        assertThat(TestPacks.nato().compiled().sessionTraits().reusable()).isTrue();
        assertThat(TestPacks.nato().compiled().sessionTraits().incremental())
                .as(TestPacks.nato().compiled().sessionTraits().why()).isTrue();
    }

    private static List<String> timeline(RulePack pack, FactSet facts, List<LocalDate> dates) {
        List<String> out = new ArrayList<>();
        pack.evaluateEach(facts, dates, d -> out.add(c1(d)));
        return out;
    }
}
