package dev.accord.engine;

import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.Location;
import dev.accord.rules.RuleInfo;
import java.util.List;

/**
 * Diagnostics for evaluations that Drools or the JVM ended rather than Accord's limits: an
 * exception thrown while the rules' conditions were matched, a recursion without end, memory run
 * out. The caller gets a located diagnostic (exit 5 on the command line), never a trace.
 */
final class EngineFailures {

    private EngineFailures() {
    }

    /**
     * A diagnostic for an exception Drools threw while it matched the rules' conditions or kept its
     * agenda: a condition that failed on the facts (a method called on an unset field), or a fault
     * of Drools itself (Drools 10.2 throws a NullPointerException from {@code
     * RuleExecutor.removeDormantTuple} on some packs with {@code lock-on-active} and {@code
     * modify}; a fresh plain Drools session fails on the same facts).
     */
    static EvaluationException failedInside(Throwable e, DerivationRecorder recorder) {
        RuleInfo running = recorder.running();
        StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        String inside = top != null && top.getClassName().startsWith("org.drools.")
                ? " inside Drools (" + top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1) + "."
                        + top.getMethodName() + "); the facts have no answer from this engine"
                : "";
        String where = running != null ? "in the action of rule \"" + running.name() + "\"" : "while matching the rules' conditions";
        return new EvaluationException(List.of(Diagnostic.error(running != null ? running.location() : EvaluationSession.WHOLE_PACK,
                "the evaluation failed " + where + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + inside)), e);
    }

    /** A diagnostic for an evaluation that ran out of stack or memory, at the rule running then if any. */
    static EvaluationException exhausted(VirtualMachineError e, DerivationRecorder recorder) {
        RuleInfo running = recorder.running();
        String what = e instanceof StackOverflowError ? "ran out of stack" : "ran out of memory";
        String where = running != null ? "in the action of rule \"" + running.name() + "\"" : "while matching the rules' conditions";
        String cause = e instanceof StackOverflowError ? recursion(e) : "";
        return new EvaluationException(List.of(Diagnostic.error(running != null ? running.location() : EvaluationSession.WHOLE_PACK,
                "the evaluation " + what + " " + where + cause + " (after " + recorder.firingCount() + " rule firings)")));
    }

    /**
     * A diagnostic for an evaluation the memory budget stopped: at the rule whose action ran, or
     * else at the rule most likely joining (an estimate, said as one).
     */
    static EvaluationException overBudget(long used, long budget, EvaluationSession session, StackTraceElement[] stack) {
        DerivationRecorder recorder = session.recorder();
        RuleInfo running = recorder.running();
        String message = "stopped: the heap held " + MemoryWatch.size(used) + " after a full collection, over "
                + MemoryWatch.size(budget) + " (the memory budget of an evaluation), after " + recorder.firingCount()
                + " rule firings";
        Location at = EvaluationSession.WHOLE_PACK;
        JoinBlame.Suspect join = running == null && JoinBlame.inMatching(stack)
                ? JoinBlame.suspect(session.rules().shapes().values(), session.insertedByType()) : null;
        if (running != null) {
            message += ", in the action of rule \"" + running.name() + "\"";
            at = running.location();
        } else if (join != null) {
            message += "; " + joining(join);
            at = join.rule().info().location();
        } else {
            message += ", while matching the rules' conditions";
        }
        return new EvaluationException(List.of(Diagnostic.error(at, message)));
    }

    /** What a diagnostic says of a rule {@link JoinBlame} suspects: what is known, and that it is an estimate. */
    static String joining(JoinBlame.Suspect join) {
        return "Drools was still building partial matches, most likely of rule \"" + join.rule().info().name()
                + "\", the rule whose patterns join the most facts (" + join.describe()
                + "); give its patterns constraints that relate them";
    }

    /** "; depth(...) calls itself without end", from the frame that repeats at the top of the stack. */
    private static String recursion(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length < 2) {
            return "";
        }
        StackTraceElement top = frames[0];
        long repeats = java.util.Arrays.stream(frames).limit(64)
                .filter(f -> f.getMethodName().equals(top.getMethodName()) && f.getClassName().equals(top.getClassName())).count();
        return repeats > 8 ? "; " + top.getMethodName() + "(...) calls itself without end" : "";
    }

}
