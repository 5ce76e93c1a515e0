package dev.accord.rules.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the type names written in one DRL file the way Drools does: its imports, the types
 * the pack declares (visible without import in their own package), then the implicit
 * {@code java.lang}. Also knows the pack's function names.
 */
final class TypeScope {

    /** Whether a class exists; looked up without initialising it, so no code of it runs. */
    private static final Map<String, Boolean> EXISTS = new ConcurrentHashMap<>();

    private final String packageName;
    private final Map<String, String> imports = new HashMap<>();
    private final List<String> wildcardImports;
    private final Set<String> declared;
    private final Set<String> functions;

    /**
     * @param declared  the fully qualified names of every type the pack declares
     * @param functions the names of the pack's functions (and imported ones) this file can call
     */
    TypeScope(String packageName, List<String> singleImports, List<String> wildcardImports,
              Set<String> declared, Set<String> functions) {
        this.packageName = packageName == null ? "" : packageName;
        singleImports.forEach(i -> imports.put(i.substring(i.lastIndexOf('.') + 1), i));
        this.wildcardImports = List.copyOf(wildcardImports);
        this.declared = Set.copyOf(declared);
        this.functions = new HashSet<>(functions);
    }

    boolean isFunction(String name) {
        return functions.contains(name);
    }

    /** True for a type the pack declares (by its fully qualified name). */
    boolean isDeclared(String qualifiedName) {
        return declared.contains(qualifiedName);
    }

    /** The fully qualified name a simple type name stands for in this file, or null. */
    String resolve(String simpleName) {
        String imported = imports.get(simpleName);
        if (imported != null) {
            return imported;
        }
        String own = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        if (declared.contains(own)) {
            return own;
        }
        for (String p : wildcardImports) {
            String candidate = p + "." + simpleName;
            if (declared.contains(candidate) || exists(candidate)) {
                return candidate;
            }
        }
        if (exists("java.lang." + simpleName)) {
            return "java.lang." + simpleName;
        }
        return !packageName.isEmpty() && exists(own) ? own : null;
    }

    /** Whether the pack declares a type in this package. */
    boolean declaresIn(String packageName) {
        return declared.stream().anyMatch(d -> d.startsWith(packageName + ".") && d.indexOf('.', packageName.length() + 1) < 0);
    }

    /** Whether a qualified name is a type: declared by the pack, or a class on the class path. */
    boolean isType(String qualifiedName) {
        return declared.contains(qualifiedName) || exists(qualifiedName);
    }

    /**
     * The existing class a name given to {@code declare} stands for, the way Drools resolves it
     * (a qualified name as it is; a simple one through the package's single imports, its own
     * package, {@code java.lang}, then its wildcard imports), or null when the name is new.
     */
    static String existingClass(String name, String packageName, List<String> singleImports, List<String> wildcardImports) {
        if (name.contains(".")) {
            return exists(name) ? name : null;
        }
        for (String i : singleImports) {
            if ((i.equals(name) || i.endsWith("." + name)) && exists(i)) {
                return i;
            }
        }
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add(packageName.isEmpty() ? name : packageName + "." + name);
        candidates.add("java.lang." + name);
        wildcardImports.forEach(w -> candidates.add(w + "." + name));
        return candidates.stream().filter(TypeScope::exists).findFirst().orElse(null);
    }

    static boolean exists(String qualifiedName) {
        if (qualifiedName.isEmpty() || qualifiedName.length() > 500) {
            return false;
        }
        if (EXISTS.size() > 50_000) {
            EXISTS.clear(); // fuzzed or generated packs must not grow the cache without end
        }
        return EXISTS.computeIfAbsent(qualifiedName, TypeScope::load);
    }

    private static boolean load(String name) {
        // Nested classes: java.util.Map.Entry is java.util.Map$Entry to a class loader.
        String binary = name;
        while (true) {
            try {
                Class.forName(binary, false, TypeScope.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return false;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
                if (binary.indexOf('.') < 0) {
                    return false;
                }
            }
        }
    }
}
