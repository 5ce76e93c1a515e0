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
    /** By declared type: see {@link #nullWhenLeftOut}; worked out when first asked. */
    private final Map<Class<?>, Set<String>> nullWhenLeftOut = new java.util.concurrent.ConcurrentHashMap<>();

    /** The boxed types whose fields Drools' generated classes start at 0 or false. */
    private static final Set<Class<?>> BOXED = Set.of(Boolean.class, Byte.class, Character.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class);

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

    /**
     * The fields of a declared type that a new instance holds a value for though no fact set gave
     * one: Drools' generated classes start a field of a boxed type ({@code Double}, {@code Integer},
     * {@code Boolean} ...) at 0 or false unless the declaration gives a default ({@code = 5.0}).
     * A fact that leaves such a field out means "not stated", so the binders set it to null, as
     * the docs promise and as a Java class with the same fields would start.
     */
    public Set<String> nullWhenLeftOut(Class<?> type) {
        FactType declaration = declared.get(type);
        if (declaration == null) {
            return Set.of();
        }
        return nullWhenLeftOut.computeIfAbsent(type, t -> {
            Set<String> names = new java.util.TreeSet<>();
            for (var field : declaration.getFields()) {
                if (BOXED.contains(field.getType()) && field instanceof org.drools.base.factmodel.FieldDefinition f
                        && (f.getInitExpr() == null || f.getInitExpr().isBlank())) {
                    names.add(field.getName());
                }
            }
            return Set.copyOf(names);
        });
    }

    /** How facts of the type are dated, if they are: see {@link Dating}. */
    public Optional<Dating> dating(Class<?> type) {
        return Optional.ofNullable(dating.get(type));
    }

    /** The types whose facts are dated, by {@code @dated} or {@code @timestamp}, their own or inherited. */
    public Set<Class<?>> datedTypes() {
        return dating.keySet();
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
