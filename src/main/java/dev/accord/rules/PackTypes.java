package dev.accord.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.definition.type.FactType;

/**
 * The types a fact set may use with a pack, by simple name: those the pack's DRL declares and
 * the Java classes it imports. A simple name given by two classes is ambiguous and usable by
 * neither.
 */
public final class PackTypes {

    private final Map<String, Class<?>> bySimpleName;
    private final Set<String> ambiguous;
    private final Map<Class<?>, Dating> dating;
    private final Map<Class<?>, FactType> declared;
    private final boolean events;

    PackTypes(Map<String, Class<?>> bySimpleName, Set<String> ambiguous, Map<Class<?>, Dating> dating,
            Map<Class<?>, FactType> declared, boolean events) {
        this.bySimpleName = Collections.unmodifiableMap(new TreeMap<>(bySimpleName));
        this.ambiguous = Set.copyOf(ambiguous);
        this.dating = Map.copyOf(dating);
        this.declared = Map.copyOf(declared);
        this.events = events;
    }

    /**
     * The DRL's declaration of the type, when the DRL declares it with fields of its own (not an
     * enum, nor an existing class it only adds metadata to): its fields in declaration order.
     */
    public Optional<FactType> declaration(Class<?> type) {
        return Optional.ofNullable(declared.get(type));
    }

    /** How facts of the type are dated, if they are: see {@link Dating}. */
    public Optional<Dating> dating(Class<?> type) {
        return Optional.ofNullable(dating.get(type));
    }

    /** True when the pack declares an event type, so its sessions run in stream mode. */
    public boolean hasEvents() {
        return events;
    }

    public Optional<Class<?>> find(String simpleName) {
        return Optional.ofNullable(bySimpleName.get(simpleName));
    }

    public boolean isAmbiguous(String simpleName) {
        return ambiguous.contains(simpleName);
    }

    /** The names, sorted. */
    public Set<String> names() {
        return bySimpleName.keySet();
    }
}
