package dev.accord.engine;

import dev.accord.facts.Node;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Converts a value read from a fact set to the Java type of the field it fills. Conversions are
 * strict: a text is not silently read as a number, and a decimal does not fill a whole-number
 * field, because such slips are usually typos the analyst wants to hear about.
 */
final class ValueConverter {

    /** Raised with the "expected ..." part of a message; the caller adds where and which field. */
    static final class Mismatch extends Exception {
        Mismatch(String expected) {
            super(expected, null, false, false);
        }
    }

    private ValueConverter() {
    }

    /**
     * Converts a CSV cell, which is always text: a number or boolean field reads the text as one
     * (by the same strict rules as a fact set's values, so {@code 3.5} does not fill a whole-number
     * field), any other field converts it as written.
     */
    static Object convertCell(Node.Scalar cell, Class<?> type) throws Mismatch {
        if (cell.isNull() || !cell.isText()) {
            return convert(cell, type);
        }
        String text = cell.text().strip();
        if (type == boolean.class || type == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw mismatch(type, cell);
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw mismatch(type, cell);
            }
            return convert(new Node.Scalar(number, cell.location()), type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            throw new Mismatch("a CSV cell cannot fill a list field");
        }
        return convert(cell, type);
    }

    static Object convert(Node node, Class<?> type) throws Mismatch {
        if (node instanceof Node.Scalar s && s.isNull()) {
            if (type.isPrimitive()) {
                throw new Mismatch("expected " + describe(type) + "; a " + type.getName() + " field cannot be null");
            }
            return null;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return list(node);
        }
        if (!(node instanceof Node.Scalar scalar)) {
            throw mismatch(type, node);
        }
        Object v = scalar.value();
        if (type == String.class) {
            return scalar.text();
        }
        if (type.isEnum()) {
            return enumConstant(type, scalar);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (v instanceof Boolean) {
                return v;
            }
            throw mismatch(type, node);
        }
        if (type == LocalDate.class || type == LocalDateTime.class) {
            return temporal(type, scalar);
        }
        if (v instanceof Number n) {
            return number(n, type, node);
        }
        throw mismatch(type, node);
    }

    /** Each enum's constants by name, looked up once: every evaluation converts every enum field. */
    private static final ClassValue<Map<String, Object>> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private static Object enumConstant(Class<?> type, Node.Scalar scalar) throws Mismatch {
        Object constant = ENUM_CONSTANTS.get(type).get(scalar.text());
        if (constant != null) {
            return constant;
        }
        throw new Mismatch("expected " + describe(type) + ", got " + scalar.kind());
    }

    private static Object temporal(Class<?> type, Node.Scalar scalar) throws Mismatch {
        if (scalar.isText()) {
            LocalDate plain = type == LocalDate.class ? isoDate(scalar.text()) : null;
            if (plain != null) {
                return plain;
            }
            try {
                return type == LocalDate.class ? LocalDate.parse(scalar.text()) : LocalDateTime.parse(scalar.text());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw mismatch(type, scalar);
    }

    private static Object number(Number n, Class<?> type, Node node) throws Mismatch {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        try {
            if (type == int.class || type == Integer.class) {
                return d.intValueExact();
            }
            if (type == long.class || type == Long.class) {
                return d.longValueExact();
            }
            if (type == short.class || type == Short.class) {
                return d.shortValueExact();
            }
            if (type == BigInteger.class) {
                return d.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new Mismatch("expected " + describe(type) + ", got " + node.kind()
                    + (d.scale() > 0 && d.stripTrailingZeros().scale() > 0 ? "" : " (out of range)"));
        }
        if (type == double.class || type == Double.class) {
            return d.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return d.floatValue();
        }
        if (type == BigDecimal.class || type == Number.class) {
            return d;
        }
        throw mismatch(type, node);
    }

    private static List<Object> list(Node node) throws Mismatch {
        if (!(node instanceof Node.Sequence seq)) {
            throw new Mismatch("expected a list, got " + node.kind());
        }
        List<Object> out = new ArrayList<>();
        for (Node item : seq.items()) {
            if (!(item instanceof Node.Scalar s)) {
                throw new Mismatch("expected a list of plain values, got " + item.kind() + " in it");
            }
            out.add(s.value());
        }
        return out;
    }

    private static Mismatch mismatch(Class<?> type, Node node) {
        return new Mismatch("expected " + describe(type) + ", got " + node.kind());
    }

    /** The type in the words of the fact-set format. */
    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (YYYY-MM-DDThh:mm:ss)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || type == Number.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a value of type " + type.getSimpleName() + " (which fact sets cannot write)";
    }

    /**
     * {@code YYYY-MM-DD} with ASCII digits and a valid day, read as {@code LocalDate.parse} reads
     * it but several times faster; null for anything else, which then goes the long way (and
     * gets its error message there). Every evaluation converts every date of its facts.
     */
    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
