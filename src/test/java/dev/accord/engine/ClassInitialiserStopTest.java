package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.EvaluationException;
import dev.accord.EvaluationLimits;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.RulePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit must not stop a worker inside a class's static initialiser: the JVM then marks
 * the class unusable for good, and every later evaluation that touches it fails. Drools
 * initialises some of its own classes lazily while it matches, so a server whose first
 * evaluation timed out at the wrong moment failed every evaluation after it.
 */
@Timeout(120)
class ClassInitialiserStopTest {

    @TempDir
    Path dir;

    private static final String DRL = """
            package slowinit;
            import dev.accord.vocabulary.*;
            import dev.accord.engine.SlowClassInitialiser;

            rule "Ready once the class is"
            when
                eval( SlowClassInitialiser.ready() )
            then
                insert(new Assessment("c1", Status.MET));
            end
            """;

    @Test
    void aTimeLimitPassedInsideAStaticInitialiserLeavesTheClassUsable() {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("slow.drl", DRL)), RulePolicy.trusted());
        FactSet none = TestPacks.facts("none.yaml", "facts: []\n");

        EvaluationException timedOut = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(none, EvaluationLimits.defaults().withTimeout(Duration.ofMillis(200))));
        assertThat(timedOut).as("the first evaluation passes its time limit in the initialiser").isNotNull();
        assertThat(timedOut.getMessage()).contains("time limit");

        // Before, the stop landed in the initialiser: NoClassDefFoundError here, and for ever after.
        assertThat(pack.evaluate(none).condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
    }

    @Test
    void aClassThatWillNotInitialiseIsADiagnosticWithItsCauseNotABareError() {
        String drl = DRL.replace("SlowClassInitialiser", "FailingClassInitialiser");
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("failing.drl", drl)), RulePolicy.trusted());
        FactSet none = TestPacks.facts("none.yaml", "facts: []\n");

        // Before, ExceptionInInitializerError reached the caller as it was, with no location.
        EvaluationException failed = catchThrowableOfType(EvaluationException.class, () -> pack.evaluate(none));
        assertThat(failed).isNotNull();
        assertThat(failed.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).contains("while matching the rules' conditions", "ExceptionInInitializerError"));
        assertThat(failed.getCause()).isInstanceOf(ExceptionInInitializerError.class)
                .hasRootCauseMessage("no configuration for the rates table");
    }
}
