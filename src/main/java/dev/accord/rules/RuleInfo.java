package dev.accord.rules;

import dev.accord.Location;
import java.util.Objects;

/**
 * What a pack says about one rule, taken from its DRL: where it is written and the sentence of
 * its {@code @explain} annotation (null when it has none). Immutable, and equal to another with
 * the same four parts, like a record; a class only to keep its {@link #key()}, which every
 * explained firing looks its rule's structure up by.
 */
public final class RuleInfo {

    private final String packageName;
    private final String name;
    private final Location location;
    private final String explainTemplate;
    private final String key;
    private final dev.accord.Rule rule;

    public RuleInfo(String packageName, String name, Location location, String explainTemplate) {
        this.packageName = packageName;
        this.name = name;
        this.location = location;
        this.explainTemplate = explainTemplate;
        this.key = key(packageName, name);
        this.rule = new dev.accord.Rule(packageName, name, location);
    }

    /** The rule as the API names it, without what only the engine needs (its key, its template). */
    public dev.accord.Rule rule() {
        return rule;
    }

    /** The key rules are found by at run time: package and name. */
    public static String key(String packageName, String name) {
        return packageName + "/" + name;
    }

    public String key() {
        return key;
    }

    public String packageName() {
        return packageName;
    }

    public String name() {
        return name;
    }

    public Location location() {
        return location;
    }

    public String explainTemplate() {
        return explainTemplate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleInfo r && Objects.equals(packageName, r.packageName) && Objects.equals(name, r.name)
                && Objects.equals(location, r.location) && Objects.equals(explainTemplate, r.explainTemplate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packageName, name, location, explainTemplate);
    }

    @Override
    public String toString() {
        return "RuleInfo[packageName=" + packageName + ", name=" + name + ", location=" + location
                + ", explainTemplate=" + explainTemplate + "]";
    }
}
