package dev.accord;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Java a rule pack's DRL may use, checked before the pack is compiled. Shaped like jsoup's
 * {@code Safelist}: start from a preset and extend it.
 *
 * <pre>{@code
 * RulePack.load(dir);                                        // strict()
 * RulePack.load(dir, RulePolicy.strict().allowClass("java.util.logging.Logger"));
 * RulePack.load(dir, RulePolicy.trusted());                  // no check at all
 * }</pre>
 *
 * {@link #strict()} allows Accord's vocabulary, the types and functions the pack declares itself,
 * {@code String}, {@code Math}, the boxed numbers, {@code java.math}, {@code java.time} and the
 * collections of {@code java.util}; in actions the calls {@code insert}, {@code insertLogical},
 * {@code modify}, {@code update}, {@code delete} (and its old name {@code retract}). Whatever else
 * a name, a call or a type refers to is refused, with the line it is on. A policy is immutable:
 * {@code allow...} returns a new one. See {@code docs/SECURITY.md} for what a policy can and
 * cannot promise.
 */
public final class RulePolicy {

    private static final Set<String> STRICT_CLASSES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder",
            "java.lang.Math", "java.lang.StrictMath", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
            "java.lang.Exception", "java.lang.RuntimeException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException", "java.lang.ArithmeticException", "java.lang.NumberFormatException",
            "java.lang.NullPointerException", "java.lang.UnsupportedOperationException",
            "java.lang.IndexOutOfBoundsException",
            "java.util.Collection", "java.util.List", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap", "java.util.NavigableMap",
            "java.util.Deque", "java.util.ArrayDeque", "java.util.Queue", "java.util.Iterator",
            "java.util.Collections", "java.util.Arrays", "java.util.Objects", "java.util.Optional",
            "java.util.Comparator", "java.util.NoSuchElementException");

    private static final Set<String> STRICT_PACKAGES = Set.of(
            "dev.accord.vocabulary", "java.time", "java.math", "java.util.function", "java.util.stream");

    private static final Set<String> STRICT_ACTIONS = Set.of(
            "insert", "insertLogical", "modify", "update", "delete", "retract");

    private static final RulePolicy TRUSTED = new RulePolicy(false, Set.of(), Set.of(), Set.of());
    private static final RulePolicy STRICT = new RulePolicy(true, STRICT_CLASSES, STRICT_PACKAGES, STRICT_ACTIONS);

    private final boolean checks;
    private final Set<String> classes;
    private final Set<String> packages;
    private final Set<String> actions;

    private RulePolicy(boolean checks, Set<String> classes, Set<String> packages, Set<String> actions) {
        this.checks = checks;
        this.classes = Collections.unmodifiableSet(new TreeSet<>(classes));
        this.packages = Collections.unmodifiableSet(new TreeSet<>(packages));
        this.actions = Collections.unmodifiableSet(new TreeSet<>(actions));
    }

    /**
     * The default: the vocabulary, the pack's own types, and a small, side-effect-free part of the JDK.
     *
     * @return the strict policy
     */
    public static RulePolicy strict() {
        return STRICT;
    }

    /**
     * No check: the DRL may do anything Java can. Only for rules you would run as code of your
     * own; see {@code docs/SECURITY.md}.
     *
     * @return the policy that checks nothing
     */
    public static RulePolicy trusted() {
        return TRUSTED;
    }

    /**
     * Also allows these classes, their nested classes too.
     *
     * @param qualifiedNames fully qualified class names, e.g. {@code java.util.logging.Logger}
     * @return a new policy; this one is unchanged
     * @throws IllegalArgumentException when a name is not a qualified Java name
     * @throws IllegalStateException    on {@link #trusted()}, which allows everything already
     */
    public RulePolicy allowClass(String... qualifiedNames) {
        requireChecking("allowClass");
        Set<String> more = new TreeSet<>(classes);
        Arrays.stream(qualifiedNames).map(RulePolicy::qualified).forEach(more::add);
        return new RulePolicy(true, more, packages, actions);
    }

    /**
     * Also allows every class of these packages and of their subpackages.
     *
     * @param packageNames package names, e.g. {@code java.text}
     * @return a new policy; this one is unchanged
     * @throws IllegalArgumentException when a name is not a qualified Java name
     * @throws IllegalStateException    on {@link #trusted()}, which allows everything already
     */
    public RulePolicy allowPackage(String... packageNames) {
        requireChecking("allowPackage");
        Set<String> more = new TreeSet<>(packages);
        Arrays.stream(packageNames).map(RulePolicy::qualified).forEach(more::add);
        return new RulePolicy(true, classes, more, actions);
    }

    /**
     * Whether DRL is checked at all.
     *
     * @return false for {@link #trusted()}: nothing is checked
     */
    public boolean checks() {
        return checks;
    }

    /**
     * The classes allowed one by one.
     *
     * @return their qualified names, sorted, unmodifiable
     */
    public Set<String> classes() {
        return classes;
    }

    /**
     * The packages allowed, with their subpackages.
     *
     * @return their names, sorted, unmodifiable
     */
    public Set<String> packages() {
        return packages;
    }

    /**
     * The engine calls an action may make without a receiver, such as {@code insertLogical}.
     *
     * @return their names, sorted, unmodifiable
     */
    public Set<String> actions() {
        return actions;
    }

    /**
     * Whether DRL may use a class.
     *
     * @param qualifiedName the class's fully qualified name
     * @return true when the class, a class it is nested in, or its package is allowed; always for {@link #trusted()}
     */
    public boolean allowsClass(String qualifiedName) {
        if (!checks) {
            return true;
        }
        for (String prefix = qualifiedName; !prefix.isEmpty(); prefix = parent(prefix)) {
            if (classes.contains(prefix) || packages.contains(prefix) && !prefix.equals(qualifiedName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an action may make an engine call without a receiver.
     *
     * @param name the call, such as {@code insert}
     * @return true when it is among {@link #actions()}; always for {@link #trusted()}
     */
    public boolean allowsAction(String name) {
        return !checks || actions.contains(name);
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private void requireChecking(String method) {
        if (!checks) {
            throw new IllegalStateException(method + " on the trusted policy, which allows everything already");
        }
    }

    private static String qualified(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!trimmed.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*")) {
            throw new IllegalArgumentException("not a qualified Java name: '" + name + "'");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        if (!checks) {
            return "RulePolicy.trusted()";
        }
        return "RulePolicy[classes=" + classes + ", packages=" + packages + ", actions=" + actions + "]";
    }
}
