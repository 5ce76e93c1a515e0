package dev.accord;

import dev.accord.engine.BoundFact;
import dev.accord.engine.FactBinder;
import dev.accord.engine.SessionRecord;
import dev.accord.engine.SessionRunner;
import dev.accord.rules.Action;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Condition;
import dev.accord.rules.Manifest;
import dev.accord.rules.PackLoader;
import dev.accord.rules.policy.RulePolicy;
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
     * Reads {@code pack.yaml} and compiles every {@code .drl} file under {@code directory}, after
     * checking the DRL against {@link RulePolicy#strict()}.
     *
     * @throws InvalidRulesException with every problem found (refusals of the policy included);
     *                               file names in its diagnostics are relative to {@code directory}
     */
    public static RulePack load(Path directory) {
        return load(directory, LoadOptions.defaults());
    }

    /**
     * Like {@link #load(Path)}, checking the DRL against {@code policy}; {@link RulePolicy#trusted()}
     * checks nothing.
     */
    public static RulePack load(Path directory, RulePolicy policy) {
        return load(directory, LoadOptions.defaults().withPolicy(policy));
    }

    /** Like {@link #load(Path)}, with the given policy and compile timeout. */
    public static RulePack load(Path directory, LoadOptions options) {
        PackLoader.Loaded loaded = PackLoader.load(directory, options.policy(), options.compileTimeout());
        return new RulePack(directory, loaded.manifest(), loaded.rules());
    }

    /**
     * Decides on the facts: binds them to the pack's types, runs the rules in a fresh session and
     * explains the result.
     *
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails, or the evaluation passes the
     *                               {@linkplain EvaluationLimits#defaults() default limits}
     */
    public Decision evaluate(FactSet facts) {
        return evaluate(facts, EvaluationLimits.defaults());
    }

    /**
     * Like {@link #evaluate(FactSet)}, with other limits on rule firings and time. Passing a limit
     * ends this evaluation only: the pack stays usable.
     */
    public Decision evaluate(FactSet facts, EvaluationLimits limits) {
        List<BoundFact> bound = FactBinder.bind(facts.data(), rules.types());
        SessionRecord record;
        try {
            record = SessionRunner.run(rules, bound, limits.maxFirings(), limits.timeout());
        } catch (EvaluationException e) {
            throw new EvaluationException(e.diagnostics(), directory);
        }
        return DecisionAssembler.assemble(this, facts, record, rules);
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

    /** The rules of the pack's DRL, in file and then source order. */
    public List<dev.accord.rules.RuleInfo> rules() {
        return List.copyOf(rules.rules().values());
    }

    /** The structure of each rule, in the same order: what analyses of the pack work from. */
    public List<dev.accord.rules.RuleShape> shapes() {
        return List.copyOf(rules.shapes().values());
    }

    /** The Java class facts of this type become: a declared type or an imported class. */
    public java.util.Optional<Class<?>> factType(String name) {
        return rules.types().find(name);
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
