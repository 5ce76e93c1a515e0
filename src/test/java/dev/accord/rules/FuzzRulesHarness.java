package dev.accord.rules;

import dev.accord.RulePolicy;
import java.util.List;

/** Lets the fuzz tests drive the parser and the policy check, which are package-private. */
public final class FuzzRulesHarness {

    private FuzzRulesHarness() {
    }

    /** Parses and checks one DRL file under strict; throws InvalidRulesException when it is wrong. */
    public static void parseAndCheck(String path, String drl) {
        PackCompiler.parseAndCheck(List.of(DrlSource.of(path, drl)), RulePolicy.strict());
    }

    /** Parses, checks and compiles one DRL file. */
    public static CompiledRules compile(String path, String drl, RulePolicy policy) {
        return PackCompiler.compile(List.of(DrlSource.of(path, drl)), policy);
    }

    /** Reads a pack.yaml. */
    public static void readManifest(String text) {
        dev.accord.facts.Problems problems = new dev.accord.facts.Problems();
        ManifestReader.read(text, problems);
    }
}
