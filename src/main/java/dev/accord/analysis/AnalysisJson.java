package dev.accord.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.explain.Format;
import java.util.List;

/**
 * The JSON of the analyses, one shape each ({@code docs/decision-json.md}): what-if
 * ({@value #WHAT_IF}), the search ({@value #SEARCH}) and sensitivity ({@value #SENSITIVITY}).
 * The command line's {@code --format json} and the server write these same documents.
 */
final class AnalysisJson {

    static final String WHAT_IF = "accord.what-if/1";
    static final String SEARCH = "accord.what-if-search/1";
    static final String SENSITIVITY = "accord.sensitivity/1";
    /** Indented; a decimal written as a fact set writes it ({@code -20}, not {@code -2E+1}). */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private AnalysisJson() {
    }

    /** Both decisions in full ({@code accord.decision/1}) and what changed between them. */
    static String comparison(WhatIf.Comparison c) {
        ObjectNode out = MAPPER.createObjectNode().put("schema", WHAT_IF);
        out.set("edits", strings(c.edits()));
        out.set("nowFiring", strings(c.nowFiring()));
        out.set("noLongerFiring", strings(c.noLonger()));
        out.set("before", decision(c.before()));
        out.set("after", decision(c.after()));
        return write(out);
    }

    /** The search's counts and every change set: in words, as edits a what-if takes, and where it leads. */
    static String search(Counterfactuals.Result r) {
        ObjectNode out = MAPPER.createObjectNode().put("schema", SEARCH).put("goal", r.goal());
        outcome(out.putObject("original"), r.original());
        out.put("candidates", r.candidates()).put("evaluated", r.evaluated()).put("exhausted", r.exhausted());
        ArrayNode sets = out.putArray("changeSets");
        for (Counterfactuals.ChangeSet cs : r.changeSets()) {
            ObjectNode s = sets.addObject();
            s.set("changes", strings(cs.described()));
            s.set("edits", edits(cs.edits()));
            outcome(s, cs.decision());
            s.put("cost", cs.cost());
        }
        return write(out);
    }

    /** The probabilities, most likely first, and each uncertain fact's influence; a probability never weighed is null. */
    static String sensitivity(Sensitivity.Result r) {
        ObjectNode out = MAPPER.createObjectNode().put("schema", SENSITIVITY).put("facts", r.facts())
                .put("mostLikely", r.mostLikely()).put("exact", r.exact()).put("combinations", r.combinations())
                .put("evaluations", r.evaluations()).put("failed", r.failed());
        ObjectNode p = out.putObject("probabilities");
        r.probabilities().forEach(p::put);
        ArrayNode influences = out.putArray("influences");
        for (Sensitivity.Influence i : r.influences()) {
            ObjectNode o = influences.addObject().put("fact", i.fact()).put("confidence", i.confidence());
            number(o, "whenHolds", i.whenHolds());
            number(o, "whenAbsent", i.whenAbsent());
            number(o, "swing", i.swing());
        }
        return write(out);
    }

    private static void number(ObjectNode o, String name, double value) {
        if (Double.isNaN(value)) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    /** The outcome, the action, and each condition's status: what a reader compares. */
    private static void outcome(ObjectNode o, Decision d) {
        o.put("outcome", d.outcome().name()).put("action", d.action().orElse(null));
        ObjectNode conditions = o.putObject("conditions");
        d.conditions().forEach(c -> conditions.put(c.id(), c.statusLabel()));
    }

    /** The edits as the server's what-if takes them; null when one adds a fact, which it does not take. */
    private static JsonNode edits(List<FactEdit> edits) {
        ObjectNode out = MAPPER.createObjectNode();
        ArrayNode set = out.putArray("set");
        ArrayNode remove = out.putArray("remove");
        for (FactEdit e : edits) {
            if (e instanceof FactEdit.SetField f) {
                set.addObject().put("fact", f.fact()).put("field", f.field()).set("value", value(f.value()));
            } else if (e instanceof FactEdit.RemoveFact r) {
                remove.add(r.fact());
            } else {
                return MAPPER.nullNode();
            }
        }
        return out;
    }

    /** A value as a fact set writes it: numbers, booleans and texts as themselves, anything else (a date) as text. */
    private static JsonNode value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return MAPPER.valueToTree(v);
        }
        return MAPPER.valueToTree(v.toString());
    }

    private static JsonNode decision(Decision d) {
        try {
            return MAPPER.readTree(d.render(Format.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a decision's own JSON", e);
        }
    }

    private static ArrayNode strings(List<String> items) {
        ArrayNode a = MAPPER.createArrayNode();
        items.forEach(a::add);
        return a;
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
