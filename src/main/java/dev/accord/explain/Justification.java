package dev.accord.explain;

import dev.accord.Rule;
import java.util.List;
import java.util.Map;

/**
 * One rule firing that supports a conclusion: which rule, the sentence of its {@code @explain}
 * filled in with the values it matched, those values, and the facts the firing rested on.
 *
 * @param firing   the 1-based order of this firing in the evaluation
 * @param bindings variable name to the value as shown to a reader
 */
public record Justification(int firing, Rule rule, String sentence, Map<String, String> bindings,
        List<Evidence> premises) {

    /**
     * Copies what it is given: a justification never changes once made.
     *
     * @param firing   the 1-based order of this firing in the evaluation
     * @param rule     the rule that fired, with its location
     * @param sentence the rule's {@code @explain} sentence filled in, or its name when it has none
     * @param bindings variable name to the value as shown to a reader
     * @param premises the facts and conclusions the firing rested on
     */
    public Justification {
        bindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bindings));
        premises = List.copyOf(premises);
    }
}
