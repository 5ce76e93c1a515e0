package dev.accord.engine;

import java.util.Collections;
import java.util.Map;
import org.mvel2.MVEL;

/**
 * Evaluates a pack's constraint expressions outside the engine, in the expression language the
 * classic engine evaluates them in (MVEL), with the pack's imports. Used to explain what a rule
 * matched under {@code exists} or {@code accumulate}, and why a rule did not fire. One instance
 * per analysis, used by one thread at a time; the compiled expressions it runs are the pack's.
 */
public final class ExpressionEvaluator {

    /** The outcome of testing a constraint on a fact. */
    public enum Truth { TRUE, FALSE, ERROR }

    private final CompiledExpressions expressions;
    private String lastError;

    public ExpressionEvaluator(CompiledExpressions expressions) {
        this.expressions = expressions;
    }

    /**
     * Tests {@code expression} with {@code subject} as {@code this} (its fields readable by
     * name) and {@code variables} as the rule's bound variables.
     */
    public Truth test(String expression, Object subject, Map<String, Object> variables) {
        try {
            Object value = evaluate(expression, subject, variables);
            return Boolean.TRUE.equals(value) ? Truth.TRUE : Truth.FALSE;
        } catch (RuntimeException | LinkageError e) {
            lastError = firstLine(e);
            return Truth.ERROR;
        }
    }

    /** The value of {@code expression}, or null when it cannot be evaluated. */
    public Object valueOrNull(String expression, Object subject, Map<String, Object> variables) {
        try {
            return evaluate(expression, subject, variables);
        } catch (RuntimeException | LinkageError e) {
            lastError = firstLine(e);
            return null;
        }
    }

    /** Why the last failing evaluation failed, for the reader. */
    public String lastError() {
        return lastError;
    }

    /**
     * Runs the expression on a read-only view of the variables: a constraint only reads them, and
     * copying them for each of the many evaluations a search makes cost more than evaluating. An
     * expression that assigns to a variable fails here instead of changing the rule's bindings.
     */
    private Object evaluate(String expression, Object subject, Map<String, Object> variables) {
        return MVEL.executeExpression(expressions.compiled(expression), subject, Collections.unmodifiableMap(variables));
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
