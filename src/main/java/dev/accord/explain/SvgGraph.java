package dev.accord.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a derivation graph as SVG without Graphviz: nodes in layers from the recommendation down
 * to the facts (a node sits one layer below its lowest parent), ordered within each layer by
 * the average position of their parents to keep edges short and uncrossed. Long texts are cut
 * in the box; the whole text is in the node's tooltip.
 */
final class SvgGraph {

    private static final int WIDTH = 250;
    private static final int HEIGHT = 60;
    private static final int H_GAP = 20;
    private static final int V_GAP = 46;
    private static final int PAD = 12;
    private static final int CHARS = 40;

    private final DerivationGraph graph;
    private final Map<String, Integer> layer = new HashMap<>();
    private final Map<String, double[]> position = new HashMap<>();

    private SvgGraph(DerivationGraph graph) {
        this.graph = graph;
    }

    static String render(DerivationGraph graph) {
        return new SvgGraph(graph).draw();
    }

    private String draw() {
        List<List<DerivationGraph.GraphNode>> layers = layers();
        int widest = layers.stream().mapToInt(List::size).max().orElse(1);
        int width = PAD * 2 + widest * WIDTH + (widest - 1) * H_GAP;
        int height = PAD * 2 + layers.size() * HEIGHT + Math.max(0, layers.size() - 1) * V_GAP;
        for (int l = 0; l < layers.size(); l++) {
            List<DerivationGraph.GraphNode> row = layers.get(l);
            int rowWidth = row.size() * WIDTH + (row.size() - 1) * H_GAP;
            double x0 = (width - rowWidth) / 2.0;
            for (int i = 0; i < row.size(); i++) {
                position.put(row.get(i).id(), new double[] {x0 + i * (WIDTH + H_GAP), PAD + l * (HEIGHT + V_GAP)});
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"derivation\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"derivation graph\">\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>\n");
        for (DerivationGraph.Edge e : graph.edges()) {
            double[] a = position.get(e.from());
            double[] b = position.get(e.to());
            double x1 = a[0] + WIDTH / 2.0;
            double y1 = a[1] + HEIGHT;
            double x2 = b[0] + WIDTH / 2.0;
            double y2 = b[1];
            double mid = (y1 + y2) / 2;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<path class=\"edge\" d=\"M %.1f %.1f C %.1f %.1f, %.1f %.1f, %.1f %.1f\" fill=\"none\" stroke=\"#999\""
                            + " marker-end=\"url(#arrow)\"/>%n", x1, y1, x1, mid, x2, mid, x2, y2 - 2));
        }
        for (DerivationGraph.GraphNode n : graph.nodes()) {
            node(svg, n);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void node(StringBuilder svg, DerivationGraph.GraphNode n) {
        double[] p = position.get(n.id());
        String full = n.label() + (n.detail().isEmpty() ? "" : "\n" + n.detail())
                + (n.location() == null ? "" : "\n" + n.location().fileAndLine());
        svg.append(String.format(java.util.Locale.ROOT, "<g class=\"node %s\" data-node=\"%s\" transform=\"translate(%.1f,%.1f)\">",
                n.kind().name().toLowerCase(java.util.Locale.ROOT), n.id(), p[0], p[1]));
        svg.append("<title>").append(Html.escape(full)).append("</title>");
        svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" rx=\"")
                .append(n.kind() == DerivationGraph.Kind.FIRING ? 12 : 3).append("\" fill=\"").append(fill(n))
                .append("\" stroke=\"").append(n.kind() == DerivationGraph.Kind.RECOMMENDATION ? "#2b5797" : "#888")
                .append("\" stroke-width=\"").append(n.kind() == DerivationGraph.Kind.RECOMMENDATION ? 2 : 1).append('"')
                .append(n.kind() == DerivationGraph.Kind.ABSENCE ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        text(svg, 18, "label", cut(n.label()));
        if (!n.detail().isEmpty()) {
            text(svg, 34, "detail", cut(n.detail()));
        }
        if (n.location() != null) {
            text(svg, 50, "where", cut(n.location().fileAndLine()));
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, int y, String cls, String text) {
        svg.append("<text x=\"8\" y=\"").append(y).append("\" class=\"").append(cls).append("\">")
                .append(Html.escape(text)).append("</text>");
    }

    private static String fill(DerivationGraph.GraphNode n) {
        return switch (n.kind()) {
            case ASSESSMENT -> Palette.fill(n.status());
            case RECOMMENDATION -> "#dde8f7";
            case CONSIDERATION -> "#fdf3d8";
            case FIRING -> "#f1f1f1";
            default -> "#ffffff";
        };
    }

    private static String cut(String text) {
        return text.length() <= CHARS ? text : text.substring(0, CHARS - 1) + "…";
    }

    /** Nodes by layer; within a layer, ordered by the mean position of their parents. */
    private List<List<DerivationGraph.GraphNode>> layers() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        graph.edges().forEach(e -> parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        graph.nodes().forEach(n -> layer.put(n.id(), 0));
        // Longest path from a root; bounded so that a cycle cannot loop forever.
        for (int round = 0; round < graph.nodes().size(); round++) {
            boolean changed = false;
            for (DerivationGraph.Edge e : graph.edges()) {
                int want = layer.get(e.from()) + 1;
                if (want > layer.get(e.to()) && want < graph.nodes().size()) {
                    layer.put(e.to(), want);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int depth = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<DerivationGraph.GraphNode>> layers = new ArrayList<>();
        for (int l = 0; l <= depth; l++) {
            int level = l;
            layers.add(new ArrayList<>(graph.nodes().stream().filter(n -> layer.get(n.id()) == level).toList()));
        }
        Map<String, Double> index = new HashMap<>();
        for (List<DerivationGraph.GraphNode> row : layers) {
            row.sort(java.util.Comparator.comparingDouble(n -> parents.getOrDefault(n.id(), List.of()).stream()
                    .mapToDouble(p -> index.getOrDefault(p, 0.0)).average().orElse(0)));
            for (int i = 0; i < row.size(); i++) {
                index.put(row.get(i).id(), (double) i / Math.max(1, row.size() - 1));
            }
        }
        return layers;
    }
}
