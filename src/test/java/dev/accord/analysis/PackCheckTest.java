package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Diagnostic;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord check} finds each kind of problem, at the right place, and nothing in a clean pack. */
class PackCheckTest {

    @Test
    void findsEveryKindOfProblemWhereItIs() {
        List<Diagnostic> found = PackCheck.check(RulePack.load(Path.of("src/test/resources/packs/check-findings")));

        assertThat(found).extracting(Diagnostic::toString).containsExactly(
                "pack.yaml:5:5: warning: condition 'unused' is assessed by no rule: it will always be NOT_ASSESSED",
                "pack.yaml:9:5: warning: action 'DANCE' is recommended by no rule",
                "rules.drl:8:5: warning: field Light.colour is read by no rule; mark it @context if it is there for the reader",
                "rules.drl:11:9: warning: type Ghost is matched by no rule: facts of it change nothing",
                "rules.drl:15:1: warning: rule \"Light on\" has no @explain: a reviewer will read only \"rule matched\" where it fires",
                "rules.drl:22:1: warning: @explain of rule \"Go when lit\" names {$driver}, but the rule binds no $driver; it binds $light",
                "rules.drl:30:1: warning: rules \"Go when lit\" (recommends GO) and \"Stop when lit\" (recommends STOP) can both"
                        + " stand on the same facts, and the decision is then a CONFLICT; make their conditions exclusive, or put"
                        + " them in one activation-group so that only the first to fire does");
    }

    @Test
    void theDefaultPackAndTheOrdersPackAreClean() {
        assertThat(PackCheck.check(TestPacks.nato())).isEmpty();
        assertThat(PackCheck.check(RulePack.load(Path.of("src/test/resources/packs/orders")))).isEmpty();
    }

    private static List<String> conflicts(RulePack pack) {
        return PackCheck.check(pack).stream().filter(d -> d.message().contains("CONFLICT")).map(Diagnostic::message).toList();
    }

    private static final String LIGHT = """
            package test;
            import dev.accord.vocabulary.*;
            declare Light
                on : boolean
            end
            rule "c1" @explain("x") when Light( on ) then insertLogical(new Assessment("c1", Status.MET)); end
            rule "c2" @explain("x") when Light( !on ) then insertLogical(new Assessment("c2", Status.NOT_MET)); end
            """;

    @Test
    void rulesThatRequireDifferentStatusesOfOneConditionAreNotAConflict(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", LIGHT + """
                rule "Go" @explain("x") when Assessment( condition == "c1", status == Status.MET ) then
                    insertLogical(new Recommendation("GO", "")); end
                rule "Wait" @explain("x") when exists Assessment( condition == "c1", status == Status.NOT_MET ) then
                    insertLogical(new Recommendation("WAIT", "")); end
                rule "Wait or" @explain("x") when ( Assessment( condition == "c1", status == Status.UNKNOWN )
                    or Assessment( condition == "c1", status == Status.NOT_MET ) ) then
                    insertLogical(new Recommendation("WAIT", "")); end
                """));

        assertThat(conflicts(pack)).isEmpty();
    }

    @Test
    void salienceAloneDoesNotKeepTwoRecommendationsApart(@TempDir Path dir) {
        // Both fire, the higher salience first: the decision is a CONFLICT, which the check must say.
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", LIGHT + """
                rule "Go" @explain("x") when Assessment( condition == "c1", status == Status.MET ) then
                    insertLogical(new Recommendation("GO", "")); end
                rule "Wait too" @explain("x") salience 10 when Light( on ) then
                    insertLogical(new Recommendation("WAIT", "")); end
                """));

        assertThat(conflicts(pack)).hasSize(1);
        var decision = pack.evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Light, on: true } ]"));
        assertThat(decision.outcome()).isEqualTo(dev.accord.Outcome.CONFLICT);
    }

    @Test
    void aFallbackThatGivesWayToAnyRecommendationIsNotAConflict(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", LIGHT + """
                rule "Go" @explain("x") when Assessment( condition == "c1", status == Status.MET ) then
                    insertLogical(new Recommendation("GO", "")); end
                rule "Wait otherwise" @explain("x") salience -10 when Light() not Recommendation() then
                    insertLogical(new Recommendation("WAIT", "")); end
                """));

        assertThat(conflicts(pack)).isEmpty();
        var decision = pack.evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Light, on: true } ]"));
        assertThat(decision.action()).contains("GO");
    }

    @Test
    void aConditionAssessedByAnIdReadFromAFactIsNotReportedAsUnassessed(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package test;
                import dev.accord.vocabulary.*;
                declare Criterion
                    condition : String
                    met : boolean
                end
                rule "criterion" @explain("x") when Criterion( $c : condition, met ) then
                    insertLogical(new Assessment($c, Status.MET)); end
                rule "go" @explain("x") when not Assessment( status != Status.MET ) then
                    insertLogical(new Recommendation("GO", "")); end
                """));

        assertThat(PackCheck.check(pack)).extracting(Diagnostic::message).noneMatch(m -> m.contains("assessed by no rule"));
    }

    @Test
    void aSubtypeOfAnEventThatIsNoEventOrHasNoTimestampIsReported(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package test;
                import dev.accord.vocabulary.*;
                declare Incident @role(event) @timestamp(date)
                    date : java.time.LocalDate
                end
                declare Attack extends Incident
                    place : String
                end
                declare Raid extends Incident @role(event)
                    place : String
                end
                rule "attacks" @explain("x") when Attack( $p : place ) Raid( place == $p ) Incident() then
                    insertLogical(new Assessment("c1", Status.MET)); end
                """));

        assertThat(PackCheck.check(pack)).extracting(Diagnostic::message).filteredOn(m -> m.contains("event"))
                .containsExactly("type Attack extends the event type Incident but is not an event itself (Drools does not"
                        + " pass @role(event) down): its facts are not on the session clock, and windows and temporal"
                        + " operators treat them as plain facts; add @role(event) to Attack",
                        "event type Raid names no @timestamp of its own (Drools does not pass @timestamp down from"
                        + " Incident): its facts are stamped with the session clock as they go in, not with their date;"
                        + " repeat the @timestamp on Raid");
    }

    @Test
    void whatRulesReadThroughSupertypesGettersAndForallIsRead(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package test;
                import dev.accord.vocabulary.*;
                declare Report @dated(issued)
                    issued : java.time.LocalDate
                end
                declare PatrolReport extends Report
                    fatalities : Integer
                end
                declare Phase
                    number : int
                    done : boolean
                end
                declare GraveBreach
                    what : String
                end
                rule "reported" @explain("x") when exists Report() Number( intValue > 0 ) from accumulate(
                        $r : PatrolReport(), sum( $r.getFatalities() ) )
                    forall( $p : Phase( number > 1 ) Phase( number == $p.number, done ) )
                then insertLogical(new Assessment("c1", Status.MET)); end
                rule "breach" @explain("{$b.what}") when $b : GraveBreach() then insertLogical(new Recommendation("WAIT", "")); end
                rule "go" @explain("x") when not GraveBreach() Assessment( condition == "c1", status == Status.MET )
                    Assessment( condition == "c2", status == Status.MET )
                then insertLogical(new Recommendation("GO", "")); end
                rule "wait" @explain("x") when not GraveBreach() Assessment( status != Status.MET )
                then insertLogical(new Recommendation("WAIT", "")); end
                rule "c2" @explain("x") when Phase() then insertLogical(new Assessment("c2", Status.MET)); end
                """));

        assertThat(PackCheck.check(pack)).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("read by no rule") || m.contains("matched by no rule") || m.contains("CONFLICT"));
    }
}
