package dev.accord.explain;

import dev.accord.rules.ExplainFields;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an {@code @explain} sentence: each {@code {$var}} or {@code {$var.field.field}} is
 * replaced by the bound value, read through public getters of fields (and a few allowed
 * accessors, {@link ExplainFields}). A placeholder that cannot be filled
 * is left as written, so the reader sees the gap instead of a wrong word.
 *
 * <p>Every evaluation fills the sentence of every firing, so a template is split into its parts
 * once and each class's getters are looked up once (both cached); filling is then only reading
 * values.
 */
final class ExplainTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][\\w$]*)((?:\\.[A-Za-z_]\\w*)*)}");
    /**
     * A variable written in a condition, such as {@code $party.id}, or through a getter called
     * with no arguments, {@code $p.getSpent()}: the call is part of the reference, so that its
     * value replaces it whole (not "550.2()").
     */
    private static final Pattern REFERENCE = Pattern.compile("(\\$[A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*(?:\\(\\s*\\))?)*)");
    /** Templates come from rule packs; past this many distinct ones, start the cache afresh. */
    private static final int MAX_CACHED_TEMPLATES = 10_000;
    private static final Map<String, List<Part>> PARSED = new ConcurrentHashMap<>();
    /** Conditions' text, split at their variables: {@link #substitute} fills them for every premise explained. */
    private static final Map<String, List<Part>> PARSED_CONDITIONS = new ConcurrentHashMap<>();
    private static final ClassValue<Map<String, Optional<Method>>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Literal text, or a placeholder: {@code raw} as written, the variable and its property path. */
    private record Part(String raw, String variable, String[] path) {
        boolean isText() {
            return variable == null;
        }
    }

    private ExplainTemplate() {
    }

    /**
     * @param name how to show a bound object (input facts show their id)
     */
    static String fill(String template, Map<String, Object> bindings, Function<Object, String> name) {
        return fill(parse(template, PLACEHOLDER, PARSED), template.length(), bindings, name);
    }

    /**
     * Replaces each bound {@code $var} or {@code $var.field.field} written in a condition by its
     * value ({@code from == $party.id} reads "from == taliban"); one that cannot be filled stays
     * as written.
     */
    static String substitute(String text, Map<String, Object> bindings, Function<Object, String> name) {
        if (text.indexOf('$') < 0) {
            return text; // most constraints name no variable
        }
        return fill(parse(text, REFERENCE, PARSED_CONDITIONS), text.length(), bindings, name);
    }

    private static String fill(List<Part> parts, int length, Map<String, Object> bindings, Function<Object, String> name) {
        StringBuilder out = new StringBuilder(length + 32);
        for (Part part : parts) {
            out.append(part.isText() ? part.raw() : replacement(part, bindings, name));
        }
        return out.toString();
    }

    private static String replacement(Part placeholder, Map<String, Object> bindings, Function<Object, String> name) {
        String value = resolve(placeholder, bindings, name);
        return value == null ? placeholder.raw() : value;
    }

    private static String resolve(Part placeholder, Map<String, Object> bindings, Function<Object, String> name) {
        if (!bindings.containsKey(placeholder.variable())) {
            return null;
        }
        Object value = bindings.get(placeholder.variable());
        for (String property : placeholder.path()) {
            Object next = property(value, property);
            if (next == NOT_FOUND) {
                return null;
            }
            value = next;
        }
        return name.apply(value);
    }

    private static List<Part> parse(String template, Pattern placeholder, Map<String, List<Part>> cache) {
        List<Part> parts = cache.get(template);
        if (parts == null) {
            if (cache.size() >= MAX_CACHED_TEMPLATES) {
                cache.clear();
            }
            parts = split(template, placeholder);
            cache.put(template, parts);
        }
        return parts;
    }

    /** The text's parts; {@code placeholder} has the variable as its first group and the property path as its second. */
    private static List<Part> split(String template, Pattern placeholder) {
        List<Part> parts = new ArrayList<>();
        Matcher m = placeholder.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(template.substring(at, m.start()), null, null));
            }
            String path = m.group(2);
            parts.add(new Part(m.group(), m.group(1),
                    path.isEmpty() ? new String[0] : path.substring(1).replaceAll("\\(\\s*\\)", "").split("\\.")));
            at = m.end();
        }
        if (at < template.length()) {
            parts.add(new Part(template.substring(at), null, null));
        }
        return List.copyOf(parts);
    }

    private static final Object NOT_FOUND = new Object();

    private static Object property(Object target, String property) {
        if (target == null) {
            return NOT_FOUND;
        }
        Map<String, Optional<Method>> getters = GETTERS.get(target.getClass());
        Optional<Method> getter = getters.get(property);
        if (getter == null) {
            getter = getter(target.getClass(), property);
            getters.put(property, getter);
        }
        if (getter.isEmpty()) {
            return NOT_FOUND;
        }
        try {
            return getter.get().invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NOT_FOUND;
        }
    }

    /** "spent" for "getSpent", "active" for "isActive"; null for a name that is no getter's. */
    private static String fieldOfGetter(String name) {
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    /**
     * The public accessor of a property: {@code getX()}, {@code isX()}, or {@code x()} as records
     * have; only of a field or an allowed accessor ({@link ExplainFields#readable}), never of
     * anything else a class has ({@code getClass}, {@code hashCode}...).
     */
    private static Optional<Method> getter(Class<?> type, String property) {
        String field = property;
        if (!ExplainFields.readable(type, field)) {
            // A condition may call the getter itself ($p.getSpent()): the field is what it reads.
            field = fieldOfGetter(property);
            if (field == null || !ExplainFields.readable(type, field)) {
                return Optional.empty();
            }
        }
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix, field}) {
            try {
                Method method = type.getMethod(getter);
                if (method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
                    continue;
                }
                method.trySetAccessible(); // a public method: no need to check access on every call
                return Optional.of(method);
            } catch (NoSuchMethodException e) {
                // try the next accessor form
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
