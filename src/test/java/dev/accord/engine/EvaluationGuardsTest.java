package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.Decision;
import dev.accord.EvaluationException;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firing and time limits of an evaluation: passing one ends that evaluation with a
 * diagnostic naming the rules, and the pack goes on deciding other fact sets. (The timeouts on
 * the tests are guards against a hang, not assertions about speed.)
 */
@Timeout(60)
class EvaluationGuardsTest {

    @TempDir
    Path dir;

    private static final String COUNTER = """
            package guards;
            import dev.accord.vocabulary.Assessment;
            import dev.accord.vocabulary.Status;
            declare Counter
                n : int
            end
            declare Spin
                seconds : int
            end
            rule "Assess"
            when
            then
                insert(new Assessment("c1", Status.MET));
            end
            rule "Count forever"
            when
                $c : Counter( n >= 0 )
            then
                modify( $c ) { setN( $c.getN() + 1 ) };
            end
            rule "Spin in the action"
            when
                $s : Spin()
            then
                java.time.Instant until = java.time.Instant.now().plusSeconds($s.getSeconds());
                while (java.time.Instant.now().isBefore(until)) {
                    // busy: nothing here returns to the engine
                }
            end
            """;

    private static final FactSet HARMLESS = TestPacks.facts("harmless.yaml", "facts: []\n");

    private RulePack pack() {
        return TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("guards.drl", COUNTER));
    }

    @Test
    void aLoopEndsAtTheConfiguredFiringLimitNamingTheRuleAndThePackStaysUsable() {
        RulePack pack = pack();
        FactSet counter = TestPacks.facts("counter.yaml", "facts:\n  - { type: Counter, n: 0 }\n");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(counter, EvaluationLimits.defaults().withMaxFirings(500)));

        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 500 rule firings (the firing limit)")
                .contains("Fired most: \"Count forever\" (50");
        assertThat(e.diagnostics().get(0).location().toString()).isEqualTo("guards.drl:15:1");
        Decision after = pack.evaluate(HARMLESS);
        assertThat(after.conditions().get(0).statusLabel()).isEqualTo("MET");
    }

    @Test
    void aRecursionWithoutEndIsADiagnosticNotAStackOverflowAndThePackStaysUsable(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("deep.drl", """
                package deep;
                import dev.accord.vocabulary.*;
                declare Item id : String deep : boolean end
                function int depth(int n) { return depth(n + 1) + 1; }
                rule "in a condition" @explain("x")
                when Item( deep == false ) eval( depth(0) > 0 ) then insertLogical( new Assessment("c1", Status.MET) ); end
                rule "in an action" @explain("x")
                when Item( deep == true ) then insertLogical( new Assessment("c2", depth(0) > 0 ? Status.MET : Status.NOT_MET) ); end
                rule "harmless" @explain("x")
                when not Item() then insertLogical( new Assessment("c1", Status.MET) ); end
                """));

        EvaluationException inCondition = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Item, id: a, deep: false } ]")));
        EvaluationException inAction = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Item, id: a, deep: true } ]")));

        assertThat(inCondition).as("before, a StackOverflowError reached the caller").isNotNull();
        assertThat(inCondition.diagnostics().get(0).message()).isEqualTo("the evaluation ran out of stack while matching"
                + " the rules' conditions; depth(...) calls itself without end (after 0 rule firings)");
        assertThat(inAction.diagnostics().get(0).message()).startsWith("the evaluation ran out of stack in the action of"
                + " rule \"in an action\"; depth(...) calls itself without end");
        assertThat(inAction.diagnostics().get(0).location().toString()).isEqualTo("deep.drl:7:1");
        assertThat(pack.evaluate(TestPacks.facts("f.yaml", "facts: []")).conditions().get(0).statusLabel()).isEqualTo("MET");
    }

    @Test
    void aConditionThatThrowsIsADiagnosticThatKeepsItsCause(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("npe.drl", """
                package npe;
                import dev.accord.vocabulary.*;
                declare Item id : String name : String end
                rule "named" @explain("x")
                when $i : Item() eval( $i.getName().length() > 0 ) then insertLogical( new Assessment("c1", Status.MET) ); end
                """));

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(TestPacks.facts("f.yaml", "facts: [ { type: Item, id: a } ]")));

        assertThat(e).as("before, Drools' exception reached the caller as it was").isNotNull();
        assertThat(e.diagnostics().get(0).message()).startsWith("the evaluation failed while matching the rules' conditions: ");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void anActionThatSpinsIsCutOffByTheTimeLimitAndThePackStaysUsable() {
        RulePack pack = pack();
        FactSet spin = TestPacks.facts("spin.yaml", "facts:\n  - { type: Spin, seconds: 5 }\n");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(spin, EvaluationLimits.defaults().withTimeout(Duration.ofMillis(300))));

        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 300ms (the time limit of an evaluation)")
                .contains("the action of rule \"Spin in the action\" did not finish");
        assertThat(e.diagnostics().get(0).location().toString()).isEqualTo("guards.drl:21:1");
        assertThat(pack.evaluate(HARMLESS).conditions().get(0).statusLabel()).isEqualTo("MET");
    }

    @Test
    void aRegularExpressionThatBacktracksWithoutEndIsBlamedOnTheRuleThatMatchesIt(@TempDir Path dir) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("redos.drl", """
                package redos;
                import dev.accord.vocabulary.*;
                declare Item id : String name : String end
                declare Tick n : int end
                rule "Counts busily"
                when $t : Tick( n < 50 ) then modify( $t ) { setN( $t.getN() + 1 ) }; end
                rule "Starts the count"
                when $i : Item() then insert( new Tick(0) ); end
                rule "Backtracks"
                when
                    $i : Item( name matches "(.*a){25}b" )
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end
                """));
        FactSet facts = TestPacks.facts("f.yaml", "facts: [ { type: Item, id: a, name: " + "a".repeat(40) + "! } ]");

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(facts, EvaluationLimits.defaults().withTimeout(Duration.ofMillis(500))));
        SessionRunner.stopRunaways(); // the regex would run for the rest of the tests

        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 500ms (the time limit of an evaluation)")
                .contains("it was still matching a regular expression ('matches') of rule \"Backtracks\"");
        assertThat(e.diagnostics().get(0).location().toString()).isEqualTo("redos.drl:11:5");
    }

    @Test
    void aTimelineGivesEachDateTheTimeLimitOfAnEvaluation() {
        RulePack pack = pack();
        FactSet spin = TestPacks.facts("spin.yaml", "facts:\n  - { type: Spin, seconds: 5 }\n");
        List<LocalDate> dates = List.of(LocalDate.parse("2021-01-31"), LocalDate.parse("2021-02-28"));

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluateEach(spin, dates, EvaluationLimits.defaults().withTimeout(Duration.ofMillis(300)), d -> { }));

        assertThat(e).as("before, a timeline had no time limit: this took 10 s and then succeeded").isNotNull();
        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 300ms (the time limit of an evaluation)")
                .contains("the action of rule \"Spin in the action\" did not finish");
        assertThat(pack.evaluate(HARMLESS).conditions().get(0).statusLabel()).isEqualTo("MET");
    }

    @Test
    void aTimelineHandsEachDecisionOverOnTheCallersThreadAndStopsWhenTheCallerFails() {
        RulePack pack = pack();
        List<LocalDate> dates = List.of(LocalDate.parse("2021-01-31"), LocalDate.parse("2021-02-28"), LocalDate.parse("2021-03-31"));
        List<Thread> handedTo = new ArrayList<>();

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> pack.evaluateEach(HARMLESS, dates, d -> {
            handedTo.add(Thread.currentThread());
            throw new IllegalStateException("the caller gives up at " + d.asOf().orElseThrow());
        }));

        assertThat(e).hasMessage("the caller gives up at 2021-01-31");
        assertThat(handedTo).containsExactly(Thread.currentThread());
        List<LocalDate> seen = new ArrayList<>();
        pack.evaluateEach(HARMLESS, dates, d -> seen.add(d.asOf().orElseThrow()));
        assertThat(seen).isEqualTo(dates);
    }

    @Test
    void aSleepingActionOfATrustedPackIsInterruptedAtTheTimeLimit() {
        Path packDir = TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("sleep.drl", """
                package sleepy;
                rule "Sleep"
                when
                then
                    Thread.sleep(60_000);
                end
                """));
        RulePack pack = RulePack.load(packDir, RulePolicy.trusted());

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(HARMLESS, EvaluationLimits.defaults().withTimeout(Duration.ofMillis(200))));

        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 200ms (the time limit of an evaluation)");
        assertThat(e.diagnostics().get(0).location().file()).isEqualTo("sleep.drl");
    }
}
