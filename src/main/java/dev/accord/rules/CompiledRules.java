package dev.accord.rules;

import dev.accord.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * A pack's DRL compiled by Drools, with what Accord needs beside it: where each rule is written
 * and what it explains, each rule's structure, the types fact sets may use, and the names its
 * expressions use. Immutable; the {@link KieBase} is shared by all evaluations, each of which
 * opens its own session.
 *
 * @param rules  by {@link RuleInfo#key()}, in file and then source order
 * @param shapes by {@link RuleInfo#key()}, same order
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, RuleShape> shapes,
        PackTypes types, EvaluationImports imports, List<Diagnostic> warnings) {

    public Optional<RuleInfo> rule(String packageName, String name) {
        return Optional.ofNullable(rules.get(RuleInfo.key(packageName, name)));
    }

    public Optional<RuleShape> shape(RuleInfo rule) {
        return Optional.ofNullable(shapes.get(rule.key()));
    }
}
