package dev.accord.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.facts.Fact;
import dev.accord.render.ShownPath;
import java.util.Locale;

/**
 * The derivation graph as JSON for the report's script, which measures the text, lets dagre lay
 * the boxes out and draws them: each node with its kind, status, title, sentence, the fields of a
 * fact one by one and where it is written; each edge as a pair of node ids. The JSON is placed in
 * a {@code <script type="application/json">}, so every {@code <}, {@code >} and {@code &} is
 * written as a Unicode escape and no text from a fact set can end the element.
 */
final class GraphData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphData() {
    }

    static String json(DerivationGraph graph) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (DerivationGraph.GraphNode n : graph.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            o.put("status", n.status());
            java.util.Optional<Fact> fact = graph.fact(n.id());
            java.util.Map<String, String> derived = graph.conclusion(n.id()).map(Conclusion::fields).orElse(java.util.Map.of());
            if (fact.isPresent()) {
                o.put("title", n.label());
                ArrayNode fields = o.putArray("fields");
                fact.get().fields().values().forEach(e -> fields.addArray().add(e.key()).add(InputFact.written(e.value())));
            } else if (!derived.isEmpty()) {
                // A fact the rules concluded, of one of the pack's types: its type over its fields, as an input fact is shown.
                Object value = graph.conclusion(n.id()).orElseThrow().value();
                o.put("title", value.getClass().getSimpleName());
                ArrayNode fields = o.putArray("fields");
                derived.forEach((k, v) -> fields.addArray().add(k).add(v));
            } else {
                o.put("title", n.label());
                o.put("text", n.detail());
            }
            // In the box, the file's name and line: a pack's facts mostly come from one file, and its
            // folder would make every fact box two lines taller. The tooltip has the whole path.
            String where = n.location() == null ? "" : ShownPath.of(n.location());
            o.put("where", where.substring(where.lastIndexOf('/') + 1));
            o.put("path", where);
        }
        ArrayNode edges = root.putArray("edges");
        graph.edges().forEach(e -> edges.addArray().add(e.from()).add(e.to()));
        try {
            return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes as JSON", e);
        }
    }
}
