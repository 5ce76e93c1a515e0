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
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d); // a whole number, as the general form below would write it, without its cost
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::format).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
