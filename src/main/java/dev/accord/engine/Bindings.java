package dev.accord.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partial match of a rule's conditions: the variables bound so far and the facts matched so
 * far, in pattern order. Immutable; each step of a search makes a new one.
 */
public record Bindings(Map<String, Object> variables, List<Object> facts) {

    public static Bindings of(Map<String, Object> variables) {
        return new Bindings(Collections.unmodifiableMap(new LinkedHashMap<>(variables)), List.of());
    }

    public Bindings with(String variable, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(variables);
        v.put(variable, value);
        return new Bindings(Collections.unmodifiableMap(v), facts);
    }

    public Bindings plus(Object fact) {
        List<Object> f = new ArrayList<>(facts);
        f.add(fact);
        return new Bindings(variables, Collections.unmodifiableList(f));
    }
}
