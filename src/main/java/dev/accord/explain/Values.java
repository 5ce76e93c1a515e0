package dev.accord.explain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** How plain values read in explanations: {@code 45} rather than {@code 45.0}, dates in ISO form. */
public final class Values {

    private Values() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::format).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
