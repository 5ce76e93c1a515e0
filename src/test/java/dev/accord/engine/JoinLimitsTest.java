package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.EvaluationException;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A join that is merely slow: three patterns, the last with a constraint no combination passes,
 * so Drools grinds through every combination while memory stays small and no rule fires. (The timeout is a guard against a hang, not an assertion about speed.)
 */
@Timeout(120)
class JoinLimitsTest {

    @TempDir
    Path dir;

    static final String SLOW_JOIN = TestPacks.SLOW_JOIN;

    private FactSet actors(int n) {
        StringBuilder yaml = new StringBuilder("facts:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - { type: Actor, id: a").append(i).append(", n: ").append(i).append(" }\n");
        }
        return TestPacks.facts("actors.yaml", yaml.toString());
    }

    @Test
    void timeLimitNamesTheJoiningRuleAndStopsItsWorker() throws Exception {
        RulePack pack = TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("joins.drl", SLOW_JOIN));

        // 700 actors: 343 million combinations, seconds of matching even on a quiet machine, far
        // past the limit (400 actors under a 1 s limit finished in time once the machine was idle).
        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(actors(700), EvaluationLimits.defaults().withTimeout(Duration.ofMillis(300))));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().toString()).endsWith("joins.drl:6:1");
            assertThat(d.message()).contains("time limit", "most likely of rule \"Every triple of actors\"",
                    "3 patterns over 700 Actor × 700 Actor × 700 Actor facts");
        });
        // Before, the worker went on matching (and allocating) after the caller had its answer, for hours.
        assertThat(stillJoining()).as("a worker still inside Drools' join").isFalse();
        assertThat(pack.evaluate(actors(3)).condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
    }

    /** Whether an evaluation thread is inside Drools' network, looked at for up to 10 s as the stop lands. */
    private static boolean stillJoining() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean joining = Thread.getAllStackTraces().entrySet().stream()
                    .anyMatch(t -> t.getKey().getName().startsWith("accord-evaluation") && JoinBlame.inMatching(t.getValue()));
            if (!joining) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Test
    void blamesTheRuleWhosePatternsCombineTheMostFacts() {
        RulePack pack = TestPacks.load(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("joins.drl", SLOW_JOIN + """
                rule "Pairs"
                when
                    $a : Actor()
                    $b : Actor( id != $a.id )
                then
                end
                """));

        JoinBlame.Suspect suspect = JoinBlame.suspect(Internals.compiled(pack).shapes().values(), Map.of("Actor", 1000));

        assertThat(suspect.rule().info().name()).isEqualTo("Every triple of actors");
        assertThat(suspect.describe()).isEqualTo("3 patterns over 1,000 Actor × 1,000 Actor × 1,000 Actor facts: up to 1.0e09 combinations");
        assertThat(JoinBlame.suspect(Internals.compiled(pack).shapes().values(), Map.of("Other", 1000))).as("no facts of the joined type").isNull();
    }

    @Test
    void matchingIsToldFromRunningAnAction() {
        StackTraceElement join = new StackTraceElement("org.drools.core.phreak.PhreakJoinNode", "doLeftInserts", null, 1);
        StackTraceElement action = new StackTraceElement("joins.Rule_x", "defaultConsequence", null, 1);

        assertThat(JoinBlame.inMatching(new StackTraceElement[] {join})).isTrue();
        assertThat(JoinBlame.inMatching(new StackTraceElement[] {action})).isFalse();
    }
}
