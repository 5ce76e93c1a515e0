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
    static EvaluationException failedInside(RuntimeException e, DerivationRecorder recorder) {
        RuleInfo running = recorder.running();
        StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        String inside = top != null && top.getClassName().startsWith("org.drools.")
                ? " inside Drools (" + top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1) + "."
                        + top.getMethodName() + "); the facts have no answer from this engine"
                : "";
        String where = running != null ? "in the action of rule \"" + running.name() + "\"" : "while matching the rules' conditions";
        return new EvaluationException(List.of(Diagnostic.error(running != null ? running.location() : Location.of("?"),
                "the evaluation failed " + where + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + inside)), e);
    }

    /** A diagnostic for an evaluation that ran out of stack or memory, at the rule running then if any. */
    static EvaluationException exhausted(VirtualMachineError e, DerivationRecorder recorder) {
        RuleInfo running = recorder.running();
        String what = e instanceof StackOverflowError ? "ran out of stack" : "ran out of memory";
        String where = running != null ? "in the action of rule \"" + running.name() + "\"" : "while matching the rules' conditions";
        String cause = e instanceof StackOverflowError ? recursion(e) : "";
        return new EvaluationException(List.of(Diagnostic.error(running != null ? running.location() : Location.of("?"),
                "the evaluation " + what + " " + where + cause + " (after " + recorder.firingCount() + " rule firings)")));
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
