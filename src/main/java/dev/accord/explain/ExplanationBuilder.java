package dev.accord.explain;

import dev.accord.engine.BoundFact;
import dev.accord.engine.Firing;
import dev.accord.engine.SessionRecord;
import dev.accord.facts.Source;
import dev.accord.vocabulary.Assessment;
import dev.accord.vocabulary.Recommendation;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the derivation graph from what the engine recorded: each conclusion gets one
 * justification per rule firing that supports it, and each justification points to the facts
 * its rule matched, down to the input facts. Shared sub-derivations are one node.
 */
public final class ExplanationBuilder {

    private final SessionRecord record;
    private final Map<String, Source> sources;
    private final Map<Object, BoundFact> inputs;
    private final IdentityHashMap<Object, Evidence> built = new IdentityHashMap<>();

    public ExplanationBuilder(SessionRecord record, Map<String, Source> sources) {
        this.record = record;
        this.sources = sources;
        this.inputs = record.inputsByObject();
    }

    /** The node for a working-memory object, built on first request. */
    public Evidence evidence(Object object) {
        Evidence known = built.get(object);
        if (known != null) {
            return known;
        }
        BoundFact input = inputs.get(object);
        if (input != null) {
            Source source = input.fact().source() == null ? null : sources.get(input.fact().source());
            return remember(object, new InputFact(input.fact(), source));
        }
        List<Firing> firings = record.justificationsOf(object);
        if (firings.isEmpty()) {
            return remember(object, new MatchedValue(describe(object)));
        }
        Conclusion conclusion = new Conclusion(object, describe(object));
        remember(object, conclusion); // before the premises: a premise may lead back here
        for (Firing f : firings) {
            conclusion.add(justification(f, object));
        }
        return conclusion;
    }

    /** Convenience for callers that know the object is a conclusion. */
    public Conclusion conclusion(Object object) {
        return (Conclusion) evidence(object);
    }

    private Justification justification(Firing firing, Object concluded) {
        Map<String, String> bindings = new LinkedHashMap<>();
        firing.bindings().forEach((k, v) -> bindings.put(k, name(v)));
        String template = firing.rule().explainTemplate();
        String sentence = template == null
                ? "rule \"" + firing.rule().name() + "\" matched"
                : ExplainTemplate.fill(template, firing.bindings(), this::name);
        List<Evidence> premises = firing.matched().stream()
                .filter(o -> o != concluded)
                .map(this::evidence)
                .toList();
        return new Justification(firing.sequence(), firing.rule(), sentence, bindings, premises);
    }

    /** A value as a reader sees it: input facts by their label, conclusions by their text. */
    private String name(Object value) {
        BoundFact input = value == null ? null : inputs.get(value);
        if (input != null) {
            return input.fact().label();
        }
        return Values.format(value);
    }

    private static String describe(Object object) {
        if (object instanceof Assessment a) {
            return "condition " + a.getCondition() + " is " + a.getStatus()
                    + (a.getReason() == null ? "" : " (" + a.getReason() + ")");
        }
        if (object instanceof Recommendation r) {
            return r.getSummary().isEmpty() ? r.getAction() : r.getAction() + ": " + r.getSummary();
        }
        return Values.format(object);
    }

    private Evidence remember(Object object, Evidence evidence) {
        built.put(object, evidence);
        return evidence;
    }
}
