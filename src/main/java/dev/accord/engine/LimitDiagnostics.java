package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.Durations;
import dev.accord.rules.RuleInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The diagnostics of an evaluation stopped by its time limit or by the caller's interrupt: the
 * rule to blame (its action, a regular expression it matches, or the join it most likely built)
 * and the rules that fired most.
 */
final class LimitDiagnostics {

    /** How long to let a halted session get to the end of its current action before blaming the rules. */
    private static final long HALT_GRACE_MILLIS = 200;

    private LimitDiagnostics() {
    }

    /** @param stack where the worker was when the time ran out (empty when unknown): to blame a regular expression */
    static EvaluationException timedOut(EvaluationSession session, Duration timeout, StackTraceElement[] stack) {
        DerivationRecorder recorder = session.recorder();
        RuleInfo stuck = stillRunning(recorder);
        Map<String, Location> matching = stuck == null ? RegexBlame.suspects(session.rules(), stack) : Map.of();
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(3);
        String message = "stopped after " + Durations.text(timeout) + " (the time limit of an evaluation), after "
                + recorder.firingCount() + " rule firings";
        if (stuck != null) {
            message += "; the action of rule \"" + stuck.name() + "\" did not finish";
        } else if (!matching.isEmpty()) {
            message += "; it was still matching a regular expression ('matches') of "
                    + (matching.size() == 1 ? "rule " : "one of the rules ")
                    + matching.keySet().stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", "));
        }
        JoinBlame.Suspect join = stuck == null && matching.isEmpty() && JoinBlame.inMatching(stack)
                ? JoinBlame.suspect(session.rules().shapes().values(), session.insertedByType()) : null;
        if (join != null) {
            message += "; " + EngineFailures.joining(join);
        }
        if (!busiest.isEmpty()) {
            message += ". Fired most: " + EvaluationSession.names(busiest);
        }
        Location at = stuck != null ? stuck.location()
                : !matching.isEmpty() ? matching.values().iterator().next()
                : join != null ? join.rule().info().location() : EvaluationSession.locationOf(recorder, busiest);
        return new EvaluationException(List.of(Diagnostic.error(at, message)));
    }

    /**
     * The caller's thread was interrupted while it waited: the evaluation is stopped, and the
     * diagnostic names the rule whose action was running then (or the rule that fired last).
     */
    static EvaluationException interrupted(DerivationRecorder recorder, InterruptedException cause) {
        RuleInfo running = recorder.running();
        List<Map.Entry<String, Integer>> busiest = recorder.busiestRules(1);
        Location at = running != null ? running.location() : EvaluationSession.locationOf(recorder, busiest);
        String message = "the evaluation was interrupted: the calling thread was interrupted while it waited, "
                + (recorder.firingCount() == 0 ? "before any rule fired" : "after " + recorder.firingCount() + " rule firings");
        if (running != null) {
            message += ", in the action of rule \"" + running.name() + "\"";
        }
        return new EvaluationException(List.of(Diagnostic.error(at, message)), cause);
    }

    /** The rule still in its action once the halted session had a moment to stop, if any. */
    private static RuleInfo stillRunning(DerivationRecorder recorder) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HALT_GRACE_MILLIS);
        RuleInfo running = recorder.running();
        while (running != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            running = recorder.running();
        }
        return running;
    }
}
