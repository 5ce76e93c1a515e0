package dev.accord.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.Diagnostic;
import dev.accord.Location;
import dev.accord.Source;
import dev.accord.internal.Internals;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Renders a decision as JSON, schema {@value #SCHEMA} ({@code docs/decision-json.md}). The
 * derivation graph is a flat list of nodes referred to by id, so a fact or conclusion that
 * supports several others appears once. Ids are assigned in reading order, so the same decision
 * always gives the same bytes.
 */
final class JsonRenderer {

    static final String SCHEMA = "accord.decision/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ArrayNode nodes = MAPPER.createArrayNode();
    private final Map<Evidence, String> ids = new IdentityHashMap<>();

    static String render(Decision decision) {
        try {
            return MAPPER.writeValueAsString(new JsonRenderer().document(decision)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private ObjectNode document(Decision d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode pack = root.putObject("pack");
        pack.put("name", d.pack().name());
        pack.put("title", d.pack().title());
        pack.put("directory", d.pack().directory().toString());
        ObjectNode facts = root.putObject("facts");
        facts.put("file", d.facts().file());
        facts.put("asOf", d.asOf().map(Object::toString).orElse(null));
        facts.put("count", Internals.factSets().facts(d.facts()).size());
        root.put("outcome", d.outcome().name());
        root.put("action", d.action().orElse(null));
        ArrayNode recommendations = root.putArray("recommendations");
        for (Derived<Recommendation> r : d.recommendations()) {
            recommendations.addObject().put("action", r.value().getAction()).put("summary", r.value().getSummary())
                    .put("node", id(r.derivation()));
        }
        ArrayNode conditions = root.putArray("conditions");
        for (ConditionResult c : d.conditions()) {
            ObjectNode o = conditions.addObject();
            o.put("id", c.id()).put("title", c.condition().title()).put("clause", c.condition().clause());
            o.set("source", source(d.pack().sources().get(c.condition().source())));
            o.put("status", c.statusLabel());
            ArrayNode assessed = o.putArray("nodes");
            c.assessments().forEach(a -> assessed.add(id(a.derivation())));
        }
        ArrayNode considerations = root.putArray("considerations");
        for (Derived<Consideration> c : d.considerations()) {
            considerations.addObject().put("topic", c.value().getTopic()).put("text", c.value().getText())
                    .put("node", id(c.derivation()));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Diagnostic w : d.warnings()) {
            ObjectNode o = location(warnings.addObject(), w.location());
            o.put("severity", w.severity().name().toLowerCase(java.util.Locale.ROOT)).put("message", w.message());
        }
        root.set("nodes", nodes);
        return root;
    }

    /** The id of a node, writing the node (and, depth first, what it rests on) the first time. */
    private String id(Evidence e) {
        String known = ids.get(e);
        if (known != null) {
            return known;
        }
        String id = "n" + (ids.size() + 1);
        ids.put(e, id);
        ObjectNode node = nodes.addObject();
        node.put("id", id);
        if (e instanceof Conclusion c) {
            node.put("kind", "conclusion").put("text", c.text());
            ArrayNode because = node.putArray("justifications");
            for (Justification j : c.justifications()) {
                ObjectNode o = because.addObject();
                o.put("rule", j.rule().name());
                location(o, j.rule().location());
                o.put("sentence", j.sentence());
                ObjectNode bindings = o.putObject("bindings");
                j.bindings().forEach(bindings::put);
                ArrayNode premises = o.putArray("premises");
                j.premises().forEach(p -> premises.add(id(p)));
            }
        } else if (e instanceof InputFact f) {
            node.put("kind", "fact").put("type", f.fact().type()).put("factId", f.fact().id()).put("label", f.fact().label());
            location(node, f.fact().location());
            ObjectNode fields = node.putObject("fields");
            f.fact().fields().values().forEach(entry -> fields.put(entry.key(), InputFact.written(entry.value())));
            node.set("source", source(f.cited()));
        } else if (e instanceof Absence a) {
            location(node.put("kind", "absence").put("text", a.text()), a.location());
        } else if (e instanceof Existence x) {
            location(node.put("kind", "existence").put("text", x.text()), x.location());
            ArrayNode witnesses = node.putArray("witnesses");
            x.witnesses().forEach(w -> witnesses.add(id(w)));
        } else if (e instanceof Aggregate a) {
            location(node.put("kind", "aggregate").put("text", a.text()).put("value", a.value()), a.location());
            ArrayNode inputs = node.putArray("inputs");
            a.inputs().forEach(w -> inputs.add(id(w)));
        } else {
            node.put("kind", "value").put("text", e.text());
        }
        return id;
    }

    private static ObjectNode location(ObjectNode o, Location l) {
        return o.put("file", l.file()).put("line", l.line()).put("column", l.column());
    }

    private static ObjectNode source(Source s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", s.key()).put("title", s.title()).put("publisher", s.publisher())
                .put("published", s.published() == null ? null : s.published().toString()).put("url", s.url())
                .put("citation", s.citation());
        return o;
    }

}
