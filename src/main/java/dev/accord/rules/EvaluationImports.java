package dev.accord.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
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
 */
public record EvaluationImports(Map<String, Class<?>> classes, List<String> packages, ClassLoader loader) {

    static EvaluationImports of(InternalKnowledgeBase kieBase, List<PackageDescr> descrs) {
        ClassLoader loader = kieBase.getRootClassLoader();
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        List<String> packages = new ArrayList<>();
        for (PackageDescr p : descrs) {
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
        return new EvaluationImports(java.util.Collections.unmodifiableMap(classes), List.copyOf(packages), loader);
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
