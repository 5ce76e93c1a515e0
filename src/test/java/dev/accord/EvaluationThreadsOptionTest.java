package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where evaluations run when the caller says: on its own thread, where its thread-local context
 * reaches rule actions, or on its executor; and the limits still hold. (The timeout guards
 * against a hang only.)
 */
@Timeout(60)
public class EvaluationThreadsOptionTest {

    /** What the rule actions saw: the thread's name and the thread-local context. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final ThreadLocal<String> CONTEXT = new ThreadLocal<>();

    /** Called by a rule's action. */
    public static void record() {
        SEEN.add(Thread.currentThread().getName() + " " + CONTEXT.get());
    }

    private static final String RECORDING = """
            package recording;
            rule "Record the thread"
            when
            then
                dev.accord.EvaluationThreadsOptionTest.record();
            end
            """;

    private static final FactSet NO_FACTS = FactSet.parse("facts: []\n", "empty.yaml");

    @Test
    void onTheCallersThreadARuleActionSeesTheCallersThreadAndItsContext(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", RECORDING)),
                RulePolicy.trusted());
        SEEN.clear();
        CONTEXT.set("request-42");
        try {
            pack.evaluate(NO_FACTS, EvaluationLimits.defaults().onCallersThread());
        } finally {
            CONTEXT.remove();
        }
        assertThat(SEEN).containsExactly(Thread.currentThread().getName() + " request-42");
    }

    @Test
    void onTheCallersThreadAnInterruptThatCameDuringTheRulesIsLeftForTheCaller(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("i.drl", """
                package interrupting;
                rule "Interrupt the thread"
                when
                then
                    Thread.currentThread().interrupt();
                end
                """)), RulePolicy.trusted());

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> pack.evaluate(NO_FACTS, EvaluationLimits.defaults().onCallersThread()));
        boolean interrupted = Thread.interrupted(); // clears it for the next test

        assertThat(interrupted).as("the caller's interrupt status is kept").isTrue();
        assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void onAGivenExecutorTheRulesRunOnItsThreads(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", RECORDING)),
                RulePolicy.trusted());
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-pool"));
        try {
            SEEN.clear();
            pack.evaluate(NO_FACTS, EvaluationLimits.defaults().withExecutor(pool));
            assertThat(SEEN).containsExactly("app-pool null");
            assertThat(pool.isShutdown()).as("the caller's executor is left running").isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onTheCallersThreadTheTimeLimitEndsRulesThatKeepFiring(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("loop.drl", TestPacks.LOOPING)));
        FactSet counter = FactSet.parse("facts:\n  - { type: Counter, n: 0 }\n", "counter.yaml");

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> pack.evaluate(counter,
                EvaluationLimits.defaults().withMaxFirings(Integer.MAX_VALUE - 1).withTimeout(Duration.ofMillis(300))
                        .onCallersThread()));

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("stopped after 300ms (the time limit of an evaluation)");
            assertThat(d.location().file()).isEqualTo("loop.drl");
        });
        assertThat(pack.evaluate(NO_FACTS, EvaluationLimits.defaults().onCallersThread()).outcome())
                .as("the pack stays usable").isEqualTo(Outcome.NO_RECOMMENDATION);
    }

    @Test
    void onTheCallersThreadTheFiringLimitHolds(@TempDir Path dir) {
        RulePack pack = RulePack.load(TestPacks.write(dir, TestPacks.SIMPLE_MANIFEST, Map.of("loop.drl", TestPacks.LOOPING)));
        FactSet counter = FactSet.parse("facts:\n  - { type: Counter, n: 0 }\n", "counter.yaml");

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> pack.evaluate(counter,
                EvaluationLimits.defaults().withMaxFirings(500).onCallersThread()));

        assertThat(e.diagnostics().get(0).message()).startsWith("stopped after 500 rule firings (the firing limit)");
    }
}
