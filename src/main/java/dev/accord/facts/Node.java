package dev.accord.facts;

import dev.accord.Location;
import java.util.List;
import java.util.Map;

/**
 * A value read from a YAML or JSON file, with where it stands in the file. Fact sets and
 * {@code pack.yaml} are read into these first, so that every later error can point at a line.
 */
public sealed interface Node {

    Location location();

    /** What this node is, in words, for "expected X, got Y" messages. */
    String kind();

    /** A text, number, boolean or null. Numbers are {@code Long}, {@code BigInteger} or {@code BigDecimal}. */
    record Scalar(Object value, Location location) implements Node {

        public boolean isText() {
            return value instanceof String;
        }

        public boolean isNull() {
            return value == null;
        }

        /** The value as the user wrote it, for messages. */
        public String text() {
            return value == null ? "null" : value.toString();
        }

        @Override
        public String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return "'" + s + "'";
            }
            return value instanceof Boolean ? "the boolean " + value : "the number " + value;
        }
    }

    /** A mapping whose keys keep the order and the location they have in the file. */
    record Mapping(Map<String, Entry> entries, Location location) implements Node {

        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, Location location) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** One key of a {@link Mapping}: its name, where the key stands, and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }
}
