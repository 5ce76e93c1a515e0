package dev.accord;

import dev.accord.engine.BoundFact;
import dev.accord.engine.FactBinder;
import dev.accord.engine.SessionRecord;
import dev.accord.engine.SessionRunner;
import dev.accord.rules.Action;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Condition;
import dev.accord.rules.Manifest;
import dev.accord.rules.PackCache;
import dev.accord.rules.PackLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A compiled rule pack: the conditions and actions of {@code pack.yaml} and the rules of its DRL
 * files. Immutable and safe to share between threads; every {@link #evaluate} runs in its own
 * Drools session.
 *
 * <pre>{@code
 * RulePack pack = RulePack.load(Path.of("rules/nato-afghanistan"));
 * Decision decision = pack.evaluate(FactSet.load(Path.of("facts/2021-02-15-nato-ministerial.yaml")));
 * }</pre>
 */
public final class RulePack {

    private final Path directory;
    private final Manifest manifest;
    private final CompiledRules rules;

    private RulePack(Path directory, Manifest manifest, CompiledRules rules) {
        this.directory = directory;
        this.manifest = manifest;
        this.rules = rules;
    }

    /**
     * Reads {@code pack.yaml} and compiles every {@code .drl} file under {@code directory}.
     *
     * @throws InvalidRulesException with every problem found; file names in its diagnostics are
     *                               relative to {@code directory}
     */
    public static RulePack load(Path directory) {
        return load(directory, PackCache.none());
    }

    /**
     * Like {@link #load(Path)}, but takes the compiled rules from {@code cache} when it holds
     * them for exactly the pack's current DRL files, and stores them there after compiling
     * otherwise. The result is the same pack either way; only the time to load differs.
     *
     * @throws InvalidRulesException with every problem found (a pack with errors is never cached)
     */
    public static RulePack load(Path directory, PackCache cache) {
        PackLoader.Loaded loaded = PackLoader.load(directory, cache);
        return new RulePack(directory, loaded.manifest(), loaded.rules());
    }

    /**
     * Decides on the facts: binds them to the pack's types, runs the rules in a fresh session and
     * explains the result.
     *
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails or the rules loop
     */
    public Decision evaluate(FactSet facts) {
        List<BoundFact> bound = FactBinder.bind(facts.data(), rules.types());
        SessionRecord record;
        try {
            record = SessionRunner.run(rules, bound, SessionRunner.DEFAULT_FIRING_LIMIT);
        } catch (EvaluationException e) {
            throw new EvaluationException(e.diagnostics(), directory);
        }
        return DecisionAssembler.assemble(this, facts, record);
    }

    public Path directory() {
        return directory;
    }

    public String name() {
        return manifest.name();
    }

    public String title() {
        return manifest.title();
    }

    public Manifest manifest() {
        return manifest;
    }

    public List<Condition> conditions() {
        return manifest.conditions();
    }

    public List<Action> actions() {
        return manifest.actions();
    }

    /** How many rules the pack's DRL defines. */
    public int ruleCount() {
        return rules.rules().size();
    }

    /** Compiler warnings; the pack is usable despite them. */
    public List<Diagnostic> warnings() {
        return rules.warnings();
    }

    @Override
    public String toString() {
        return "RulePack[" + manifest.name() + " at " + directory + "]";
    }
}
