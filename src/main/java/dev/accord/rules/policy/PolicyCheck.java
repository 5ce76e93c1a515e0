package dev.accord.rules.policy;

import dev.accord.Diagnostic;
import dev.accord.RulePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Checks a pack's parsed DRL against a {@link RulePolicy} before anything of it is compiled
 * (compiling already runs code of the pack: Drools evaluates rule annotations with MVEL).
 */
public final class PolicyCheck {

    /** One DRL file: its path in the pack, its text, and what Drools' parser made of it. */
    public record DrlFile(String path, String text, PackageDescr descr) {
    }

    private PolicyCheck() {
    }

    /** Every refusal, in file order; empty when the policy allows everything. */
    public static List<Diagnostic> check(RulePolicy policy, List<DrlFile> files) {
        if (!policy.checks()) {
            return List.of();
        }
        Map<String, List<String>> singleImports = new HashMap<>();
        Map<String, List<String>> wildcardImports = new HashMap<>();
        for (DrlFile f : files) {
            PackageDescr p = f.descr();
            for (ImportDescr i : p.getImports()) {
                String target = UnicodeEscapes.decode(i.getTarget()).text();
                if (target.endsWith(".*")) {
                    wildcardImports.computeIfAbsent(namespace(p), k -> new ArrayList<>()).add(target.substring(0, target.length() - 2));
                } else {
                    singleImports.computeIfAbsent(namespace(p), k -> new ArrayList<>()).add(target);
                }
            }
        }
        Set<String> declared = new HashSet<>();
        Map<AbstractClassTypeDeclarationDescr, String> existing = new IdentityHashMap<>();
        Map<String, Set<String>> functionsByPackage = new HashMap<>();
        for (DrlFile f : files) {
            PackageDescr p = f.descr();
            List<AbstractClassTypeDeclarationDescr> types = new ArrayList<>(p.getTypeDeclarations());
            types.addAll(p.getEnumDeclarations());
            for (AbstractClassTypeDeclarationDescr t : types) {
                // Drools resolves a declared name as any type name (the package's imports, its own
                // package, java.lang) and, when that finds a class, only adds metadata to it: the
                // name then stands for that class, not for a type of the pack's own.
                String name = UnicodeEscapes.decode(t.getTypeName()).text();
                String found = TypeScope.existingClass(name, namespace(p),
                        singleImports.getOrDefault(namespace(p), List.of()), wildcardImports.getOrDefault(namespace(p), List.of()));
                if (found != null) {
                    existing.put(t, found);
                } else {
                    declared.add(qualified(p.getNamespace(), name));
                }
            }
            Set<String> functions = functionsByPackage.computeIfAbsent(p.getNamespace(), k -> new HashSet<>());
            p.getFunctions().forEach(fn -> functions.add(fn.getName()));
        }
        Refusals refusals = new Refusals();
        for (DrlFile f : files) {
            PackageDescr p = f.descr();
            List<String> single = new ArrayList<>();
            List<String> wildcard = new ArrayList<>();
            for (ImportDescr i : p.getImports()) {
                String target = UnicodeEscapes.decode(i.getTarget()).text();
                (target.endsWith(".*") ? wildcard : single).add(target.endsWith(".*") ? target.substring(0, target.length() - 2) : target);
            }
            Set<String> functions = new HashSet<>(functionsByPackage.getOrDefault(p.getNamespace(), Set.of()));
            for (FunctionImportDescr i : p.getFunctionImports()) {
                functions.add(i.getTarget().substring(i.getTarget().lastIndexOf('.') + 1));
            }
            TypeScope scope = new TypeScope(p.getNamespace(), single, wildcard, declared, functions);
            DrlText drl = new DrlText(f.path(), f.text());
            EscapeScan.check(drl, refusals);
            new FileChecker(policy, drl, p, scope, refusals, existing).check();
        }
        return refusals.sorted();
    }

    private static String namespace(PackageDescr p) {
        return p.getNamespace() == null ? "" : p.getNamespace();
    }

    private static String qualified(String namespace, String name) {
        if (name.contains(".")) {
            return name;
        }
        return namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
    }
}
