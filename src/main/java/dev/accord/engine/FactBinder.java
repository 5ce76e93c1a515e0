package dev.accord.engine;

import dev.accord.InvalidFactsException;
import dev.accord.facts.Fact;
import dev.accord.facts.FactSetData;
import dev.accord.facts.Node;
import dev.accord.facts.Problems;
import dev.accord.rules.PackTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the facts of a fact set into instances of the pack's types: DRL-declared types and
 * imported Java classes alike, through their no-argument constructor and setters. A fact's
 * {@code id} and {@code source} also fill fields of those names when the type has them.
 */
public final class FactBinder {

    private final PackTypes types;
    private final Problems problems;
    /** Setters by type: looked up once, not once per row of a large CSV file. */
    private final Map<Class<?>, Map<String, Method>> settersByType = new java.util.HashMap<>();

    private FactBinder(PackTypes types) {
        this(types, new Problems());
    }

    /** A binder for facts one at a time (rows streamed from a CSV file); it reports to {@code problems}. */
    FactBinder(PackTypes types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** @throws InvalidFactsException with every binding error, each at its fact's line */
    public static List<BoundFact> bind(FactSetData facts, PackTypes types) {
        FactBinder binder = new FactBinder(types);
        List<BoundFact> bound = new ArrayList<>();
        for (Fact fact : facts.facts()) {
            Object object = binder.bind(fact);
            if (object != null) {
                bound.add(new BoundFact(fact, object));
            }
        }
        if (binder.problems.hasErrors()) {
            throw new InvalidFactsException(binder.problems.sorted());
        }
        return bound;
    }

    /** The fact as an instance of its type, or null after reporting why it cannot be one. */
    Object bind(Fact fact) {
        Class<?> type = types.find(fact.type()).orElse(null);
        if (type == null) {
            String why = types.isAmbiguous(fact.type())
                    ? "type '" + fact.type() + "' is ambiguous: the pack imports two classes of that name"
                    : "unknown type '" + fact.type() + "'; the pack declares " + String.join(", ", types.names());
            problems.error(fact.location(), fact.describe() + ": " + why);
            return null;
        }
        Map<String, Method> setters = settersByType.computeIfAbsent(type, FactBinder::setters);
        Object object = instantiate(type, fact);
        if (object == null) {
            return null;
        }
        for (String unstated : types.nullWhenLeftOut(type)) {
            if (!fact.fields().containsKey(unstated)) {
                set(setters.get(unstated), object, null);
            }
        }
        fill(object, setters, "id", fact.id());
        fill(object, setters, "source", fact.source());
        for (Node.Entry field : fact.fields().values()) {
            Method setter = setters.get(field.key());
            if (setter == null) {
                problems.error(field.keyLocation(), fact.describe() + ": " + type.getSimpleName() + " has no field '"
                        + field.key() + "'; its fields are " + String.join(", ", fieldNames(setters)));
                continue;
            }
            Class<?> target = setter.getParameterTypes()[0];
            try {
                boolean cell = fact.csvRow() > 0 && field.value() instanceof Node.Scalar;
                set(setter, object, cell ? ValueConverter.convertCell((Node.Scalar) field.value(), target)
                        : ValueConverter.convert(field.value(), target));
            } catch (ValueConverter.Mismatch m) {
                String where = fact.csvRow() > 0
                        ? "row " + fact.csvRow() + ", column " + field.value().location().column() + " (" + field.key() + ")"
                        : fact.describe();
                problems.error(field.value().location(), where + ": " + type.getSimpleName() + "."
                        + field.key() + ": " + m.getMessage());
            }
        }
        return object;
    }

    /** The names of the fields facts of the type can fill, for checking a CSV header once. */
    static List<String> fieldNames(Class<?> type) {
        return fieldNames(setters(type));
    }

    private static List<String> fieldNames(Map<String, Method> setters) {
        return new ArrayList<>(setters.keySet());
    }

    /** Pack types have a public no-argument constructor: {@code PackTypes} admits no others. */
    private static final ClassValue<java.lang.reflect.Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getConstructor();
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private Object instantiate(Class<?> type, Fact fact) {
        try {
            java.lang.reflect.Constructor<?> constructor = CONSTRUCTORS.get(type);
            if (constructor == null) {
                throw new NoSuchMethodException(type.getName() + ".<init>()");
            }
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.error(fact.location(), fact.describe() + ": cannot create " + type.getSimpleName() + ": " + e);
        }
        return null;
    }

    /** Fills a meta value (id, source) into a text field of that name, if the type has one. */
    private static void fill(Object object, Map<String, Method> setters, String name, String value) {
        Method setter = setters.get(name);
        if (value != null && setter != null && setter.getParameterTypes()[0] == String.class) {
            set(setter, object, value);
        }
    }

    private static void set(Method setter, Object object, Object value) {
        try {
            setter.invoke(object, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("setter not accessible: " + setter, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("setter failed: " + setter, e.getCause());
        }
    }

    /** The fields fact sets can fill on a type, with their Java types, by name. */
    public static Map<String, Class<?>> fieldTypes(Class<?> type) {
        Map<String, Class<?>> out = new TreeMap<>();
        setters(type).forEach((name, setter) -> out.put(name, setter.getParameterTypes()[0]));
        return out;
    }

    /** Looked up once per class: every evaluation binds every fact through them. */
    private static final ClassValue<Map<String, Method>> SETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> setters = findSetters(type);
            // Public methods of public classes: skipping the per-call access check is safe here.
            setters.values().forEach(Method::trySetAccessible);
            return java.util.Collections.unmodifiableMap(setters);
        }
    };

    /** Public one-argument {@code setX} methods by property name, sorted by name. */
    static Map<String, Method> setters(Class<?> type) {
        return SETTERS.get(type);
    }

    private static Map<String, Method> findSetters(Class<?> type) {
        Map<String, Method> setters = new TreeMap<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (n.length() > 3 && n.startsWith("set") && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                setters.put(Character.toLowerCase(n.charAt(3)) + n.substring(4), m);
            }
        }
        return setters;
    }
}
