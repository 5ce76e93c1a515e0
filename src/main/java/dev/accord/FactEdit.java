package dev.accord;

import dev.accord.render.Values;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A change to a fact set, for asking "what if": set a field of a fact, remove a fact, or add one.
 * Facts are named by their label (their id, or {@code Type#position}). Values are written as a
 * fact set writes them: texts (also for enum constants and dates), numbers, booleans.
 */
public sealed interface FactEdit {

    /**
     * The change in words, e.g. "Tie taliban-al-qaeda: status ACTIVE → SEVERED".
     *
     * @param facts the fact set the edit applies to, for the old value and the fact's type
     * @return one line, never null
     */
    String describe(FactSet facts);

    /** The fact with this label, a row of a CSV include too (read only when the label is no fact written in the set). */
    private static java.util.Optional<dev.accord.facts.Fact> find(FactSet facts, String label) {
        var written = facts.fact(label);
        return written.isPresent() || facts.includes().isEmpty() ? written : facts.withRowsRead().fact(label);
    }


    /**
     * The fact the edit is about, by label.
     *
     * @return the label; null for an added fact
     */
    String fact();

    /**
     * @param origin where the value was given (a command-line option, say), for diagnostics; or
     *               null to keep the field's place in the fact set
     */
    record SetField(String fact, String field, Object value, Location origin) implements FactEdit {
        /**
         * Sets a field, keeping the field's place in the fact set for diagnostics.
         *
         * @param fact  the fact's label
         * @param field the field's name
         * @param value the new value, as a fact set writes it
         */
        public SetField(String fact, String field, Object value) {
            this(fact, field, value, null);
        }

        @Override
        public String describe(FactSet facts) {
            var f = FactEdit.find(facts, fact);
            String type = f.map(x -> x.type() + " ").orElse("");
            String old = f.map(x -> x.fields().get(field)).map(e -> written(e.value())).orElse("(unset)");
            return type + fact + ": " + field + " " + old + " → " + Values.format(value);
        }

        private static String written(dev.accord.facts.Node node) {
            return node instanceof dev.accord.facts.Node.Scalar s ? Values.format(s.value()) : "…";
        }
    }

    /**
     * Removes a fact.
     *
     * @param fact the fact's label
     */
    record RemoveFact(String fact) implements FactEdit {
        @Override
        public String describe(FactSet facts) {
            return "remove " + FactEdit.find(facts, fact).map(f -> f.type() + " ").orElse("") + fact;
        }
    }

    /** @param id the new fact's id, or null */
    record AddFact(String type, String id, Map<String, Object> fields, Location origin) implements FactEdit {
        @Override
        public String fact() {
            return null;
        }

        @Override
        public String describe(FactSet facts) {
            return "add " + type + (id == null ? "" : " " + id) + " {" + fields.entrySet().stream()
                    .map(e -> e.getKey() + ": " + Values.format(e.getValue())).collect(Collectors.joining(", ")) + "}";
        }
    }
}
