package dev.accord.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.Location;

/** A why-not answer as JSON, schema {@value #SCHEMA} ({@code docs/decision-json.md}). */
final class WhyNotJson {

    static final String SCHEMA = "accord.why-not/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WhyNotJson() {
    }

    /**
     * The answer as JSON.
     *
     * @param answer the answer
     * @return the JSON document, ending with a newline
     */
    public static String render(WhyNot answer) {
        ObjectNode root = answer(answer);
        root.put("schema", SCHEMA);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode answer(WhyNot answer) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("target", answer.target()).put("kind", answer.kind().word()).put("holds", answer.holds())
                .put("summary", answer.summary());
        ArrayNode rules = o.putArray("rules");
        for (RuleAttempt a : answer.rules()) {
            ObjectNode r = rules.addObject();
            r.put("rule", a.rule().name());
            location(r, a.rule().location());
            r.put("fired", a.fired()).put("conditionsHold", a.satisfied()).put("note", a.note());
            ArrayNode blocks = r.putArray("blocks");
            a.blocks().forEach(b -> blocks.add(block(b)));
        }
        return o;
    }

    private static ObjectNode block(RuleAttempt.Block b) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("condition", b.condition()).put("written", b.written());
        location(o, b.location());
        ObjectNode bindings = o.putObject("bindings");
        b.bindings().forEach(bindings::put);
        ArrayNode nearest = o.putArray("nearest");
        for (RuleAttempt.NearMiss n : b.nearest()) {
            ObjectNode m = nearest.addObject();
            evidence(m, n.fact());
            ArrayNode misses = m.putArray("misses");
            for (RuleAttempt.Miss miss : n.misses()) {
                ObjectNode x = misses.addObject().put("constraint", miss.constraint());
                location(x, miss.location());
                x.put("actual", miss.actual()).put("error", miss.error());
            }
        }
        ArrayNode present = o.putArray("present");
        b.present().forEach(p -> evidence(present.addObject(), p));
        o.put("note", b.note());
        ArrayNode deeper = o.putArray("deeper");
        b.deeper().forEach(d -> deeper.add(answer(d)));
        return o;
    }

    private static void evidence(ObjectNode o, Evidence e) {
        o.put("text", e.text());
        if (e instanceof InputFact f) {
            o.put("factId", f.fact().id()).put("label", f.fact().label());
            location(o, f.fact().location());
        }
    }

    private static void location(ObjectNode o, Location l) {
        o.put("file", l.file()).put("line", l.line()).put("column", l.column());
    }
}
