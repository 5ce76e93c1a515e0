package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.explain.Format;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A decision is immutable all the way down: a caller that walks it (recommendations, their
 * derivations, justifications, premises, bindings, the pack, the facts and their fields) and
 * tries to change any collection it is handed gets an exception, and the explanation does not
 * change under later readers.
 */
class DecisionImmutabilityTest {

    /** Methods that compute something new rather than expose what the decision holds. */
    private static final Set<String> NOT_STATE = Set.of("withRowsRead", "toString", "hashCode", "getClass",
            "workingMemory");

    @Test
    void everyCollectionReachableFromADecisionRefusesChanges() {
        Decision decision = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));
        String before = decision.render(Format.TEXT);

        List<String> mutable = new ArrayList<>();
        int[] collections = {0};
        walk(decision, "decision", Collections.newSetFromMap(new IdentityHashMap<>()), mutable, collections);

        assertThat(mutable).as("collections a caller could change").isEmpty();
        assertThat(collections[0]).as("collections tried").isGreaterThan(50);
        assertThat(decision.render(Format.TEXT)).isEqualTo(before);
    }

    @Test
    void workingMemoryIsACopyTheCallerCannotChange() {
        Decision decision = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));
        List<Object> memory = decision.workingMemory();
        assertThat(mutates(memory)).isFalse();
    }

    private static void walk(Object value, String path, Set<Object> seen, List<String> mutable, int[] collections) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, seen, mutable, collections));
            return;
        }
        if (value instanceof Collection<?> c) {
            collections[0]++;
            if (mutates(c)) {
                mutable.add(path + " (" + c.getClass().getName() + ")");
            }
            int i = 0;
            for (Object item : List.copyOf(c)) {
                walk(item, path + "[" + i++ + "]", seen, mutable, collections);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            collections[0]++;
            if (mutates(m)) {
                mutable.add(path + " (" + m.getClass().getName() + ")");
            }
            m.forEach((k, v) -> walk(v, path + "[" + k + "]", seen, mutable, collections));
            return;
        }
        if (!value.getClass().getName().startsWith("dev.accord.") || value.getClass().isEnum()) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class && !NOT_STATE.contains(method.getName())
                    && method.getDeclaringClass() != Object.class) {
                Object result;
                try {
                    method.setAccessible(true);
                    result = method.invoke(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                walk(result, path + "." + method.getName() + "()", seen, mutable, collections);
            }
        }
    }

    /** Tries the changes a caller could make; true when one of them works. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean mutates(Object collection) {
        if (collection instanceof Map m) {
            if (m.isEmpty()) {
                return attempt(() -> m.put("added", "x"));
            }
            return attempt(m::clear);
        }
        Collection c = (Collection) collection;
        if (c.isEmpty()) {
            return attempt(() -> c.add(null)) || attempt(() -> c.addAll(List.of("x")));
        }
        Object first = c.iterator().next();
        return attempt(() -> c.remove(first));
    }

    private static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UnsupportedOperationException | NullPointerException | ClassCastException e) {
            return false;
        }
    }
}
