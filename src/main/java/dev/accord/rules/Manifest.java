package dev.accord.rules;

import dev.accord.facts.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contents of a pack's {@code pack.yaml}. */
public record Manifest(String name, String title, Agreement agreement, Map<String, Source> sources,
        List<Condition> conditions, List<Action> actions) {

    public Optional<Condition> condition(String id) {
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
