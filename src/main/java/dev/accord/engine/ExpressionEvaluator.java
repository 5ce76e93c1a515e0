package dev.accord.engine;

import dev.accord.rules.EvaluationImports;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.mvel2.MVEL;
import org.mvel2.ParserConfiguration;
import org.mvel2.ParserContext;

/**
 * Evaluates a pack's constraint expressions outside the engine, in the expression language the
 * classic engine evaluates them in (MVEL), with the pack's imports. Used to explain what a rule
 * matched under {@code exists} or {@code accumulate}, and why a rule did not fire. One instance
 * per analysis: compiled expressions are cached but not shared between threads.
 */
public final class ExpressionEvaluator {

    /** The outcome of testing a constraint on a fact. */
    public enum Truth { TRUE, FALSE, ERROR }

    private final ParserConfiguration configuration = new ParserConfiguration();
    private final Map<String, Serializable> compiled = new HashMap<>();
    private String lastError;

    public ExpressionEvaluator(EvaluationImports imports) {
        configuration.setClassLoader(imports.loader());
        imports.classes().forEach(configuration::addImport);
        imports.packages().forEach(configuration::addPackageImport);
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

    private Object evaluate(String expression, Object subject, Map<String, Object> variables) {
        Serializable code = compiled.computeIfAbsent(expression, e -> MVEL.compileExpression(e, new ParserContext(configuration)));
        return MVEL.executeExpression(code, subject, new HashMap<>(variables));
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
