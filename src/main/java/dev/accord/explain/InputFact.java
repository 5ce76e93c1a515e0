package dev.accord.explain;

import dev.accord.Source;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import java.util.stream.Collectors;

/**
 * A fact as the fact set states it, with its location and, if it names one, its source.
 *
 * @param source the cited source, or null
 */
public record InputFact(Fact fact, Source source) implements Evidence {

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
}
