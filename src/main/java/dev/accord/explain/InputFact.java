package dev.accord.explain;

import dev.accord.Location;
import dev.accord.Source;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fact as the fact set states it, with its location and, if it names one, its source: where
 * a derivation ends. Two are equal when they stand for the same written fact with the same source.
 */
public final class InputFact implements Evidence {

    private final Fact fact;
    private final Source source;

    InputFact(Fact fact, Source source) {
        this.fact = Objects.requireNonNull(fact, "fact");
        this.source = source;
    }

    /** The fact as read, for the renderers of this package. */
    Fact fact() {
        return fact;
    }

    /** The cited source, or null, for the renderers of this package. */
    Source cited() {
        return source;
    }

    /**
     * The fact's type, as the fact set names it.
     *
     * @return a declared type's or an imported class's simple name, e.g. {@code Tie}
     */
    public String type() {
        return fact.type();
    }

    /**
     * The fact's {@code id}, which names it in explanations and what-if answers.
     *
     * @return the id; empty when the fact set gives none
     */
    public Optional<String> id() {
        return Optional.ofNullable(fact.id());
    }

    /**
     * How explanations and what-if edits name the fact.
     *
     * @return its id; for a fact without one, its type and position, e.g. {@code Tie#3}
     */
    public String label() {
        return fact.label();
    }

    /**
     * Where the fact is written: the fact file's line and column, or the origin a fact set built
     * in code gave it.
     *
     * @return the location, never null
     */
    public Location location() {
        return fact.location();
    }

    /**
     * The fact's fields as the fact set writes them, in its order.
     *
     * @return field name to value as written (a list as {@code [a, b]}); unmodifiable
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fact.fields().values().forEach(e -> fields.put(e.key(), written(e.value())));
        return Collections.unmodifiableMap(fields);
    }

    /**
     * The source the fact cites.
     *
     * @return the source; empty when the fact cites none
     */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** {@code Tie taliban-al-qaeda {from: taliban, to: al-qaeda, status: ACTIVE}}. */
    @Override
    public String text() {
        String fields = fact.fields().values().stream()
                .map(e -> e.key() + ": " + written(e.value()))
                .collect(Collectors.joining(", "));
        return fields.isEmpty() ? name() : name() + " {" + fields + "}";
    }

    /** {@code Tie taliban-al-qaeda}, or {@code Tie #3} for a fact without an id: its type and how it is known. */
    String name() {
        return fact.id() != null ? fact.type() + " " + fact.id() : fact.type() + " #" + (fact.index() + 1);
    }

    /** A value as it is written in the fact set. */
    static String written(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.value() instanceof java.math.BigDecimal d ? d.toPlainString() : s.text();
        }
        if (node instanceof Node.Sequence seq) {
            return seq.items().stream().map(InputFact::written).collect(Collectors.joining(", ", "[", "]"));
        }
        Node.Mapping m = (Node.Mapping) node;
        return m.entries().values().stream().map(e -> e.key() + ": " + written(e.value()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputFact other && fact.equals(other.fact) && Objects.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, source);
    }

    /**
     * One line naming the fact and where it is written.
     *
     * @return e.g. {@code InputFact[Tie taliban-al-qaeda at facts.yaml:12:5]}
     */
    @Override
    public String toString() {
        return "InputFact[" + name() + " at " + fact.location() + "]";
    }
}
