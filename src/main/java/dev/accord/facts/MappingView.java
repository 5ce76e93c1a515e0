package dev.accord.facts;

import dev.accord.Location;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the keys of one {@link Node.Mapping} by their expected shape, reporting each mismatch
 * to {@link Problems} with the location of the offending value and what was expected. Getters
 * return {@code null} when the key is absent or its value is wrong, so reading can go on and
 * report every problem in one run.
 */
public final class MappingView {

    private final Node.Mapping mapping;
    private final String context;
    private final Problems problems;

    /**
     * @param context how to name this mapping in messages, e.g. "fact 'taliban-al-qaeda'"
     */
    public MappingView(Node.Mapping mapping, String context, Problems problems) {
        this.mapping = mapping;
        this.context = context;
        this.problems = problems;
    }

    /** Returns a view of {@code node} if it is a mapping; otherwise reports it and returns null. */
    public static MappingView of(Node node, String context, Problems problems) {
        if (node instanceof Node.Mapping m) {
            return new MappingView(m, context, problems);
        }
        problems.error(node.location(), context + ": expected a mapping (key: value lines), got " + node.kind());
        return null;
    }

    public Node.Mapping mapping() {
        return mapping;
    }

    public Location location() {
        return mapping.location();
    }

    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** Reports every key not in {@code allowed}, at the key. */
    public void allowOnly(Set<String> allowed) {
        for (Node.Entry e : mapping.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.error(e.keyLocation(), context + ": unknown key '" + e.key() + "'; expected one of "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    public String requiredText(String key) {
        if (!has(key)) {
            problems.error(location(), context + ": missing '" + key + "'");
            return null;
        }
        return text(key);
    }

    /** A text value; numbers and booleans are refused so a typo like {@code id: 1e3} is noticed. */
    public String text(String key) {
        Node node = mapping.get(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.isText()) {
            return (String) s.value();
        }
        problems.error(node.location(), context + "." + key + ": expected a text, got " + node.kind());
        return null;
    }

    public LocalDate date(String key) {
        Node node = mapping.get(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return null;
        }
        return date(node, context + "." + key, problems);
    }

    /** Four-digit years only: LocalDate also reads +999999999-12-31, where date arithmetic overflows. */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Parses an ISO date ({@code 2021-02-15}); reports and returns null otherwise. */
    public static LocalDate date(Node node, String what, Problems problems) {
        if (node instanceof Node.Scalar s && s.isText() && ISO_DATE.matcher((String) s.value()).matches()) {
            try {
                return LocalDate.parse((String) s.value());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.error(node.location(), what + ": expected a date (YYYY-MM-DD), got " + node.kind());
        return null;
    }

    public MappingView mapping(String key) {
        Node node = mapping.get(key);
        return node == null ? null : of(node, context + "." + key, problems);
    }

    /** The items of a list value; an absent key gives an empty list. */
    public List<Node> list(String key) {
        Node node = mapping.get(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return List.of();
        }
        if (node instanceof Node.Sequence seq) {
            return seq.items();
        }
        problems.error(node.location(), context + "." + key + ": expected a list, got " + node.kind());
        return new ArrayList<>();
    }
}
