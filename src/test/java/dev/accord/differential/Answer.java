package dev.accord.differential;

import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Recommendation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one evaluation concluded, in a form both sides can give: the recommendation as an expect
 * block writes it (an action, {@code NONE} or {@code CONFLICT}) with the actions recommended,
 * every condition's status ({@code MET}, {@code NOT_MET}, {@code UNKNOWN}, {@code NOT_ASSESSED},
 * {@code CONFLICT}), the concluded facts (everything in working memory of a type facts are not
 * written in) and the input facts as they ended (a rule may modify or delete them), each as a
 * canonical string, and the rules that fired (null where that is not compared).
 */
public record Answer(String recommendation, List<String> actions, Map<String, String> statuses, List<String> concluded,
        List<String> inputs, Set<String> fired) {

    /** The answer read from the facts a session ended with. */
    static Answer of(Collection<?> workingMemory, GeneratedPack pack, Set<String> fired) {
        Set<String> inputTypes = new TreeSet<>();
        pack.types().forEach(t -> inputTypes.add(t.name()));
        TreeSet<String> actions = new TreeSet<>();
        Map<String, Set<String>> statuses = new LinkedHashMap<>();
        pack.conditions().forEach(c -> statuses.put(c, new TreeSet<>()));
        List<String> concluded = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (Object o : workingMemory) {
            if (o instanceof Recommendation rec) {
                actions.add(rec.getAction());
            } else if (o instanceof Assessment a && statuses.containsKey(a.getCondition())) {
                statuses.get(a.getCondition()).add(a.getStatus().name());
            }
            (inputTypes.contains(o.getClass().getSimpleName()) ? inputs : concluded).add(canonical(o));
        }
        concluded.sort(null);
        inputs.sort(null);
        Map<String, String> labels = new LinkedHashMap<>();
        statuses.forEach((c, s) -> labels.put(c, s.isEmpty() ? "NOT_ASSESSED" : s.size() > 1 ? "CONFLICT" : s.iterator().next()));
        String rec = actions.isEmpty() ? "NONE" : actions.size() > 1 ? "CONFLICT" : actions.first();
        return new Answer(rec, List.copyOf(actions), labels, List.copyOf(concluded), List.copyOf(inputs),
                fired == null ? null : new TreeSet<>(fired));
    }

    /** The same answer without the rules that fired, for comparisons where they do not apply. */
    Answer withoutFired() {
        return new Answer(recommendation, actions, statuses, concluded, inputs, null);
    }

    /** What differs from {@code other}, one line each; empty when they agree. */
    List<String> differences(Answer other) {
        List<String> out = new ArrayList<>();
        if (!recommendation.equals(other.recommendation) || !actions.equals(other.actions)) {
            out.add("recommendation: " + recommendation + " " + actions + " vs " + other.recommendation + " " + other.actions);
        }
        statuses.forEach((c, s) -> {
            if (!s.equals(other.statuses.get(c))) {
                out.add("condition " + c + ": " + s + " vs " + other.statuses.get(c));
            }
        });
        if (!concluded.equals(other.concluded)) {
            out.add("concluded facts: " + only(concluded, other.concluded) + " vs " + only(other.concluded, concluded));
        }
        if (!inputs.equals(other.inputs)) {
            out.add("input facts at the end: " + only(inputs, other.inputs) + " vs " + only(other.inputs, inputs));
        }
        if (fired != null && other.fired != null && !fired.equals(other.fired)) {
            out.add("fired rules: " + fired + " vs " + other.fired);
        }
        return out;
    }

    /** The entries of {@code a} not matched in {@code b}, as multisets. */
    private static List<String> only(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String s : b) {
            rest.remove(s);
        }
        return rest;
    }

    @Override
    public String toString() {
        return "recommendation " + recommendation + " " + actions + ", conditions " + statuses + "\n      concluded " + concluded
                + "\n      inputs at the end " + inputs + (fired == null ? "" : "\n      fired " + fired);
    }

    /** The type's simple name and every property read through a public getter, by name. */
    static String canonical(Object o) {
        TreeMap<String, String> props = new TreeMap<>();
        for (Map.Entry<String, Method> getter : GETTERS.get(o.getClass()).entrySet()) {
            try {
                Object v = getter.getValue().invoke(o);
                props.put(getter.getKey(), v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            } catch (ReflectiveOperationException e) {
                props.put(getter.getKey(), "<" + e.getClass().getSimpleName() + ">");
            }
        }
        return o.getClass().getSimpleName() + props;
    }

    /** Public no-argument getters by property name, looked up once per class. */
    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> out = new TreeMap<>();
            for (Method m : type.getMethods()) {
                String n = m.getName();
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String prop = n.startsWith("get") && n.length() > 3 ? n.substring(3) : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
                if (prop != null) {
                    out.put(Character.toLowerCase(prop.charAt(0)) + prop.substring(1), m);
                }
            }
            return out;
        }
    };
}
