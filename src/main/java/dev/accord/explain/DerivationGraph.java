package dev.accord.explain;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.Location;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision's derivation as a plain graph for drawing: conclusions, the rule firings that
 * justify them, and what those rest on, each a node once; edges point from a conclusion to its
 * justification and from there to each premise. Nodes are numbered in reading order, so the
 * same decision always draws the same.
 */
final class DerivationGraph {

    /** What a node stands for; renderers shape and colour nodes by it. */
    public enum Kind {
        /** A recommendation the rules concluded. */
        RECOMMENDATION,
        /** An assessment of a condition. */
        ASSESSMENT,
        /** A consideration. */
        CONSIDERATION,
        /** Another fact the rules concluded. */
        CONCLUSION,
        /** One rule firing: a justification. */
        FIRING,
        /** A fact of the fact set. */
        FACT,
        /** A {@code not} condition that held. */
        ABSENCE,
        /** An {@code exists} condition that held. */
        EXISTENCE,
        /** An {@code accumulate} a rule matched. */
        AGGREGATE,
        /** A plain value a rule matched. */
        VALUE
    }

    /**
     * @param label  the main line
     * @param detail a second line, or empty
     * @param status for assessments: MET, NOT_MET or UNKNOWN; otherwise empty
     */
    public record GraphNode(String id, Kind kind, String label, String detail, String status, Location location) {
    }

    /**
     * An edge, by the nodes' ids.
     *
     * @param from a conclusion's or a firing's id
     * @param to   its justification's or premise's id
     */
    public record Edge(String from, String to) {
    }

    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final Map<String, dev.accord.facts.Fact> facts = new java.util.HashMap<>();
    private final Map<String, Conclusion> conclusions = new java.util.HashMap<>();

    private DerivationGraph() {
    }

    /**
     * The graph of a decision's recommendations, assessments and considerations.
     *
     * @param decision the decision
     * @return the graph; empty when the rules concluded nothing
     */
    public static DerivationGraph of(Decision decision) {
        DerivationGraph g = new DerivationGraph();
        for (Derived<?> r : decision.recommendations()) {
            g.visit(r.derivation(), Kind.RECOMMENDATION);
        }
        for (ConditionResult c : decision.conditions()) {
            c.assessments().forEach(a -> g.visit(a.derivation(), Kind.ASSESSMENT));
        }
        for (Derived<?> c : decision.considerations()) {
            g.visit(c.derivation(), Kind.CONSIDERATION);
        }
        return g;
    }

    /**
     * Every node, once, in reading order.
     *
     * @return the nodes, unmodifiable
     */
    public List<GraphNode> nodes() {
        return java.util.Collections.unmodifiableList(nodes);
    }

    /**
     * Every edge, from conclusions to firings and from firings to premises.
     *
     * @return the edges, unmodifiable
     */
    public List<Edge> edges() {
        return java.util.Collections.unmodifiableList(edges);
    }

    /** The fact a {@link Kind#FACT} node stands for, so a picture can show its fields one by one. */
    java.util.Optional<dev.accord.facts.Fact> fact(String nodeId) {
        return java.util.Optional.ofNullable(facts.get(nodeId));
    }

    /** The conclusion a node stands for, if it stands for one. */
    java.util.Optional<Conclusion> conclusion(String nodeId) {
        return java.util.Optional.ofNullable(conclusions.get(nodeId));
    }

    /**
     * The nodes no edge points to: where the drawing starts.
     *
     * @return the roots in reading order
     */
    public List<GraphNode> roots() {
        return nodes.stream().filter(n -> edges.stream().noneMatch(e -> e.to().equals(n.id()))).toList();
    }

    private String visit(Evidence e, Kind asKind) {
        String known = ids.get(e);
        if (known != null) {
            return known;
        }
        String id = "n" + (ids.size() + 1);
        ids.put(e, id);
        if (e instanceof Conclusion c) {
            String status = c.value() instanceof dev.accord.vocabulary.Assessment a ? a.getStatus().name() : "";
            Kind kind = asKind != null ? asKind : kindOf(c.value());
            nodes.add(new GraphNode(id, kind, c.text(), "", status, null));
            conclusions.put(id, c);
            for (Justification j : c.justifications()) {
                String firing = id + "_" + (c.justifications().indexOf(j) + 1);
                nodes.add(new GraphNode(firing, Kind.FIRING, "rule \"" + j.rule().name() + "\"", j.sentence(), "", j.rule().location()));
                edges.add(new Edge(id, firing));
                for (Evidence p : j.premises()) {
                    edges.add(new Edge(firing, visit(p, null)));
                }
            }
        } else if (e instanceof InputFact f) {
            String name = f.name();
            String fields = f.text().length() > name.length() ? f.text().substring(name.length()).strip() : "";
            nodes.add(new GraphNode(id, Kind.FACT, name, fields, "", f.fact().location()));
            facts.put(id, f.fact());
        } else if (e instanceof Absence a) {
            nodes.add(new GraphNode(id, Kind.ABSENCE, a.text(), "", "", a.location()));
        } else if (e instanceof Existence x) {
            nodes.add(new GraphNode(id, Kind.EXISTENCE, x.text(), "", "", x.location()));
            x.witnesses().forEach(w -> edges.add(new Edge(id, visit(w, null))));
        } else if (e instanceof Aggregate a) {
            nodes.add(new GraphNode(id, Kind.AGGREGATE, a.text() + " = " + a.value(), "", "", a.location()));
            a.inputs().forEach(w -> edges.add(new Edge(id, visit(w, null))));
        } else {
            nodes.add(new GraphNode(id, Kind.VALUE, e.text(), "", "", null));
        }
        return id;
    }

    private static Kind kindOf(Object value) {
        if (value instanceof dev.accord.vocabulary.Assessment) {
            return Kind.ASSESSMENT;
        }
        if (value instanceof dev.accord.vocabulary.Recommendation) {
            return Kind.RECOMMENDATION;
        }
        return value instanceof dev.accord.vocabulary.Consideration ? Kind.CONSIDERATION : Kind.CONCLUSION;
    }
}
