package dev.accord;

import dev.accord.engine.AsOf;
import dev.accord.engine.CompiledExpressions;
import dev.accord.engine.FactFeed;
import dev.accord.engine.SessionPool;
import dev.accord.engine.SessionRecord;
import dev.accord.engine.SessionRunner;
import dev.accord.internal.Internals;
import dev.accord.rules.ClasspathPack;
import dev.accord.rules.CompiledRules;
import dev.accord.rules.Manifest;
import dev.accord.rules.PackLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A compiled rule pack: the conditions and actions of {@code pack.yaml} and the rules of its DRL
 * files. Immutable and safe to share between threads; every {@link #evaluate} runs in a Drools
 * session of its own, never shared while in use (sessions are emptied and reused afterwards,
 * which saves building the rule network's memory each time).
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
    private final SessionPool sessions;
    private final CompiledExpressions expressions;

    static {
        Internals.registerPacks(RulePack::compiled);
    }

    private RulePack(Path directory, Manifest manifest, CompiledRules rules) {
        this.directory = directory;
        this.manifest = manifest;
        this.rules = rules;
        this.sessions = new SessionPool(rules);
        this.expressions = new CompiledExpressions(rules.imports());
    }

    /**
     * Reads {@code pack.yaml} and compiles every {@code .drl} file under {@code directory}, after
     * checking the DRL against {@link RulePolicy#strict()}.
     *
     * @param directory the pack's folder, holding {@code pack.yaml}
     * @return the compiled pack, ready to evaluate from any number of threads
     * @throws InvalidRulesException with every problem found (refusals of the policy included);
     *                               file names in its diagnostics are relative to {@code directory}
     */
    public static RulePack load(Path directory) {
        return load(directory, LoadOptions.defaults());
    }

    /**
     * Like {@link #load(Path)}, checking the DRL against {@code policy}; {@link RulePolicy#trusted()}
     * checks nothing.
     *
     * @param directory the pack's folder, holding {@code pack.yaml}
     * @param policy    what the DRL may use (classes, functions, side effects)
     * @return the compiled pack
     * @throws InvalidRulesException with every problem found, refusals of the policy included
     */
    public static RulePack load(Path directory, RulePolicy policy) {
        return load(directory, LoadOptions.defaults().withPolicy(policy));
    }

    /**
     * Like {@link #load(Path)}, with the given policy, compile timeout and cache; with a
     * {@linkplain LoadOptions#withCache cache}, the compiled rules are taken from it when it holds
     * them for exactly the pack's current DRL files, and stored there after compiling otherwise.
     *
     * @param directory the pack's folder, holding {@code pack.yaml}
     * @param options   policy, compile timeout and cache; {@link LoadOptions#defaults()} for none
     * @return the compiled pack
     * @throws InvalidRulesException with every problem found, or when compiling passes the timeout
     *                               (a pack with errors is never cached)
     */
    public static RulePack load(Path directory, LoadOptions options) {
        PackLoader.Loaded loaded = PackLoader.load(directory, options.policy(), options.compileTimeout(), options.cache());
        return new RulePack(directory, loaded.manifest(), loaded.rules());
    }

    /**
     * Loads a pack folder from the class path, e.g. one the application ships in its own jar:
     * {@code pack.yaml} and every {@code .drl} file below it, found with the thread's context
     * class loader (or this library's, when the thread has none), checked against
     * {@link RulePolicy#strict()}. The folder may be a folder of the file system or one inside a
     * jar, a jar nested in another included.
     *
     * @param folder a resource path such as {@code "packs/orders"}
     * @return the compiled pack
     * @throws InvalidRulesException when there is no {@code pack.yaml} there, or with every problem of the pack
     */
    public static RulePack fromClasspath(String folder) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return fromClasspath(folder, context != null ? context : RulePack.class.getClassLoader(), LoadOptions.defaults());
    }

    /**
     * Like {@link #fromClasspath(String)}, finding the folder with {@code loader} and loading it
     * with {@code options}; diagnostics name the pack's files relative to {@code folder}.
     *
     * @param folder  a resource path such as {@code "packs/orders"}
     * @param loader  the class loader whose resources hold the folder
     * @param options policy, compile timeout and cache
     * @return the compiled pack
     * @throws InvalidRulesException when there is no {@code pack.yaml} there, or with every problem of the pack
     */
    public static RulePack fromClasspath(String folder, ClassLoader loader, LoadOptions options) {
        ClasspathPack.Found found = ClasspathPack.find(folder, loader);
        if (found instanceof ClasspathPack.Folder f) {
            return load(f.directory(), options);
        }
        ClasspathPack.Texts texts = (ClasspathPack.Texts) found;
        return fromTexts(Path.of(folder), texts.manifest(), texts.drl(), options);
    }

    /**
     * Starts a pack given as text rather than files: a {@code pack.yaml} and DRL files, each
     * named as diagnostics should name it.
     *
     * @param name names the pack in reports and diagnostics where a folder would be
     * @return a new builder; {@link RulePackBuilder#build()} compiles the pack
     */
    public static RulePackBuilder builder(String name) {
        return new RulePackBuilder(name);
    }

    static RulePack fromTexts(Path base, String manifest, java.util.Map<String, String> drl, LoadOptions options) {
        PackLoader.Loaded loaded = PackLoader.load(base, manifest, drl, options.policy(), options.compileTimeout(),
                options.cache());
        return new RulePack(base, loaded.manifest(), loaded.rules());
    }

    /**
     * Decides on the facts: binds them to the pack's types, runs the rules in a fresh session and
     * explains the result. Safe to call from many threads at once.
     *
     * @param facts the facts to decide on, as of their own {@code asOf} date when they state one
     * @return the decision with its explanation, deeply immutable
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails, or the evaluation passes the
     *                               {@linkplain EvaluationLimits#defaults() default limits}
     */
    public Decision evaluate(FactSet facts) {
        return evaluate(facts, facts.asOf().orElse(null), EvaluationLimits.defaults());
    }

    /**
     * Like {@link #evaluate(FactSet)}, with other limits on rule firings and time. Passing a limit
     * ends this evaluation only: the pack stays usable.
     *
     * @param facts  the facts to decide on, as of their own {@code asOf} date when they state one
     * @param limits rule firings, time, and the thread the rules run on
     * @return the decision with its explanation
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails or the evaluation passes a limit
     */
    public Decision evaluate(FactSet facts, EvaluationLimits limits) {
        return evaluate(facts, facts.asOf().orElse(null), limits);
    }

    /**
     * Decides on the facts as they stood at the end of {@code asOf}: facts dated later (see
     * {@code @dated} and events' {@code @timestamp}) are left out, and the session clock, which
     * windows and temporal operators read, stands at the last moment of that day. A null
     * {@code asOf} sees every fact, with the clock at the end of the latest date any fact has.
     *
     * @param facts the facts to decide on
     * @param asOf  the day the decision speaks for, or null for every fact
     * @return the decision with its explanation
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails or the rules loop
     */
    public Decision evaluate(FactSet facts, LocalDate asOf) {
        return evaluate(facts, asOf, EvaluationLimits.defaults());
    }

    /**
     * Decides as of a date, within limits on rule firings and time; see
     * {@link #evaluate(FactSet, LocalDate)} for what the date does.
     *
     * @param facts  the facts to decide on
     * @param asOf   the day the decision speaks for, or null for every fact
     * @param limits rule firings, time, and the thread the rules run on
     * @return the decision with its explanation
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails or the evaluation passes a limit
     */
    public Decision evaluate(FactSet facts, LocalDate asOf, EvaluationLimits limits) {
        try {
            return SessionRunner.run(rules, sessions, () -> FactFeed.of(facts.data(), rules.types()), asOf,
                    limits.maxFirings(), limits.timeout(), limits.maxMemory(), limits.executor().orElse(null),
                    record -> DecisionAssembler.assemble(this, facts, asOf, record, rules));
        } catch (EvaluationException e) {
            throw new EvaluationException(e.diagnostics(), directory, e.getCause());
        }
    }

    /**
     * Decides as of each date in turn; each decision equals {@link #evaluate(FactSet, LocalDate)}
     * at that date. When the pack's rules allow it (every action only inserts logically, and no
     * conclusion takes away a premise it rests on: see {@link dev.accord.rules.SessionTraits}),
     * the work is done once, in one session whose clock advances from date to date: at each date
     * the facts dated since the previous one go in, the clock moves to the end of the day, and the
     * rules fire. Otherwise each date is evaluated on its own. The default limits apply to each
     * date's evaluation.
     *
     * @param facts the facts to decide on
     * @param dates in any order; each decision is handed to {@code each} in date order
     * @param each  receives each date's decision, on the caller's thread
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException   when a rule's action fails or the rules loop
     */
    public void evaluateEach(FactSet facts, java.util.Collection<LocalDate> dates, java.util.function.Consumer<Decision> each) {
        evaluateEach(facts, dates, EvaluationLimits.defaults(), each);
    }

    /**
     * Like {@link #evaluateEach(FactSet, java.util.Collection, java.util.function.Consumer)}, with
     * other limits; each date's evaluation has the time limit and the firing limit of one
     * evaluation. The session runs on a worker thread, and {@code each} on the caller's; with an
     * {@linkplain EvaluationLimits#withExecutor executor}, each date is evaluated on its own there.
     *
     * @param facts  the facts to decide on
     * @param dates  in any order; each decision is handed to {@code each} in date order
     * @param limits the limits of each date's evaluation
     * @param each   receives each date's decision, on the caller's thread
     * @throws InvalidFactsException when a fact does not fit the pack's types
     * @throws EvaluationException when a rule's action fails, the rules loop, or a date's
     *                             evaluation passes the time limit
     */
    public void evaluateEach(FactSet facts, java.util.Collection<LocalDate> dates, EvaluationLimits limits,
            java.util.function.Consumer<Decision> each) {
        if (!rules.sessionTraits().incremental() || limits.executor().isPresent()) {
            // One session advanced date by date would not give what each date gives on its own;
            // on a given executor, each date is an evaluation of its own there.
            for (LocalDate date : new java.util.TreeSet<>(dates)) {
                each.accept(evaluate(facts, date, limits));
            }
            return;
        }
        try {
            SessionRunner.<Decision>runEach(rules, sessions, limits.maxFirings(), limits.timeout(), limits.maxMemory(), null,
                    (session, publish) -> {
                FactFeed feed = FactFeed.of(facts.data(), rules.types());
                java.time.LocalDateTime from = null;
                for (LocalDate date : new java.util.TreeSet<>(dates)) {
                    java.time.LocalDateTime until = AsOf.firstUnseen(date);
                    session.advanceClockTo(AsOf.clockFor(date));
                    feed.feed(from, until, session::insert);
                    SessionRecord record = session.fire(SessionRunner.eventTime(feed));
                    publish.accept(DecisionAssembler.assemble(this, facts, date, record, rules));
                    from = until;
                }
            }, each);
        } catch (EvaluationException e) {
            throw new EvaluationException(e.diagnostics(), directory, e.getCause());
        }
    }

    /**
     * Checks the facts against the pack's types without running any rule: every diagnostic an
     * evaluation would raise about them (an unknown type or field, a value that does not fit its
     * field, a CSV row that cannot be read), each at the fact's location or origin.
     *
     * @param facts the facts to check
     * @return the problems, in file order; empty when the facts fit
     */
    public List<Diagnostic> validate(FactSet facts) {
        try {
            FactFeed.of(facts.data(), rules.types()).feed(null, null, fact -> { });
            return List.of();
        } catch (InvalidFactsException e) {
            return e.diagnostics();
        }
    }

    /**
     * The field that dates facts of a type: its {@code @timestamp} or {@code @dated} field.
     *
     * @param typeName a declared type's or imported class's simple name
     * @return the field's name; empty when the type is unknown or its facts are not dated
     */
    public Optional<String> dateField(String typeName) {
        return rules.types().find(typeName).flatMap(t -> rules.types().dating(t)).map(d -> d.field());
    }

    /**
     * Whether facts of a type are events ({@code @role(event)}), which windows and temporal
     * operators see by their timestamp.
     *
     * @param typeName a declared type's or imported class's simple name
     * @return true for an event type; false for other types and unknown names
     */
    public boolean isEvent(String typeName) {
        return rules.types().find(typeName).flatMap(t -> rules.types().dating(t)).map(d -> d.event()).orElse(false);
    }

    /** The pack's constraint expressions as explanations evaluate them, compiled once per thread. */
    CompiledExpressions expressions() {
        return expressions;
    }

    /** The compiled rules, for the engine and (through {@link Internals}) the analyses in this library; not for callers. */
    CompiledRules compiled() {
        return rules;
    }

    /**
     * Where the pack came from: its folder; for a pack in a jar, its resource folder; for a pack
     * built from text, the name it was given. Diagnostics name its files relative to this.
     *
     * @return the pack's folder or name, never null
     */
    public Path directory() {
        return directory;
    }

    /**
     * The pack's name, from {@code pack.yaml}; reports and decisions carry it.
     *
     * @return the name, never null
     */
    public String name() {
        return manifest.name();
    }

    /**
     * The agreement the pack models, as {@code pack.yaml} titles it.
     *
     * @return the title; the name when the manifest gives none
     */
    public String title() {
        return manifest.title();
    }

    /** The pack's {@code pack.yaml} as read, for this package; callers use the accessors below. */
    Manifest manifest() {
        return manifest;
    }

    /**
     * The citations {@code pack.yaml} gives, by key, in its order: what conditions'
     * {@link Condition#source()} refers to.
     *
     * @return the sources, unmodifiable; empty when there are none
     */
    public java.util.Map<String, Source> sources() {
        return manifest.sources();
    }

    /**
     * Finds a condition of {@code pack.yaml} by its id.
     *
     * @param id the condition's id, e.g. {@code ties-cut}
     * @return the condition; empty when the pack has none of that id
     */
    public Optional<Condition> condition(String id) {
        return manifest.condition(id);
    }

    /**
     * Finds an action of {@code pack.yaml} by its id.
     *
     * @param id the action's id, e.g. {@code WITHDRAW}
     * @return the action; empty when the pack has none of that id
     */
    public Optional<Action> action(String id) {
        return manifest.action(id);
    }

    /**
     * The conditions of the agreement, in manifest order: what every decision reports on.
     *
     * @return the conditions, unmodifiable
     */
    public List<Condition> conditions() {
        return manifest.conditions();
    }

    /**
     * The actions a recommendation may name, in manifest order.
     *
     * @return the actions, unmodifiable
     */
    public List<Action> actions() {
        return manifest.actions();
    }

    /**
     * The rules of the pack's DRL, in file and then source order.
     *
     * @return each rule's package, name and location; unmodifiable
     */
    public List<Rule> rules() {
        return rules.rules().values().stream().map(dev.accord.rules.RuleInfo::rule).toList();
    }

    /**
     * The Java class facts of a type become: a declared type or an imported class.
     *
     * @param name the type's simple name, as fact sets write it
     * @return the class; empty when the pack knows no such type
     */
    public java.util.Optional<Class<?>> factType(String name) {
        return rules.types().find(name);
    }

    /**
     * How many rules the pack's DRL defines.
     *
     * @return the number of rules, at least zero
     */
    public int ruleCount() {
        return rules.rules().size();
    }

    /**
     * What the compiler warned about; the pack is usable despite them.
     *
     * @return the warnings, unmodifiable; empty when there were none
     */
    public List<Diagnostic> warnings() {
        return List.copyOf(rules.warnings());
    }

    @Override
    public String toString() {
        return "RulePack[" + manifest.name() + " at " + directory + "]";
    }
}
