package dev.accord.rules;

import dev.accord.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * A pack's DRL compiled by Drools, with what Accord needs beside it: where each rule is written
 * and what it explains, and the types fact sets may use. Immutable; the {@link KieBase} is
 * shared by all evaluations, each of which opens its own session.
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, PackTypes types, List<Diagnostic> warnings) {

    public Optional<RuleInfo> rule(String packageName, String name) {
        return Optional.ofNullable(rules.get(RuleInfo.key(packageName, name)));
    }
}
