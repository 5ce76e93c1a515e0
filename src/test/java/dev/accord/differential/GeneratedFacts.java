package dev.accord.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A generated fact set: an optional as-of date and facts, each a type, an id and the fields it
 * gives (a field left out is not in {@code fields}). Written as a fact-set YAML file for Accord,
 * and built with Drools' own types for the oracle.
 */
public record GeneratedFacts(String name, LocalDate asOf, List<Fact> facts) {

    /** One fact; values are Integer, Double, Boolean, String (also for enum constants) or LocalDate. */
    public record Fact(String type, String id, Map<String, Object> fields) {
        String yaml() {
            StringBuilder out = new StringBuilder("  - { type: ").append(type).append(", id: ").append(id);
            fields.forEach((k, v) -> out.append(", ").append(k).append(": ").append(scalar(v)));
            return out.append(" }\n").toString();
        }
    }

    public GeneratedFacts withFacts(List<Fact> kept) {
        return new GeneratedFacts(name, asOf, List.copyOf(kept));
    }

    public GeneratedFacts withAsOf(LocalDate date) {
        return new GeneratedFacts(name, date, facts);
    }

    public GeneratedFacts filtered(Predicate<Fact> keep) {
        return withFacts(facts.stream().filter(keep).toList());
    }

    /**
     * The same facts with every Integer and Double field they leave out written {@code null}
     * instead: the same fact set, by docs/fact-sets.md ("a field left out, or written null,
     * stays unset").
     */
    public GeneratedFacts withExplicitNulls(GeneratedPack pack) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> fields = new LinkedHashMap<>(f.fields());
            for (FactTypeSpec.Field field : pack.type(f.type()).fields()) {
                boolean boxed = field.kind() == FactTypeSpec.Kind.INTEGER || field.kind() == FactTypeSpec.Kind.DOUBLE;
                if (boxed && !fields.containsKey(field.name())) {
                    fields.put(field.name(), null);
                }
            }
            out.add(new Fact(f.type(), f.id(), fields));
        }
        return withFacts(out);
    }

    /** Without the facts of subtypes of dated or event types (SubRep, SubEv) that carry a date. */
    public GeneratedFacts withoutDatedSubtypeFacts(GeneratedPack pack) {
        return filtered(f -> {
            FactTypeSpec t = pack.type(f.type());
            return t.superType() == null || t.dateField() == null || f.fields().get(t.dateField()) == null;
        });
    }

    /** The fact set as YAML, with {@code expect} appended verbatim when not null. */
    public String yaml(String expect) {
        StringBuilder out = new StringBuilder("title: \"generated fact set ").append(name).append("\"\n");
        if (asOf != null) {
            out.append("asOf: ").append(asOf).append('\n');
        }
        out.append(facts.isEmpty() ? "facts: []\n" : "facts:\n");
        facts.forEach(f -> out.append(f.yaml()));
        if (expect != null) {
            out.append(expect);
        }
        return out.toString();
    }

    public String yaml() {
        return yaml(null);
    }

    /** The field values of a fact, by name, as a mutable copy. */
    static Map<String, Object> copy(Map<String, Object> fields) {
        return new LinkedHashMap<>(fields);
    }

    /** The distinct dates facts carry in {@code field}s of dated types, sorted. */
    public List<LocalDate> dates(GeneratedPack pack) {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
        for (Fact f : facts) {
            String field = pack.type(f.type()).dateField();
            if (field != null && f.fields().get(field) instanceof LocalDate d) {
                out.add(d);
            }
        }
        return new ArrayList<>(out);
    }

    private static String scalar(Object v) {
        if (v instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return String.valueOf(v);
    }
}
