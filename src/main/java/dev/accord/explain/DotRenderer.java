package dev.accord.explain;

import dev.accord.render.Palette;

import dev.accord.Decision;

/**
 * Renders the derivation graph in Graphviz DOT: conclusions at the top, rule firings as grey
 * boxes, facts as notes at the bottom. {@code dot -Tsvg} draws it.
 */
final class DotRenderer {

    private DotRenderer() {
    }

    static String render(Decision decision) {
        return render(DerivationGraph.of(decision), decision.pack().title());
    }

    static String render(DerivationGraph graph, String title) {
        StringBuilder out = new StringBuilder();
        out.append("digraph derivation {\n");
        out.append("  label=").append(quote(title)).append("; labelloc=t; fontname=\"Helvetica\";\n");
        out.append("  rankdir=TB; nodesep=0.3; ranksep=0.5;\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=10, style=filled, fillcolor=white];\n");
        out.append("  edge [color=\"#777777\", arrowsize=0.6];\n");
        for (DerivationGraph.GraphNode n : graph.nodes()) {
            out.append("  ").append(n.id()).append(" [").append(attributes(n)).append("];\n");
        }
        for (DerivationGraph.Edge e : graph.edges()) {
            out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(";\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String attributes(DerivationGraph.GraphNode n) {
        String label = n.detail().isEmpty() ? n.label() : n.label() + "\n" + n.detail();
        if (n.location() != null) {
            label += "\n" + n.location().fileAndLine();
        }
        String shape = switch (n.kind()) {
            case FIRING -> "shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\"";
            case FACT -> "shape=note";
            case ABSENCE -> "shape=box, style=\"dashed,filled\"";
            case RECOMMENDATION -> "shape=box, penwidth=2, fillcolor=\"#dde8f7\"";
            case ASSESSMENT -> "shape=box, fillcolor=\"" + Palette.fill(n.status()) + "\"";
            case CONSIDERATION -> "shape=box, fillcolor=\"#fdf3d8\"";
            default -> "shape=box";
        };
        return shape + ", label=" + quote(wrap(label, 48));
    }

    /** Breaks long lines at spaces so boxes stay narrow. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int col = 0;
            for (String word : line.split(" ")) {
                if (col > 0 && col + word.length() + 1 > width) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
        }
        return out.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
