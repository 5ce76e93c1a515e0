package dev.accord.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

/** How plain values read in explanations: {@code 45} rather than {@code 45.0}, dates in ISO form. */
public final class Values {

    private Values() {
    }

    /** How an unset value reads: a fact that leaves a field out does not state it. */
    public static final String NOT_STATED = "not stated";

    /**
     * Doubles carry about 16 significant digits, and arithmetic leaves noise in the last one or
     * two ({@code 3140.3} computed as {@code 3140.2999999999997}): 15 keep every digit a person
     * wrote or a rule meant, and drop the noise.
     */
    static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_UP);

    /** A double as a person writes it: at most 15 significant digits, no trailing zeros, no exponent. */
    static String rounded(double d) {
        return BigDecimal.valueOf(d).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    public static String format(Object value) {
        if (value == null) {
            return NOT_STATED;
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
            return rounded(d);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::format).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Object[] array) { // what an accumulate of several functions gives
            return format(java.util.Arrays.asList(array));
        }
        return value.toString();
    }
}
