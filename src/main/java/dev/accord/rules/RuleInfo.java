package dev.accord.rules;

import dev.accord.Location;

/**
 * What a pack says about one rule, taken from its DRL: where it is written and the sentence of
 * its {@code @explain} annotation (null when it has none).
 */
public record RuleInfo(String packageName, String name, Location location, String explainTemplate) {

    /** The key rules are found by at run time: package and name. */
    public static String key(String packageName, String name) {
        return packageName + "/" + name;
    }

    public String key() {
        return key(packageName, name);
    }
}
