package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a caller holding an {@link EvaluationException} can find out: the exception a rule's
 * action threw, as the cause, with the rule's file and line; and an interruption of its own
 * thread, reported as an interruption. (The timeout guards against a hang only.)
 */
@Timeout(60)
public class EvaluationFailureCauseTest {

    /** Counted down by the blocking rule's action once it runs; read by the interrupting thread. */
    static volatile CountDownLatch actionStarted;

    /** Called by a rule's action: signals that it runs, then waits until its thread is interrupted. */
    public static void block() throws InterruptedException {
        actionStarted.countDown();
        new CountDownLatch(1).await();
    }

    /** Called by a rule's condition: blocks as {@link #block()} does, so that no rule fires before the interrupt. */
    public static boolean blocked() throws InterruptedException {
        block();
        return false;
    }

    private static final FactSet NO_FACTS = FactSet.parse("facts: []\n", "empty.yaml");

    @Test
    void keepsTheExceptionARuleActionThrewAsTheCauseWithTheRulesLocation(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("fail.drl", """
                package failing;
                import dev.accord.vocabulary.*;

                rule "Fail in the action"
                when
                then
                    insert(new Assessment(null, Status.MET));
                end
                """)));

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> pack.evaluate(NO_FACTS));

        assertThat(e.getCause()).isInstanceOf(NullPointerException.class);
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.location().file()).isEqualTo("fail.drl");
        assertThat(d.location().line()).isEqualTo(4);
        assertThat(d.message()).contains("rule \"Fail in the action\" failed in its action");
    }

    @Test
    void reportsAnInterruptionOfTheCallerAsSuchAtTheRuleThatWasRunning(@TempDir Path dir) throws Exception {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("block.drl", """
                package blocking;

                rule "Block until interrupted"
                when
                then
                    dev.accord.EvaluationFailureCauseTest.block();
                end
                """)), RulePolicy.trusted());
        Interrupted interrupted = evaluateInterruptedOnceBlocked(pack);
        EvaluationException e = interrupted.exception();

        assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
        assertThat(interrupted.statusKept()).as("the caller's interrupt status is kept").isTrue();
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.message()).startsWith("the evaluation was interrupted")
                .contains("in the action of rule \"Block until interrupted\"");
        assertThat(d.location().file()).isEqualTo("block.drl");
        assertThat(d.location().line()).isEqualTo(3);
    }

    @Test
    void reportsAnInterruptionBeforeAnyRuleFiredAtThePackAsAWhole(@TempDir Path dir) throws Exception {
        Path folder = TestPacks.write(dir.resolve("waiting"), TestPacks.SIMPLE_MANIFEST, Map.of("wait.drl", """
                package waiting;

                rule "Never fires"
                when
                    eval( dev.accord.EvaluationFailureCauseTest.blocked() )
                then
                end
                """));
        RulePack pack = RulePack.load(folder, RulePolicy.trusted());
        EvaluationException e = evaluateInterruptedOnceBlocked(pack).exception();

        String message = "error: the evaluation was interrupted: the calling thread was interrupted while it waited,"
                + " before any rule fired";
        assertThat(e.diagnostics()).singleElement().hasToString(".: " + message);
        assertThat(e.located()).singleElement().hasToString(folder + ": " + message);
    }

    private record Interrupted(EvaluationException exception, boolean statusKept) {
    }

    /**
     * Evaluates on this thread while another interrupts it once the pack's rule blocks in
     * {@link #block()}; what the evaluation threw, and whether this thread's interrupt status was
     * kept (cleared here for the next test).
     */
    private static Interrupted evaluateInterruptedOnceBlocked(RulePack pack) throws InterruptedException {
        actionStarted = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                actionStarted.await();
                caller.interrupt();
            } catch (InterruptedException ignored) {
                // the test is over
            }
        });
        interrupter.start();
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> pack.evaluate(NO_FACTS));
        boolean kept = Thread.interrupted();
        interrupter.join();
        return new Interrupted(e, kept);
    }
}
