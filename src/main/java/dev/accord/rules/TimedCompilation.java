package dev.accord.rules;

import dev.accord.AccordException;
import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Compiles on a worker thread and gives up after a limit. The caller gets either the whole
 * result or an exception, never a half-built pack. A JVM cannot stop a thread that does not
 * want to stop: the worker is interrupted and, being a daemon, cannot keep the process alive,
 * but it may use a core until it finishes (see docs/SECURITY.md).
 */
final class TimedCompilation {

    private TimedCompilation() {
    }

    static <T> T run(Supplier<T> compile, Duration limit) {
        FutureTask<T> task = new FutureTask<>(compile::get);
        Thread worker = new Thread(task, "accord-compile");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw fail("compiling the pack took longer than the limit of " + Durations.text(limit)
                    + "; nothing of it is used (raise the limit if the pack is simply large)");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw fail("interrupted while compiling the pack");
        } catch (CancellationException e) {
            throw fail("compiling the pack was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AccordException a) {
                throw a;
            }
            if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                // Drools failing on input it should have reported: still the pack's fault for the user.
                throw fail("the rule compiler failed on this pack: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")));
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static InvalidRulesException fail(String message) {
        return new InvalidRulesException(List.of(Diagnostic.error(Location.of("."), message)));
    }
}
