package dev.accord.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A partial match of a rule's conditions: the variables bound so far and the facts matched so
 * far, in pattern order. Immutable; each step of a search makes a new one.
 *
 * <p>A step adds one variable to the bindings it starts from instead of copying them: a search
 * tries every candidate fact of every pattern, each binding a variable or two, and copying the
 * map at each try was a good part of what explaining a decision cost. The variables read as a
 * map in the order they were first bound, a later binding of a name replacing the earlier value.
 */
public final class Bindings {

    private final Map<String, Object> start;
    /** The step before this one, and the variable it bound; null for bindings made from a map. */
    private final Bindings previous;
    private final String variable;
    private final Object value;
    private final List<Object> facts;
    private final Map<String, Object> variables = new Variables();

    /** Bindings of {@code variables} (copied) and {@code facts} matched. */
    public Bindings(Map<String, Object> variables, List<Object> facts) {
        this(Collections.unmodifiableMap(new LinkedHashMap<>(variables)), null, null, null, List.copyOf(facts));
    }

    private Bindings(Map<String, Object> start, Bindings previous, String variable, Object value, List<Object> facts) {
        this.start = start;
        this.previous = previous;
        this.variable = variable;
        this.value = value;
        this.facts = facts;
    }

    public static Bindings of(Map<String, Object> variables) {
        return new Bindings(variables, List.of());
    }

    /** The bindings of a firing, without copying them: they never change once recorded. */
    public static Bindings of(Firing firing) {
        return new Bindings(firing.bindings(), null, null, null, List.of());
    }

    public Bindings with(String variable, Object value) {
        return new Bindings(start, this, Objects.requireNonNull(variable), value, facts);
    }

    public Bindings plus(Object fact) {
        List<Object> f = new ArrayList<>(facts.size() + 1);
        f.addAll(facts);
        f.add(fact);
        return new Bindings(start, previous, variable, value, Collections.unmodifiableList(f));
    }

    /** The variables bound, by name: an unmodifiable view. */
    public Map<String, Object> variables() {
        return variables;
    }

    /** The facts matched so far, in pattern order. */
    public List<Object> facts() {
        return facts;
    }

    /** The step that last bound {@code name}, or null when only the starting map may have it. */
    private Bindings stepBinding(Object name) {
        for (Bindings b = this; b.variable != null; b = b.previous) {
            if (b.variable.equals(name)) {
                return b;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bindings b && variables.equals(b.variables) && facts.equals(b.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(variables, facts);
    }

    @Override
    public String toString() {
        return "Bindings[variables=" + variables + ", facts=" + facts + "]";
    }

    /** The variables as a map: looked up along the steps; listed, rarely, by copying them in order. */
    private final class Variables extends AbstractMap<String, Object> {

        @Override
        public Object get(Object name) {
            Bindings step = stepBinding(name);
            return step != null ? step.value : start.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return stepBinding(name) != null || start.containsKey(name);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            List<Bindings> steps = new ArrayList<>();
            for (Bindings b = Bindings.this; b.variable != null; b = b.previous) {
                steps.add(b);
            }
            Map<String, Object> all = new LinkedHashMap<>(start);
            for (int i = steps.size() - 1; i >= 0; i--) {
                all.put(steps.get(i).variable, steps.get(i).value);
            }
            return Collections.unmodifiableMap(all).entrySet();
        }
    }
}
