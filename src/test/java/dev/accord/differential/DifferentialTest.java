package dev.accord.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Accord against plain Drools on generated packs and fact sets (see docs/differential-testing.md).
 * One run generates and checks everything; each {@link Check} is reported as a test of its own,
 * failing with its differences, the features of the packs they occur in, and a shrunk
 * reproduction (seed, DRL, fact set, both answers).
 */
class DifferentialTest {

    @TestFactory
    Stream<DynamicTest> accordDecidesAsPlainDroolsDoes() {
        DifferentialRun run = DifferentialRun.shared();
        Stream<DynamicTest> checks = Arrays.stream(Check.values()).map(c -> dynamicTest(c.name(), () -> {
            if (run.differences(c) > 0) {
                fail(run.summary(c));
            }
        }));
        // One test per cause the triage tells apart: the known bugs of issue 13 and anything else.
        Stream<DynamicTest> causes = Arrays.stream(Cause.values()).map(cause -> dynamicTest("CAUSE_" + cause.name(), () -> {
            if (run.examplesByCause.containsKey(cause)) {
                fail(run.summary(cause));
            }
        }));
        return Stream.concat(checks, causes);
    }

    @Test
    void checksAsManyCasesAsConfigured() {
        DifferentialRun run = DifferentialRun.shared();
        System.out.printf("differential: %d cases (pack and fact set pairs) in %d packs, %d differences, %.1f s before shrinking%n",
                run.cases, run.packsRun, run.totalFindings(), run.millis / 1000.0);
        System.out.printf("  compiling packs (both sides): %.1f s (Drools alone: %.1f s), triage: %.1f s (%d findings triaged,"
                + " %d left for lack of time)%n", run.compileNanos / 1e9, PackUnderTest.ORACLE_COMPILE_NANOS.get() / 1e9,
                run.triageNanos / 1e9, run.triagedCount, run.untriaged);
        System.out.println("  causes: " + run.triaged);
        if (run.packsNotCompiled > 0) {
            System.out.println("  left out: " + run.packsNotCompiled + " generated packs that plain Drools does not compile");
        }
        if (run.droolsFailures > 0) {
            System.out.println("  left out: " + run.droolsFailures + " checks on which plain Drools itself failed; the first:\n"
                    + run.firstDroolsFailure);
        }
        run.checked.forEach((c, n) -> System.out.printf("  %-34s %6d checked, %5d differences, %6.1f s%n", c, n, run.differences(c),
                run.nanos.getOrDefault(c, 0L) / 1e9));
        if (run.config.onlyPack() == null) {
            assertThat(run.cases).isGreaterThanOrEqualTo(run.config.cases() - run.packsNotCompiled * run.config.factSets());
            assertThat(run.packsNotCompiled).as("generated packs that plain Drools does not compile").isZero();
        }
    }
}
