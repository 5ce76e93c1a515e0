package dev.accord.engine;

import dev.accord.rules.EvaluationImports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The class a pattern's type name stands for, as the DRL resolves it: its imports, its packages, then java.lang. */
final class TypeNames {

    private TypeNames() {
    }

    static Optional<Class<?>> resolve(EvaluationImports imports, String name) {
        Class<?> known = imports.classes().get(name);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> packages = new ArrayList<>(imports.packages());
        packages.add("java.lang");
        for (String pkg : packages) {
            try {
                return Optional.of(Class.forName(pkg + "." + name, false, imports.loader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next package
            }
        }
        try {
            return Optional.of(Class.forName(name, false, imports.loader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
