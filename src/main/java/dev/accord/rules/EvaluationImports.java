package dev.accord.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;

/**
 * The names a pack's expressions may use, so that Accord can evaluate a constraint such as
 * {@code status == TieStatus.ACTIVE} outside the engine: the pack's declared types and enums,
 * its imports, and the class loader that holds the declared types.
 *
 * @param classes  simple name to class
 * @param packages packages imported with {@code .*}, and the packs' own packages
 * @param functions the pack's DRL functions, by name: Drools compiles each into a static method
 *                  of a class of its own, which an expression such as {@code eval( perMonth( $x ) )}
 *                  can call only when the name is imported as that method
 * @param accumulateFunctions the accumulate functions the pack imports ({@code import accumulate
 *                  com.example.Tally tally;}), by the name the rules call them: why-not computes
 *                  their value over the facts with the class Drools itself uses
 */
public record EvaluationImports(Map<String, Class<?>> classes, List<String> packages, ClassLoader loader,
        Map<String, Method> functions, Map<String, Class<?>> accumulateFunctions) {

    public EvaluationImports(Map<String, Class<?>> classes, List<String> packages, ClassLoader loader) {
        this(classes, packages, loader, Map.of(), Map.of());
    }

    static EvaluationImports of(InternalKnowledgeBase kieBase, List<PackageDescr> descrs) {
        ClassLoader loader = kieBase.getRootClassLoader();
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        List<String> packages = new ArrayList<>();
        Map<String, Method> functions = new LinkedHashMap<>();
        Map<String, Class<?>> accumulateFunctions = new LinkedHashMap<>();
        for (PackageDescr p : descrs) {
            p.getAccumulateImports().forEach(a -> {
                try {
                    accumulateFunctions.putIfAbsent(a.getFunctionName(), Class.forName(a.getTarget(), false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable: Drools reported it when it compiled the pack
                }
            });
            for (FunctionDescr f : p.getFunctions()) {
                function(p.getNamespace(), f.getName(), loader).ifPresent(m -> functions.putIfAbsent(f.getName(), m));
            }
            if (!packages.contains(p.getNamespace())) {
                packages.add(p.getNamespace());
            }
            for (TypeDeclarationDescr t : p.getTypeDeclarations()) {
                load(p.getNamespace() + "." + t.getTypeName(), loader, classes);
            }
            for (EnumDeclarationDescr e : p.getEnumDeclarations()) {
                load(p.getNamespace() + "." + e.getTypeName(), loader, classes);
            }
            for (ImportDescr i : p.getImports()) {
                String target = i.getTarget();
                if (target.endsWith(".*")) {
                    String pkg = target.substring(0, target.length() - 2);
                    if (!packages.contains(pkg)) {
                        packages.add(pkg);
                    }
                } else {
                    load(target, loader, classes);
                }
            }
        }
        return new EvaluationImports(java.util.Collections.unmodifiableMap(classes), List.copyOf(packages), loader,
                java.util.Collections.unmodifiableMap(functions), java.util.Collections.unmodifiableMap(accumulateFunctions));
    }

    /** The static method Drools compiled a DRL function into: {@code pkg.PerMonth.perMonth(...)}. */
    private static Optional<Method> function(String pkg, String name, ClassLoader loader) {
        String type = pkg + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            for (Method m : Class.forName(type, false, loader).getMethods()) {
                if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
                    return Optional.of(m);
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not compiled: Drools reported why when it compiled the pack
        }
        return Optional.empty();
    }

    private static void load(String name, ClassLoader loader, Map<String, Class<?>> classes) {
        try {
            Class<?> c = Class.forName(name, false, loader);
            classes.putIfAbsent(c.getSimpleName(), c);
        } catch (ClassNotFoundException | LinkageError e) {
            // Drools reported what it could not resolve when it compiled the pack.
        }
    }
}
