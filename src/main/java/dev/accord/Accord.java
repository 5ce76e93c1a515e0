package dev.accord;

import dev.accord.engine.SessionRunner;

/**
 * What concerns the library as a whole rather than one pack: the threads it starts.
 *
 * <p>Unless {@link EvaluationLimits#withExecutor} or {@link EvaluationLimits#onCallersThread()}
 * says otherwise, each evaluation runs on a daemon thread of Accord's own, named
 * {@code accord-evaluation-N}, so that its time limit can free the caller even from a rule
 * action that never returns. Such a thread is kept for a minute after its last evaluation, for
 * the next one; {@link #shutdownThreads()} ends them sooner, e.g. when a web application is
 * undeployed.
 */
public final class Accord {

    private Accord() {
    }

    /**
     * Ends Accord's evaluation threads: the idle ones now, the busy ones as soon as their
     * evaluation ends. Evaluations asked for later start new threads. Executors given with
     * {@link EvaluationLimits#withExecutor} are the caller's: Accord never shuts them down.
     */
    public static void shutdownThreads() {
        SessionRunner.shutdownThreads();
    }
}
