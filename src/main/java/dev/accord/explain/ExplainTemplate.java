package dev.accord.explain;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an {@code @explain} sentence: each {@code {$var}} or {@code {$var.field.field}} is
 * replaced by the bound value, read through public getters. A placeholder that cannot be filled
 * is left as written, so the reader sees the gap instead of a wrong word.
 */
final class ExplainTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][\\w$]*)((?:\\.[A-Za-z_]\\w*)*)}");

    private ExplainTemplate() {
    }

    /**
     * @param name how to show a bound object (input facts show their id)
     */
    static String fill(String template, Map<String, Object> bindings, Function<Object, String> name) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String replacement = m.group();
            if (bindings.containsKey(variable)) {
                Object value = bindings.get(variable);
                boolean resolved = true;
                for (String property : m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("\\.")) {
                    Object next = property(value, property);
                    if (next == NOT_FOUND) {
                        resolved = false;
                        break;
                    }
                    value = next;
                }
                if (resolved) {
                    replacement = name.apply(value);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Object NOT_FOUND = new Object();

    private static Object property(Object target, String property) {
        if (target == null) {
            return NOT_FOUND;
        }
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : new String[] {"get" + suffix, "is" + suffix, property}) {
            try {
                Method method = target.getClass().getMethod(getter);
                return method.invoke(target);
            } catch (NoSuchMethodException e) {
                // try the next accessor form
            } catch (ReflectiveOperationException | RuntimeException e) {
                return NOT_FOUND;
            }
        }
        return NOT_FOUND;
    }
}
