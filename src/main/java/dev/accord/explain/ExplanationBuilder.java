package dev.accord.explain;

import dev.accord.Decision;
import dev.accord.Source;
import dev.accord.engine.BoundFact;
import dev.accord.engine.CompiledExpressions;
import dev.accord.engine.ExpressionEvaluator;
import dev.accord.engine.Firing;
import dev.accord.engine.MatchSearch;
import dev.accord.engine.SessionRecord;
import dev.accord.internal.Internals;
import dev.accord.render.Values;
import dev.accord.rules.CompiledRules;
import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * Builds the derivation graph from what the engine recorded: each conclusion gets one
 * justification per rule firing that supports it, and each justification lists what its rule's
 * conditions rested on, in the order the rule states them ({@link Premises}, one kind of premise
 * per construct): the facts its patterns matched (down to the input facts), the absences its
 * {@code not}s required, what its {@code exists}, {@code forall}, {@code or}, {@code collect},
 * {@code accumulate} and {@code eval} rested on. Shared
 * sub-derivations are one node. Justifications are ordered by rule and matched facts, not by
 * firing order, so the graph does not depend on the order facts were given in.
 */
final class ExplanationBuilder implements Internals.Explanation {

    static {
        Internals.registerExplainer(ExplanationBuilder::new);
    }

    /** How many of the facts an accumulate counted an explanation lists. */
    static final int SHOWN_COUNTED = 25;

    private static final Comparator<Justification> BY_RULE_AND_BINDINGS = Comparator
            .comparing((Justification j) -> j.rule().location().file())
            .thenComparingInt(j -> j.rule().location().line())
            .thenComparing(j -> String.join("|", j.bindings().values()));

    private final SessionRecord record;
    private final Map<String, Source> sources;
    private final Map<Object, BoundFact> inputs;
    private final CompiledRules rules;
    private final CompiledExpressions expressions;
    private MatchSearch search;
    private final IdentityHashMap<Object, Evidence> built;
    /**
     * What each object is called, worked out once: sorting the facts for a search alone asks
     * for every name many times, and a declared type's name is its whole field list. The
     * evaluation is over, so no fact changes any more.
     */
    private final IdentityHashMap<Object, String> names;

    /**
     * Explains what one evaluation recorded; {@code dev.accord} asks through {@link Internals#explainer()}.
     *
     * @param record      what the session recorded: firings, inputs, final facts
     * @param sources     the fact set's citations, by key
     * @param rules       the compiled pack
     * @param expressions the pack's constraint expressions, compiled
     */
    ExplanationBuilder(SessionRecord record, Map<String, Source> sources, CompiledRules rules,
            CompiledExpressions expressions) {
        this.record = record;
        this.expressions = expressions;
        this.sources = sources;
        this.rules = rules;
        this.inputs = record.inputsByObject();
        // Sized for a small decision's facts and values, so that filling them does not grow them.
        int expected = Math.min(2 * record.finalFacts().size() + 16, 1024);
        this.built = new IdentityHashMap<>(expected);
        this.names = new IdentityHashMap<>(expected);
    }

    /**
     * Built on first use, and tries the facts of each type by name: only the types a pattern
     * looks for are ever named and sorted, which is wasted on a decision nobody asks why about.
     */
    private synchronized MatchSearch baseSearch() {
        if (search == null) {
            search = new MatchSearch(record.finalFacts(), this::name, new ExpressionEvaluator(expressions), rules.imports(),
                    record.clock(), record.time());
        }
        return search;
    }

    ExpressionEvaluator evaluator() {
        return new ExpressionEvaluator(expressions);
    }

    /**
     * A new search over the evaluation's final facts, ordered as explanations order them.
     *
     * @return the search, for one thread's use
     */
    MatchSearch search() {
        return baseSearch().fresh();
    }

    /**
     * The compiled pack the evaluation ran.
     *
     * @return the rules
     */
    CompiledRules rules() {
        return rules;
    }

    /**
     * What the evaluation recorded, the facts it ended with among it.
     *
     * @return the record
     */
    @Override
    public SessionRecord record() {
        return record;
    }

    /**
     * The node for a working-memory object, built on first request and the same afterwards.
     *
     * @param object a fact the evaluation was given or concluded, or a value a rule matched
     * @return an input fact, a conclusion, or a matched value
     */
    synchronized Evidence evidence(Object object) {
        Evidence known = built.get(object);
        if (known != null) {
            return known;
        }
        BoundFact input = inputs.get(object);
        if (input != null) {
            dev.accord.facts.Fact fact = input.fact();
            Source source = fact.source() == null ? null : sources.get(fact.source());
            return remember(object, new InputFact(fact, source));
        }
        List<Firing> firings = record.justificationsOf(object);
        if (firings.isEmpty()) {
            return remember(object, new MatchedValue(describe(object)));
        }
        Conclusion conclusion = new Conclusion(object, describe(object), fields(object));
        remember(object, conclusion); // before the premises: a premise may lead back here
        List<Justification> justifications = new ArrayList<>();
        for (Firing f : firings) {
            justifications.add(justification(f, object));
        }
        if (justifications.size() > 1) {
            justifications.sort(BY_RULE_AND_BINDINGS);
        }
        justifications.forEach(conclusion::add);
        return conclusion;
    }

    /**
     * Convenience for callers that know the object is a conclusion.
     *
     * @param object a fact the rules concluded
     * @return its conclusion node
     * @throws ClassCastException when the object is not a conclusion
     */
    @Override
    public Conclusion conclusion(Object object) {
        return (Conclusion) evidence(object);
    }

    @Override
    public WhyNot whyNot(Decision decision, String target) {
        return WhyNotAnalyzer.answer(decision, this, target);
    }

    private Justification justification(Firing firing, Object concluded) {
        Map<String, String> bindings = new LinkedHashMap<>();
        firing.bindings().forEach((k, v) -> bindings.put(k, name(v)));
        String template = firing.rule().explainTemplate();
        String sentence = template == null
                ? "rule \"" + firing.rule().name() + "\" matched"
                : ExplainTemplate.fill(template, firing.bindings(), this::name);
        List<Object> matched = new ArrayList<>(firing.matched().size());
        for (Object o : firing.matched()) {
            if (o != concluded) {
                matched.add(o);
            }
        }
        List<Evidence> premises = rules.shape(firing.rule())
                .filter(Premises::analysable)
                .map(shape -> new Premises(this, evaluator(), firing, matched).of(shape))
                .orElseGet(() -> matched.stream().map(this::evidence).toList());
        return new Justification(firing.sequence(), firing.rule().rule(), sentence, bindings, premises);
    }

    /**
     * A value as a reader sees it: input facts by their label, conclusions by their text.
     *
     * @param value any value a rule matched
     * @return the name, never null
     */
    synchronized String name(Object value) {
        if (value == null) {
            return Values.format(null);
        }
        String name = names.get(value);
        if (name == null) {
            BoundFact input = inputs.get(value);
            name = input != null ? input.label() : many(value) != null ? many(value) : format(value);
            names.put(value, name);
        }
        return name;
    }

    /** A collection or array as a list of names ("[bm1, bm2]"); null for a single value. */
    private String many(Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c : value instanceof Object[] a ? Arrays.asList(a) : null;
        if (items == null) {
            return null;
        }
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (Object item : items) {
            out.add(item instanceof Collection<?> || item instanceof Object[] ? many(item) : name(item));
        }
        return out.toString();
    }

    private String describe(Object object) {
        if (object instanceof Assessment a) {
            return "condition " + a.getCondition() + " is " + a.getStatus()
                    + (a.getReason() == null ? "" : " (" + a.getReason() + ")");
        }
        if (object instanceof Recommendation r) {
            return r.getSummary().isEmpty() ? r.getAction() : r.getAction() + ": " + r.getSummary();
        }
        String many = many(object);
        return many != null ? many : format(object);
    }

    /**
     * A value as text. A fact of a type the pack's DRL declares reads like an input fact, by its
     * fields in declaration order, those without a value left out: "Thresholds
     * {reportChangePercent: -20, ...}" rather than Drools' "Thresholds( id=null, ... )".
     */
    private String format(Object value) {
        java.util.Map<String, String> fields = fields(value);
        if (fields.isEmpty() && (value == null || rules.types().declaration(value.getClass()).isEmpty())) {
            return Values.format(value);
        }
        StringJoiner text = new StringJoiner(", ", value.getClass().getSimpleName() + " {", "}");
        fields.forEach((k, v) -> text.add(k + ": " + v));
        return text.toString();
    }

    /** The stated fields of a fact of a type the pack declares, in declaration order; empty for any other value. */
    private java.util.Map<String, String> fields(Object value) {
        FactType type = value == null ? null : rules.types().declaration(value.getClass()).orElse(null);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (type != null) {
            for (FactField field : type.getFields()) {
                Object fieldValue = field.get(value);
                if (fieldValue != null) {
                    fields.put(field.getName(), Values.format(fieldValue));
                }
            }
        }
        return fields;
    }

    private Evidence remember(Object object, Evidence evidence) {
        built.put(object, evidence);
        return evidence;
    }
}
