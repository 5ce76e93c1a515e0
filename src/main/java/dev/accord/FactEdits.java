package dev.accord;

import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies {@link FactEdit}s to a list of facts, refusing edits to what the fact set fixes. */
final class FactEdits {

    private FactEdits() {
    }

    static List<Fact> apply(List<Fact> original, List<FactEdit> edits) {
        List<Fact> facts = new ArrayList<>(original);
        for (FactEdit edit : edits) {
            if (edit instanceof FactEdit.AddFact add) {
                facts.add(added(add, facts));
                continue;
            }
            int at = indexOf(facts, edit.fact());
            Fact fact = facts.get(at);
            if (edit instanceof FactEdit.RemoveFact) {
                if (fact.isFixed()) {
                    throw new IllegalArgumentException("fact '" + edit.fact() + "' is fixed and cannot be removed");
                }
                facts.remove(at);
            } else if (edit instanceof FactEdit.SetField set) {
                if (fact.isFixed(set.field())) {
                    throw new IllegalArgumentException("fact '" + edit.fact() + "'" + (fact.isFixed() ? " is fixed"
                            : ": field " + set.field() + " is fixed") + " and cannot be changed");
                }
                facts.set(at, withField(fact, set));
            }
        }
        return facts;
    }

    private static int indexOf(List<Fact> facts, String label) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no fact '" + label + "' in the fact set");
    }

    private static Fact withField(Fact fact, FactEdit.SetField set) {
        Map<String, Node.Entry> fields = new LinkedHashMap<>(fact.fields());
        Node.Entry old = fields.get(set.field());
        var keyAt = set.origin() != null ? set.origin() : old != null ? old.keyLocation() : fact.location();
        var valueAt = set.origin() != null ? set.origin() : old != null ? old.value().location() : fact.location();
        fields.put(set.field(), new Node.Entry(set.field(), keyAt, new Node.Scalar(scalar(set.value()), valueAt)));
        return fact.withFields(java.util.Collections.unmodifiableMap(fields));
    }

    /** A value as the fact-set reader would have read it: whole numbers as Long, decimals as BigDecimal, the rest as text. */
    static Object scalar(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return java.math.BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static Fact added(FactEdit.AddFact add, List<Fact> facts) {
        if (add.id() != null && facts.stream().anyMatch(f -> add.id().equals(f.id()))) {
            throw new IllegalArgumentException("a fact with id '" + add.id() + "' is already in the fact set");
        }
        var at = add.origin() != null ? add.origin() : Location.of("(added)");
        Map<String, Node.Entry> fields = new LinkedHashMap<>();
        add.fields().forEach((k, v) -> fields.put(k, new Node.Entry(k, at, new Node.Scalar(scalar(v), at))));
        int index = facts.stream().mapToInt(Fact::index).max().orElse(-1) + 1;
        return new Fact(add.type(), add.id(), null, index, at, java.util.Collections.unmodifiableMap(fields), 0, Set.of(), null);
    }
}
