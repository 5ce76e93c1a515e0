package dev.accord.differential;

import java.util.List;

/**
 * A difference between Accord and plain Drools: the check that found it, the pack and fact set
 * (and the other fact set evaluated before, for the checks that use one), what differs, and both
 * answers in full.
 */
public record Finding(Check check, GeneratedPack pack, GeneratedFacts facts, GeneratedFacts other, List<String> differences,
        String accord, String oracle) {

    /** Everything needed to reproduce it by hand: seed, DRL, pack.yaml, fact set(s), both answers. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("check ").append(check).append(": ").append(check.description()).append('\n');
        out.append("pack ").append(pack.name()).append(", seed ").append(pack.seed()).append(", features used: ")
                .append(pack.featureNames()).append('\n');
        out.append("differences (Accord vs Drools):\n");
        differences.forEach(d -> out.append("  ").append(d).append('\n'));
        out.append("Accord: ").append(accord).append('\n');
        out.append("Drools: ").append(oracle).append('\n');
        out.append("--- pack.yaml\n").append(pack.packYaml());
        out.append("--- rules.drl\n").append(pack.drl());
        out.append("--- ").append(facts.name()).append(".yaml\n").append(facts.yaml());
        if (other != null && usesOther()) {
            out.append("--- evaluated just before, on the same RulePack: ").append(other.name()).append(".yaml\n").append(other.yaml());
        }
        return out.toString();
    }

    boolean usesOther() {
        return check == Check.EVALUATE_AFTER_ANOTHER_FACT_SET;
    }

}
