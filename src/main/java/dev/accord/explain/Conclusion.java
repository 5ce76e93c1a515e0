package dev.accord.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fact the rules concluded (an assessment, a recommendation, a consideration, or a fact of the
 * pack's own types), with every rule firing that justifies it.
 */
public final class Conclusion implements Evidence {

    private final Object value;
    private final String text;
    private final java.util.Map<String, String> fields;
    private final List<Justification> justifications = new ArrayList<>();

    Conclusion(Object value, String text) {
        this(value, text, java.util.Map.of());
    }

    /** @param fields for a fact of a type the pack declares, its stated fields as they read; otherwise empty */
    Conclusion(Object value, String text, java.util.Map<String, String> fields) {
        this.value = value;
        this.text = text;
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** A concluded fact of one of the pack's own types, field by field, for pictures that show facts as tables. */
    java.util.Map<String, String> fields() {
        return fields;
    }

    /** The concluded object itself, e.g. an {@code Assessment}. */
    public Object value() {
        return value;
    }

    @Override
    public String text() {
        return text;
    }

    /** In the order the rules fired. */
    public List<Justification> justifications() {
        return Collections.unmodifiableList(justifications);
    }

    void add(Justification justification) {
        justifications.add(justification);
    }
}
