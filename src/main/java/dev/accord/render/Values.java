package dev.accord.render;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    /**
     * Rendering a value costs time and room in proportion to its size, and a rule can make huge
     * ones ({@code BigInteger.ONE.shiftLeft(50000000)} takes minutes to write out in digits):
     * numbers with more digits than this are described by their size, texts and the text of
     * other objects are cut at {@link #MAX_TEXT}, collections at {@link #MAX_ELEMENTS} elements.
     */
    static final int MAX_DIGITS = 1_000;
    static final int MAX_TEXT = 10_000;
    static final int MAX_ELEMENTS = 1_000;

    /**
     * A value as explanations show it: texts quoted, dates as ISO dates, numbers without noise,
     * huge values described by their size rather than written out.
     *
     * @param value any value, or null
     * @return the text; {@link #NOT_STATED} for null
     */
    public static String format(Object value) {
        if (value == null) {
            return NOT_STATED;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigInteger i && i.bitLength() > MAX_DIGITS * 3) {
            return "a whole number of about " + String.format(java.util.Locale.ROOT, "%,d", approximateDigits(i)) + " digits";
        }
        if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            long digits = Math.max(plain.precision(), Math.abs((long) plain.precision() - plain.scale()));
            if (digits > MAX_DIGITS) {
                return plain.precision() > MAX_DIGITS ? "a number of " + String.format(java.util.Locale.ROOT, "%,d", plain.precision())
                        + " significant digits" : plain.toString(); // the exponent form is short
            }
            return plain.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d); // a whole number, as the general form below would write it, without its cost
            }
            return rounded(d);
        }
        if (value instanceof Collection<?> c) {
            String more = c.size() > MAX_ELEMENTS ? ", and " + (c.size() - MAX_ELEMENTS) + " more" : "";
            return c.stream().limit(MAX_ELEMENTS).map(Values::format).collect(Collectors.joining(", ", "[", more + "]"));
        }
        if (value instanceof Object[] array) { // what an accumulate of several functions gives
            return format(java.util.Arrays.asList(array));
        }
        return cut(value.toString());
    }

    /** A text of at most {@link #MAX_TEXT} characters, saying how much was left out. */
    static String cut(String text) {
        return text.length() <= MAX_TEXT ? text
                : text.substring(0, MAX_TEXT) + "… (" + (text.length() - MAX_TEXT) + " more characters)";
    }

    /** The number of decimal digits, from the bit length: exact to within one. */
    private static long approximateDigits(BigInteger i) {
        return (long) ((i.bitLength() - 1) * Math.log10(2)) + 1; // 2^(n-1) has floor((n-1) log 2) + 1
    }
}
