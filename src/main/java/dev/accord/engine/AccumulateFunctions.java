package dev.accord.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The built-in accumulate functions, computed over values Accord collected itself, so that a
 * why-not answer can say what an {@code accumulate} would have given. Results have the types
 * Drools gives them ({@code count} is a {@code Long}, {@code sum} and {@code average} are
 * {@code Double}).
 */
final class AccumulateFunctions {

    private AccumulateFunctions() {
    }

    private static final java.util.Set<String> BUILT_IN =
            java.util.Set.of("count", "sum", "average", "min", "max", "collectList", "collectSet");

    static boolean isBuiltIn(String function) {
        return BUILT_IN.contains(function);
    }

    /** The result, or empty when the function is not one of the built-ins (or min/max of nothing). */
    static Optional<Object> compute(String function, List<Object> values) {
        return switch (function) {
            case "count" -> Optional.of((long) values.size());
            case "sum" -> Optional.of(values.stream().mapToDouble(AccumulateFunctions::number).sum());
            case "average" -> Optional.of(values.isEmpty() ? 0d : values.stream().mapToDouble(AccumulateFunctions::number).average().orElse(0));
            case "min" -> Optional.ofNullable(extreme(values, -1));
            case "max" -> Optional.ofNullable(extreme(values, 1));
            case "collectList" -> Optional.of(new ArrayList<>(values));
            case "collectSet" -> Optional.of(new LinkedHashSet<>(values));
            default -> Optional.empty();
        };
    }

    /** The class of a function the pack imports under this name, if it is an accumulate function Accord can run. */
    static Optional<Class<?>> imported(String function, dev.accord.rules.EvaluationImports imports) {
        Class<?> type = imports == null ? null : imports.accumulateFunctions().get(function);
        return type != null && org.kie.api.runtime.rule.AccumulateFunction.class.isAssignableFrom(type) ? Optional.of(type)
                : Optional.empty();
    }

    /**
     * An imported function's result over the values, computed by a fresh instance of its class the
     * way Drools drives it (a context, init, accumulate each value, the result); empty if it fails.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<Object> compute(Class<?> type, List<Object> values) {
        try {
            org.kie.api.runtime.rule.AccumulateFunction f =
                    (org.kie.api.runtime.rule.AccumulateFunction) type.getDeclaredConstructor().newInstance();
            java.io.Serializable context = f.createContext();
            f.init(context);
            for (Object v : values) {
                f.accumulate(context, v);
            }
            return Optional.ofNullable(f.getResult(context));
        } catch (Exception | LinkageError e) {
            return Optional.empty(); // the function's own failure: why-not then says it could not compute it
        }
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("not a number: " + o);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object extreme(List<Object> values, int sign) {
        Object best = null;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            Object comparable = v instanceof Number n && !(v instanceof BigDecimal) ? n.doubleValue() : v;
            if (best == null || sign * ((Comparable) comparable).compareTo(best) > 0) {
                best = comparable;
            }
        }
        return best;
    }
}
