package dev.accord.rules;

import dev.accord.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * A pack's DRL compiled by Drools, with what Accord needs beside it: where each rule is written
 * and what it explains, each rule's structure, the types fact sets may use, and the names its
 * expressions use. Immutable; the {@link KieBase} is shared by all evaluations, each of which
 * opens its own session.
 */
public final class CompiledRules {

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Map<String, RuleShape> shapes;
    private final PackTypes types;
    private final EvaluationImports imports;
    private final List<Diagnostic> warnings;
    private final SessionTraits sessionTraits;
    /**
     * The rules by package, then name: every firing looks its rule up as the engine names it,
     * and making a {@link RuleInfo#key} of those names for each lookup was a measurable part
     * of recording a firing.
     */
    private final Map<String, Map<String, RuleInfo>> byPackage = new HashMap<>();

    /**
     * @param rules  by {@link RuleInfo#key()}, in file and then source order
     * @param shapes by {@link RuleInfo#key()}, same order
     */
    public CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, RuleShape> shapes, PackTypes types,
            EvaluationImports imports, List<Diagnostic> warnings) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.shapes = shapes;
        this.types = types;
        this.imports = imports;
        this.warnings = warnings;
        this.sessionTraits = SessionTraits.of(kieBase, shapes, types);
        rules.values().forEach(r -> byPackage.computeIfAbsent(r.packageName(), p -> new HashMap<>()).put(r.name(), r));
    }

    public Optional<RuleInfo> rule(String packageName, String name) {
        Map<String, RuleInfo> inPackage = byPackage.get(packageName);
        return Optional.ofNullable(inPackage == null ? null : inPackage.get(name));
    }

    public Optional<RuleShape> shape(RuleInfo rule) {
        return Optional.ofNullable(shapes.get(rule.key()));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** By {@link RuleInfo#key()}, in file and then source order. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** By {@link RuleInfo#key()}, in file and then source order. */
    public Map<String, RuleShape> shapes() {
        return shapes;
    }

    public PackTypes types() {
        return types;
    }

    public EvaluationImports imports() {
        return imports;
    }

    /** Whether sessions may be reused, and timelines advanced date by date, without changing any answer. */
    public SessionTraits sessionTraits() {
        return sessionTraits;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }
}
