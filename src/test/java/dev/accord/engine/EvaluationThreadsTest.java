package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The threads evaluations run on: reused when idle, never shared with a task still running. */
@org.junit.jupiter.api.Timeout(60)
class EvaluationThreadsTest {

    @Test
    void aThreadThatFinishedRunsTheNextTask() throws Exception {
        EvaluationThreads threads = new EvaluationThreads();
        Thread first = runOn(threads);
        Thread second = runOn(threads);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aThreadThatIsStillBusyIsNotGivenAnotherTask() throws Exception {
        EvaluationThreads threads = new EvaluationThreads();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Thread> stuck = new CompletableFuture<>();
        threads.execute(() -> {
            stuck.complete(Thread.currentThread());
            awaitQuietly(release); // an action that does not return
        });
        Thread busy = stuck.get(10, TimeUnit.SECONDS);

        Thread other = runOn(threads);
        assertThat(other).isNotSameAs(busy);
        release.countDown();
    }

    @Test
    void shutdownEndsIdleThreadsAndBusyOnesOnceTheirTaskEndsAndLaterTasksStillRun() throws Exception {
        EvaluationThreads threads = new EvaluationThreads();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Thread> started = new CompletableFuture<>();
        threads.execute(() -> {
            started.complete(Thread.currentThread());
            awaitQuietly(release);
        });
        Thread busy = started.get(10, TimeUnit.SECONDS);
        Thread idle = runOn(threads); // another thread: the first is busy

        threads.shutdown();
        idle.join();
        release.countDown();
        busy.join();

        assertThat(idle.isAlive()).isFalse();
        assertThat(busy.isAlive()).isFalse();
        Thread later = runOn(threads);
        assertThat(later).isNotIn(idle, busy);
    }

    @Test
    void aThreadGoesOnAfterATaskThrows() throws Exception {
        EvaluationThreads threads = new EvaluationThreads();
        CompletableFuture<Thread> failing = new CompletableFuture<>();
        threads.execute(() -> {
            failing.complete(Thread.currentThread());
            throw new IllegalStateException("a task's failure is the task's to report");
        });
        Thread thrower = failing.get(10, TimeUnit.SECONDS);
        // It finished (by throwing) and went back to waiting; wait until then, or the next task gets a new thread.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thrower.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(runOn(threads)).isSameAs(thrower);
    }

    @Test
    void threadsAreDaemonsSoARunawayActionCannotKeepTheProcessAlive() throws Exception {
        assertThat(runOn(new EvaluationThreads()).isDaemon()).isTrue();
    }

    /** Runs a task and returns its thread once it has finished and the thread is idle again. */
    private static Thread runOn(EvaluationThreads threads) throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        threads.execute(() -> ran.complete(Thread.currentThread()));
        Thread t = ran.get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
            Thread.sleep(1); // still watching for its next task, or about to: not yet parked
        }
        return t;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
