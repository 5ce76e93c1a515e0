package dev.accord.engine;

import dev.accord.Location;
import dev.accord.facts.Include;
import dev.accord.facts.Node;
import dev.accord.rules.PackTypes;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the rows of one CSV file straight from their cells, for the common case of a row that
 * binds without error. A large file is mostly such rows, and building each as a {@link
 * dev.accord.facts.Fact} first (a map of located nodes per row) made binding cost more than
 * inserting into the session. Everything that can fail is left to {@link FactBinder}: when a
 * cell does not convert here, {@link #bind} returns null and the caller binds the row as a fact,
 * which reports the error exactly as for any fact. So a row bound here gets the same values the
 * fact binder would give it: the parsers below accept only text the fact binder reads the same
 * way (plain ASCII digits, {@code YYYY-MM-DD}), and any other type goes through the same
 * converter.
 */
final class CsvRowBinder {

    private final Include include;
    private final Constructor<?> constructor;
    private final int idColumn;
    private final int sourceColumn;
    private final Method idSetter;
    private final Method sourceSetter;
    /** Per column: its setter (null for id and source), the setter's parameter type, and how to read it. */
    private final Method[] setters;
    private final Class<?>[] targets;
    /** The setters of fields no column gives that a new instance would not leave null: see {@link PackTypes#nullWhenLeftOut}. */
    private final Method[] unstated;

    /**
     * Per column of text or dates, the values already read, by their text, so that rows share one
     * object per distinct value: a column of a few kinds, or of dates, repeats the same values over
     * a large file, and every row an evaluation keeps would otherwise keep its own copy. Null for
     * other columns, and for a column once it has shown more than {@link #DISTINCT_KEPT} distinct
     * values (an id, a free text); {@link #lastText} still catches the runs of equal values of a
     * sorted column then.
     */
    private final Map<String, Object>[] distinct;
    private final String[] lastText;
    private final Object[] lastValue;
    private static final int DISTINCT_KEPT = 256;

    /** The last row's id and source, as the fact binder would have read them. */
    private String id;
    private String source;

    /** @return null when the type cannot be bound this way (no public no-argument constructor, an unknown column) */
    static CsvRowBinder of(Include include, List<String> header, Class<?> type, PackTypes types) {
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            return null;
        }
        Map<String, Method> byName = FactBinder.setters(type);
        int n = header.size();
        Method[] setters = new Method[n];
        Class<?>[] targets = new Class<?>[n];
        int idColumn = -1;
        int sourceColumn = -1;
        for (int c = 0; c < n; c++) {
            String name = header.get(c).strip();
            if (name.equals("id")) {
                idColumn = c;
            } else if (name.equals("source")) {
                sourceColumn = c;
            } else {
                setters[c] = byName.get(name);
                if (setters[c] == null) {
                    return null;
                }
                targets[c] = setters[c].getParameterTypes()[0];
            }
        }
        List<String> columns = header.stream().map(String::strip).toList();
        Method[] unstated = types.nullWhenLeftOut(type).stream().filter(f -> !columns.contains(f)).map(byName::get)
                .toArray(Method[]::new);
        return new CsvRowBinder(include, constructor, idColumn, sourceColumn, stringSetter(byName, "id"),
                stringSetter(byName, "source"), setters, targets, unstated);
    }

    private CsvRowBinder(Include include, Constructor<?> constructor, int idColumn, int sourceColumn, Method idSetter,
            Method sourceSetter, Method[] setters, Class<?>[] targets, Method[] unstated) {
        this.include = include;
        this.constructor = constructor;
        this.idColumn = idColumn;
        this.sourceColumn = sourceColumn;
        this.idSetter = idSetter;
        this.sourceSetter = sourceSetter;
        this.setters = setters;
        this.targets = targets;
        this.unstated = unstated;
        @SuppressWarnings("unchecked")
        Map<String, Object>[] maps = new Map[setters.length];
        for (int c = 0; c < setters.length; c++) {
            if (targets[c] == String.class || targets[c] == LocalDate.class) {
                maps[c] = new HashMap<>();
            }
        }
        this.distinct = maps;
        this.lastText = new String[setters.length];
        this.lastValue = new Object[setters.length];
    }

    /** The fact binder fills id and source only into text fields of those names. */
    private static Method stringSetter(Map<String, Method> setters, String name) {
        Method setter = setters.get(name);
        return setter != null && setter.getParameterTypes()[0] == String.class ? setter : null;
    }

    /**
     * The row as an instance of the type, or null when some cell needs the fact binder (which
     * then reports why it does not bind). Nothing is reported here.
     */
    Object bind(String[] cells, int line) {
        Object[] values = new Object[cells.length];
        for (int c = 0; c < cells.length; c++) {
            if (setters[c] != null) {
                Object value = shared(cells[c], c, line);
                if (value == NO_VALUE) {
                    return null;
                }
                values[c] = value;
            }
        }
        id = idColumn < 0 || cells[idColumn].isEmpty() ? null : cells[idColumn];
        source = sourceColumn < 0 || cells[sourceColumn].isEmpty() ? include.source() : cells[sourceColumn];
        try {
            Object object = constructor.newInstance();
            for (Method setter : unstated) {
                setter.invoke(object, (Object) null);
            }
            // In the fact binder's order: id, source, then the columns in order.
            if (id != null && idSetter != null) {
                idSetter.invoke(object, id);
            }
            if (source != null && sourceSetter != null) {
                sourceSetter.invoke(object, source);
            }
            for (int c = 0; c < cells.length; c++) {
                if (setters[c] != null) {
                    setters[c].invoke(object, values[c]);
                }
            }
            return object;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the fact binder reports it
        }
    }

    /** The id of the row {@link #bind} last bound, or null. */
    String id() {
        return id;
    }

    /** The source of the row {@link #bind} last bound, or null. */
    String source() {
        return source;
    }

    private static final Object NO_VALUE = new Object();

    /** The cell's value, the same object as for an earlier cell of the column with the same text when it is text or a date. */
    private Object shared(String text, int column, int line) {
        Class<?> target = targets[column];
        if (target != String.class && target != LocalDate.class) {
            return convert(text, target, line, column);
        }
        if (text.equals(lastText[column])) {
            return lastValue[column];
        }
        Map<String, Object> known = distinct[column];
        Object value = known == null ? null : known.get(text);
        if (value == null) {
            value = convert(text, target, line, column);
            if (value == NO_VALUE || value == null) {
                return value; // not kept: the row goes to the fact binder, or the cell is empty
            }
            if (known != null) {
                if (known.size() < DISTINCT_KEPT) {
                    known.put(text, value);
                } else {
                    distinct[column] = null;
                }
            }
        }
        lastText[column] = text;
        lastValue[column] = value;
        return value;
    }

    private Object convert(String text, Class<?> target, int line, int column) {
        if (text.isEmpty()) {
            // An empty cell is an unset field: null, which a primitive field cannot take.
            return target.isPrimitive() ? NO_VALUE : null;
        }
        if (target == String.class) {
            return text;
        }
        if (target == int.class || target == Integer.class) {
            long v = plainInteger(text, 9);
            return v == Long.MIN_VALUE ? NO_VALUE : (Object) (int) v;
        }
        if (target == long.class || target == Long.class) {
            long v = plainInteger(text, 18);
            return v == Long.MIN_VALUE ? NO_VALUE : (Object) v;
        }
        if (target == LocalDate.class) {
            return isoDateOrNoValue(text);
        }
        try {
            Location at = new Location(include.written(), line, column + 1);
            return ValueConverter.convertCell(new Node.Scalar(text, at), target);
        } catch (ValueConverter.Mismatch e) {
            return NO_VALUE;
        }
    }

    /** An optional minus and 1 to {@code maxDigits} ASCII digits, else {@code Long.MIN_VALUE}. */
    private static long plainInteger(String text, int maxDigits) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > maxDigits) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return Long.MIN_VALUE;
            }
            v = v * 10 + (ch - '0');
        }
        return start == 1 ? -v : v;
    }

    private static Object isoDateOrNoValue(String text) {
        LocalDate date = ValueConverter.isoDate(text);
        return date == null ? NO_VALUE : date;
    }
}
