package dev.accord.explain;

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
 * replaced by the bound value, read through public getters. A placeholder that cannot be filled
 * is left as written, so the reader sees the gap instead of a wrong word.
 *
 * <p>Every evaluation fills the sentence of every firing, so a template is split into its parts
 * once and each class's getters are looked up once (both cached); filling is then only reading
 * values.
 */
final class ExplainTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][\\w$]*)((?:\\.[A-Za-z_]\\w*)*)}");
    /** Templates come from rule packs; past this many distinct ones, start the cache afresh. */
    private static final int MAX_CACHED_TEMPLATES = 10_000;
    private static final Map<String, List<Part>> PARSED = new ConcurrentHashMap<>();
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
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (Part part : parse(template)) {
            out.append(part.isText() ? part.raw() : replacement(part, bindings, name));
        }
        return out.toString();
    }

    /**
     * How one reference such as {@code $t.reportChangePercent} reads, or null when its variable
     * is not bound or a property on its path does not exist.
     */
    static String valueOf(String reference, Map<String, Object> bindings, Function<Object, String> name) {
        List<Part> parts = parse("{" + reference + "}");
        return parts.size() == 1 && !parts.get(0).isText() ? resolve(parts.get(0), bindings, name) : null;
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

    private static List<Part> parse(String template) {
        List<Part> parts = PARSED.get(template);
        if (parts == null) {
            if (PARSED.size() >= MAX_CACHED_TEMPLATES) {
                PARSED.clear();
            }
            parts = split(template);
            PARSED.put(template, parts);
        }
        return parts;
    }

    private static List<Part> split(String template) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(template.substring(at, m.start()), null, null));
            }
            String path = m.group(2);
            parts.add(new Part(m.group(), m.group(1), path.isEmpty() ? new String[0] : path.substring(1).split("\\.")));
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

    /** The public accessor of a property: {@code getX()}, {@code isX()}, or {@code x()} as records have. */
    private static Optional<Method> getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix, property}) {
            try {
                Method method = type.getMethod(getter);
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
