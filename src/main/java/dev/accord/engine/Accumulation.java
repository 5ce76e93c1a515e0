package dev.accord.engine;

import dev.accord.rules.EvaluationImports;
import dev.accord.rules.LhsElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an {@code accumulate} binds, as Drools binds it: a function written with a variable
 * ({@code $n : count( 1 )}) binds its value, and when there are several functions the result is
 * an array of their values in the order written. Inline result constraints
 * ({@code accumulate( ...; $n : count( 1 ); $n == 4 )}) test those variables, not fields of the
 * result, so they are bound before the constraints are evaluated.
 */
public final class Accumulation {

    private Accumulation() {
    }

    /** Whether Accord can compute the accumulate itself: built-in functions only, no custom code. */
    public static boolean recomputable(LhsElement.Accumulate acc) {
        return !acc.customCode() && !acc.functions().isEmpty()
                && acc.functions().stream().allMatch(f -> AccumulateFunctions.isBuiltIn(f.name()));
    }

    /**
     * Whether Accord can compute the accumulate: built-in functions, or functions the pack imports
     * ({@code import accumulate}), which it runs over the facts as Drools does; never custom code.
     */
    public static boolean recomputable(LhsElement.Accumulate acc, EvaluationImports imports) {
        return !acc.customCode() && !acc.functions().isEmpty() && acc.functions().stream()
                .allMatch(f -> AccumulateFunctions.isBuiltIn(f.name()) || AccumulateFunctions.imported(f.name(), imports).isPresent());
    }

    /** Why an accumulate is not recomputed, in one sentence naming it and its line. */
    public static String notRecomputed(LhsElement.Accumulate acc, String at) {
        if (acc.customCode()) {
            return "the accumulate at " + at + " runs custom code (init, action, result), which Accord does not recompute";
        }
        String unknown = acc.functions().stream().filter(f -> !AccumulateFunctions.isBuiltIn(f.name()))
                .map(LhsElement.Function::name).findFirst().orElse("?");
        return "the accumulate at " + at + " uses the function " + unknown
                + ", imported into the pack, which Accord does not recompute";
    }

    /** The accumulate's result over the inputs' solutions: one function's value, or an array of several. */
    static Optional<Object> compute(LhsElement.Accumulate acc, List<Bindings> inputs, ExpressionEvaluator evaluator,
            EvaluationImports imports) {
        Object[] results = new Object[acc.functions().size()];
        for (int i = 0; i < results.length; i++) {
            LhsElement.Function f = acc.functions().get(i);
            List<Object> values = new ArrayList<>();
            for (Bindings s : inputs) {
                values.add(f.arguments().isEmpty() ? null : evaluator.valueOrNull(f.arguments().get(0), null, s.variables()));
            }
            try {
                Optional<Object> value = AccumulateFunctions.isBuiltIn(f.name()) ? AccumulateFunctions.compute(f.name(), values)
                        : AccumulateFunctions.imported(f.name(), imports).flatMap(type -> AccumulateFunctions.compute(type, values));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                results[i] = value.get();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(results.length == 1 ? results[0] : results);
    }

    /** The bindings after the accumulate produced {@code result}: each function's variable bound to its value. */
    static Bindings bindResults(LhsElement.Pattern p, Object result, Bindings b) {
        if (!(p.source() instanceof LhsElement.Accumulate acc)) {
            return b;
        }
        Bindings current = b;
        int n = acc.functions().size();
        for (int i = 0; i < n; i++) {
            String variable = acc.functions().get(i).binding();
            if (variable == null) {
                continue;
            }
            if (n == 1) {
                current = current.with(variable, result);
            } else if (result instanceof Object[] values && values.length == n) {
                current = current.with(variable, values[i]);
            }
        }
        return current;
    }

    /** The value of the {@code i}th function in an accumulate's result. */
    public static Object valueOf(LhsElement.Accumulate acc, Object result, int i) {
        if (acc.functions().size() == 1) {
            return result;
        }
        return result instanceof Object[] values && i < values.length ? values[i] : null;
    }
}
