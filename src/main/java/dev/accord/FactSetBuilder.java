package dev.accord;

import dev.accord.facts.FactSetData;
import dev.accord.facts.FactSetReader;
import dev.accord.facts.Node;
import dev.accord.facts.Problems;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a {@link FactSet} in code, from a database row or a form, as a file would state it:
 * facts by type name with their field values, sources, confidence and what is fixed. Where a
 * file has a line, a fact built here has an <em>origin</em> the caller names
 * ({@code "orders-db row 42"}), and diagnostics and explanations show it in its place.
 *
 * <p>What is built is checked exactly as a file is, with the same diagnostics: ids, source
 * keys, confidence and dates by {@link #build()}; field names and values against a pack's types
 * by {@link RulePack#validate(FactSet)} or when the pack evaluates it. Values are written as a
 * file writes them: a {@link LocalDate} as {@code 2021-02-15}, an enum constant by its name, a
 * number as a number.
 *
 * <pre>{@code
 * FactSet facts = FactSet.builder("intake-api")
 *     .asOf(LocalDate.of(2021, 2, 15))
 *     .source("unama-2020", "UNAMA annual report 2020")
 *     .fact("ViolenceReport", f -> f.id("unama-2020-q4")
 *         .set("periodTo", LocalDate.of(2020, 12, 31))
 *         .set("changePercent", 45)
 *         .source("unama-2020")
 *         .confidence(0.85))
 *     .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the fact set it builds is immutable.
 */
public final class FactSetBuilder {

    private final String origin;
    private final Location at;
    private final Map<String, Node.Entry> top = new LinkedHashMap<>();
    private final Map<String, Node.Entry> sources = new LinkedHashMap<>();
    private final List<Node> facts = new ArrayList<>();

    FactSetBuilder(String origin) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.at = Location.of(origin);
    }

    /**
     * Sets the title shown in reports.
     *
     * @param title the title; replaces one set before
     * @return this builder
     */
    public FactSetBuilder title(String title) {
        put(top, "title", scalar(title, at), at);
        return this;
    }

    /**
     * Sets the date the facts speak for: a pack evaluating them sees the facts dated up to that day.
     *
     * @param asOf the date; without it, an evaluation sees every fact
     * @return this builder
     */
    public FactSetBuilder asOf(LocalDate asOf) {
        put(top, "asOf", scalar(asOf, at), at);
        return this;
    }

    /**
     * Adds a citation facts refer to by {@code key}.
     *
     * @param key   what facts cite it by ({@link FactSpec#source(String)})
     * @param title the citation's title, as explanations show it
     * @return this builder
     */
    public FactSetBuilder source(String key, String title) {
        return source(key, title, null, null);
    }

    /**
     * Adds a citation facts refer to by {@code key}, with who published it and when.
     *
     * @param key       what facts cite it by ({@link FactSpec#source(String)})
     * @param title     the citation's title, as explanations show it
     * @param publisher who published it, or null
     * @param published when, or null
     * @return this builder
     */
    public FactSetBuilder source(String key, String title, String publisher, LocalDate published) {
        Map<String, Node.Entry> fields = new LinkedHashMap<>();
        put(fields, "title", scalar(title, at), at);
        if (publisher != null) {
            put(fields, "publisher", scalar(publisher, at), at);
        }
        if (published != null) {
            put(fields, "published", scalar(published, at), at);
        }
        put(sources, key, new Node.Mapping(fields, at), at);
        return this;
    }

    /**
     * Adds a fact of a type the pack declares or imports, described by {@code fields}. The type
     * and values are checked against a pack only when it evaluates or validates the fact set.
     *
     * @param type   the type's simple name, as in a fact file's {@code type:}
     * @param fields sets the fact's id, fields, source and the rest, on the spec it is given
     * @return this builder
     * @throws IllegalArgumentException when a value is of a kind no fact file can state
     */
    public FactSetBuilder fact(String type, Consumer<FactSpec> fields) {
        FactSpec spec = new FactSpec(origin);
        fields.accept(spec);
        Location factAt = Location.of(spec.origin);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        put(entries, "type", scalar(type, factAt), factAt);
        spec.meta.forEach((k, v) -> put(entries, k, toNode(k, v, factAt), factAt));
        spec.fields.forEach((k, v) -> put(entries, k, toNode(k, v, factAt), factAt));
        facts.add(new Node.Mapping(entries, factAt));
        return this;
    }

    /**
     * Checks what was built, as a file is checked when it is read. The builder may go on being
     * used; later facts do not change the fact set returned.
     *
     * @return the fact set, immutable
     * @throws InvalidFactsException with every problem found (a duplicate id, an unknown source
     *                               key, a confidence outside 0 to 1 ...), each at its origin
     */
    public FactSet build() {
        Map<String, Node.Entry> root = new LinkedHashMap<>(top);
        if (!sources.isEmpty()) {
            put(root, "sources", new Node.Mapping(new LinkedHashMap<>(sources), at), at);
        }
        put(root, "facts", new Node.Sequence(List.copyOf(facts), at), at);
        Problems problems = new Problems();
        FactSetData data = FactSetReader.read(new Node.Mapping(root, at), origin, problems);
        if (data == null) {
            throw new InvalidFactsException(problems.sorted());
        }
        return FactSet.of(data);
    }

    private static void put(Map<String, Node.Entry> entries, String key, Node value, Location at) {
        entries.put(key, new Node.Entry(key, at, value));
    }

    private static Node scalar(Object value, Location at) {
        return new Node.Scalar(FactEdits.scalar(value), at);
    }

    /** A Java value as a file would state it: texts, numbers, booleans, dates, enum constants, lists and maps. */
    private static Node toNode(String field, Object value, Location at) {
        if (value instanceof Collection<?> items) {
            return new Node.Sequence(items.stream().map(v -> toNode(field, v, at)).toList(), at);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> put(entries, String.valueOf(k), toNode(field, v, at), at));
            return new Node.Mapping(entries, at);
        }
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal) {
            return scalar(value instanceof CharSequence c ? c.toString() : value, at);
        }
        throw new IllegalArgumentException(field + ": a " + value.getClass().getName() + " cannot be stated in a fact"
                + " set; give a String, number, boolean, date, enum constant, list or map");
    }

    /**
     * One fact being built: its id, field values, source, confidence and what is fixed. Each
     * method sets one thing and returns this spec.
     */
    public static final class FactSpec {

        private final Map<String, Object> meta = new LinkedHashMap<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private String origin;

        private FactSpec(String origin) {
            this.origin = origin;
        }

        /**
         * Names the fact in explanations and what-if answers; unique in the fact set.
         *
         * @param id the fact's id
         * @return this spec
         */
        public FactSpec id(String id) {
            meta.put("id", id);
            return this;
        }

        /**
         * Sets a field of the fact's type. The value is converted to the field's type as a
         * file's value is: a number to an {@code int} or {@code double} field, an enum constant
         * or its name to an enum field, a {@link LocalDate} or {@code "2021-02-15"} to a date.
         *
         * @param field the field's name in the fact's type
         * @param value a String, number, boolean, date or time, enum constant, list or map
         * @return this spec
         * @throws IllegalArgumentException when the value is of none of these kinds, or {@code field}
         *                                  is a key with a method of its own ({@code id}, {@code source} ...)
         */
        public FactSpec set(String field, Object value) {
            if (dev.accord.facts.FactSetReader.META_KEYS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a field but says something about the fact;"
                        + " use its own method of FactSpec");
            }
            toNode(field, value, Location.of(origin)); // fails here, at the caller's line
            fields.put(field, value);
            return this;
        }

        /**
         * Cites a source added with {@link FactSetBuilder#source(String, String)}.
         *
         * @param key the source's key; an unknown key fails {@link FactSetBuilder#build()}
         * @return this spec
         */
        public FactSpec source(String key) {
            meta.put("source", key);
            return this;
        }

        /**
         * Sets the analyst's belief that the fact holds, from 0 to 1; a fact is certain without it.
         *
         * @param confidence from 0 to 1; another value fails {@link FactSetBuilder#build()}
         * @return this spec
         */
        public FactSpec confidence(double confidence) {
            meta.put("confidence", confidence);
            return this;
        }

        /**
         * Fixes the whole fact: what-if searches neither change nor remove it.
         *
         * @return this spec
         */
        public FactSpec fixed() {
            meta.put("fixed", true);
            return this;
        }

        /**
         * Fixes the named fields: what-if searches do not change them.
         *
         * @param fields the fields' names
         * @return this spec
         */
        public FactSpec fixed(String... fields) {
            meta.put("fixed", List.of(fields));
            return this;
        }

        /**
         * Names where the fact comes from, e.g. {@code "orders-db row 42"}: shown in diagnostics
         * and explanations where a file and line would be. By default, the fact set's origin.
         *
         * @param origin the fact's origin, not null
         * @return this spec
         */
        public FactSpec origin(String origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }
    }
}
