package dev.accord.rules;

import dev.accord.Action;
import dev.accord.Condition;
import dev.accord.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contents of a pack's {@code pack.yaml}. */
public record Manifest(String name, String title, Agreement agreement, Map<String, Source> sources,
        List<Condition> conditions, List<Action> actions) {

    /** Copies what it is given, keeping the order of the sources. */
    public Manifest {
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    public Optional<Condition> condition(String id) {
        for (Condition c : conditions) { // a loop, not a stream: each conclusion of each evaluation asks
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Action> action(String id) {
        for (Action a : actions) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
