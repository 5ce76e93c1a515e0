package dev.accord.engine;

import dev.accord.Location;
import dev.accord.facts.Fact;
import dev.accord.facts.Include;
import dev.accord.facts.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a bound CSV row came from: its file, row and line, and its id and source. Enough to show
 * it in an explanation as the fact set wrote it, with the field values read back from the object.
 */
final class CsvRowOrigin {

    /** What all rows of one file share: the include, the column names, and a getter per column. */
    static final class Columns {
        final Include include;
        final List<String> names;
        final Map<String, Method> getters = new LinkedHashMap<>();

        Columns(Include include, List<String> names, Class<?> type) {
            this.include = include;
            this.names = names;
            for (String name : names) {
                String n = name.strip();
                if (n.equals("id") || n.equals("source")) {
                    continue;
                }
                String suffix = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                for (String getter : List.of("get" + suffix, "is" + suffix)) {
                    try {
                        getters.put(n, type.getMethod(getter));
                        break;
                    } catch (NoSuchMethodException e) {
                        // try the other form
                    }
                }
            }
        }
    }

    private final Columns columns;
    private final String id;
    private final String source;
    private final int row;
    private final int line;

    CsvRowOrigin(Columns columns, String id, String source, int row, int line) {
        this.columns = columns;
        this.id = id;
        this.source = source;
        this.row = row;
        this.line = line;
    }

    /** The same as {@code fact(object).label()}, without building the fact. */
    String label() {
        return id != null ? id : columns.include.type() + "@row" + row;
    }

    Fact fact(Object object) {
        Map<String, Node.Entry> fields = new LinkedHashMap<>();
        int column = 0;
        for (String name : columns.names) {
            column++;
            Method getter = columns.getters.get(name.strip());
            if (getter == null) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (value != null) {
                Location at = new Location(columns.include.written(), line, column);
                fields.put(name.strip(), new Node.Entry(name.strip(), at, new Node.Scalar(String.valueOf(value), at)));
            }
        }
        return new Fact(columns.include.type(), id, source, row - 2, new Location(columns.include.written(), line, 1),
                Collections.unmodifiableMap(fields), row);
    }
}
