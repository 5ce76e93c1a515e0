package dev.accord.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation left behind: every firing, the facts in working memory at the end, and for
 * each fact a rule concluded, all the firings that justify it (truth maintenance can hold several).
 * Facts are compared by identity: two equal input facts are still two facts.
 */
public record SessionRecord(List<BoundFact> inputs, List<Firing> firings, List<Object> finalFacts,
        IdentityHashMap<Object, List<Firing>> justifications) {

    public List<Firing> justificationsOf(Object fact) {
        return justifications.getOrDefault(fact, List.of());
    }

    /** The input a working-memory object came from, if it is one. */
    public Map<Object, BoundFact> inputsByObject() {
        IdentityHashMap<Object, BoundFact> map = new IdentityHashMap<>();
        inputs.forEach(b -> map.put(b.object(), b));
        return map;
    }
}
