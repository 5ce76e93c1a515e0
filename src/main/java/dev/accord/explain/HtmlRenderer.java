package dev.accord.explain;

import dev.accord.Action;
import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.Diagnostic;
import dev.accord.Source;
import dev.accord.internal.Internals;
import dev.accord.render.Html;
import dev.accord.render.HtmlStyle;
import dev.accord.render.Palette;
import dev.accord.render.ShownPath;
import dev.accord.vocabulary.Consideration;
import dev.accord.vocabulary.Recommendation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a decision as one self-contained HTML page: inline CSS and SVG, no network, no clock.
 * The verdict and conditions first, then the derivation graph as a picture that can be zoomed and
 * panned (drawn in the browser by {@link HtmlScripts}: dagre lays it out to fit the column), the
 * collapsible "because" tree, each condition with its clause and, when it is not MET, why not,
 * and the sources cited. Paths are shown relative to the working folder ({@link ShownPath}).
 */
final class HtmlRenderer {

    private final Decision decision;
    private final boolean libraries;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Source> cited = new LinkedHashMap<>();
    private final HtmlTree tree;

    private HtmlRenderer(Decision decision, boolean libraries) {
        this.decision = decision;
        this.libraries = libraries;
        this.tree = new HtmlTree(out, s -> cited.putIfAbsent(s.key(), s));
    }

    static String render(Decision decision) {
        return render(decision, true);
    }

    /** @param libraries false leaves the graph libraries' code out of the page (for golden files; see {@link HtmlScripts#graph}) */
    static String render(Decision decision, boolean libraries) {
        return new HtmlRenderer(decision, libraries).page();
    }

    private String page() {
        String title = decision.pack().title();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · Accord</title>\n<style>\n")
                .append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">rules <code>")
                .append(Html.escape(ShownPath.of(decision.pack().directory().toString()))).append("</code> (")
                .append(decision.pack().ruleCount()).append(" rules) · facts <code>").append(Html.escape(ShownPath.of(decision.facts().file())))
                .append("</code>").append(decision.asOf().map(d -> ", as of <span class=\"date\">" + d + "</span>").orElse("")).append(" (")
                .append(Internals.factSets().facts(decision.facts()).size()).append(" facts)</p></header>\n");
        verdict();
        conditions();
        graph();
        why();
        details();
        considerations();
        sources();
        warnings();
        out.append(HtmlScripts.graph(libraries)).append("<script>\n").append(HtmlStyle.SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void verdict() {
        out.append("<section id=\"verdict\"><h2>Recommendation</h2>\n");
        switch (decision.outcome()) {
            case RECOMMENDED -> {
                Recommendation r = decision.recommendation().orElseThrow();
                String title = decision.pack().action(r.getAction()).map(Action::title).orElse(r.getAction());
                out.append("<p class=\"verdict\"><strong>").append(Html.escape(r.getAction())).append("</strong> ")
                        .append(title.equals(r.getAction()) ? "" : "<span>" + Html.escape(title) + "</span>").append("</p>\n")
                        .append("<p>").append(Html.escape(r.getSummary())).append("</p>\n");
            }
            case NO_RECOMMENDATION -> out.append("<p class=\"verdict\"><strong>none reached</strong></p>\n<p>No rule recommended")
                    .append(" an action for these facts. The pack's actions: ")
                    .append(Html.escape(decision.pack().actions().stream().map(Action::id).collect(Collectors.joining(", "))))
                    .append(".</p>\n");
            case CONFLICT -> {
                out.append("<p class=\"verdict\"><strong>conflict</strong></p>\n<p>The rules recommend different actions;")
                        .append(" a person has to decide between them:</p>\n<ul>\n");
                for (Derived<Recommendation> r : decision.recommendations()) {
                    out.append("<li><strong>").append(Html.escape(r.value().getAction())).append("</strong> by ")
                            .append(Html.escape(r.derivation().justifications().stream().map(j -> "“" + j.rule().name() + "”")
                                    .distinct().collect(Collectors.joining(", ")))).append("</li>\n");
                }
                out.append("</ul>\n");
            }
        }
        out.append("</section>\n");
    }

    private void conditions() {
        out.append("<section id=\"conditions\"><h2>Conditions</h2>\n<table>\n<thead><tr><th>status</th><th>condition</th>")
                .append("<th></th></tr></thead>\n<tbody>\n");
        for (ConditionResult c : decision.conditions()) {
            String s = c.statusLabel();
            out.append("<tr><td><span class=\"badge\" style=\"background:").append(Palette.fill(s)).append(";color:")
                    .append(Palette.ink(s)).append("\">").append(s).append("</span></td><td><a href=\"#cond-")
                    .append(Html.escape(c.id())).append("\"><code>").append(Html.escape(c.id())).append("</code></a></td><td>")
                    .append(Html.escape(c.condition().title())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void graph() {
        out.append("<section id=\"graph\"><h2>Derivation graph</h2>\n<p class=\"muted\">From the recommendation down to")
                .append(" the facts. Drag to pan; double-click, or click once and scroll, to zoom; hover over a box for its")
                .append(" whole text.</p>\n<p class=\"graph-tools\"><button type=\"button\" data-zoom=\"in\" title=\"zoom in\">+</button>")
                .append(" <button type=\"button\" data-zoom=\"out\" title=\"zoom out\">&minus;</button>")
                .append(" <button type=\"button\" data-zoom=\"fit\">fit the page</button>")
                .append(" <button type=\"button\" data-zoom=\"start\">readable size</button>")
                .append(" <button type=\"button\" data-zoom=\"actual\">actual size</button>")
                .append(" <span id=\"graph-partial\" class=\"muted\" hidden>The whole graph would be too small to read at this")
                .append(" width: it starts at the recommendation; drag for the rest.</span></p>\n")
                .append("<div id=\"graph-box\" class=\"graph-box\"><noscript>The graph is drawn by a script in the page;")
                .append(" the \"because\" tree below holds the same.</noscript></div>\n")
                .append("<script type=\"application/json\" id=\"graph-data\">").append(GraphData.json(DerivationGraph.of(decision)))
                .append("</script>\n</section>\n");
    }

    private void why() {
        out.append("<section id=\"tree\"><h2>Why</h2>\n<p><button type=\"button\" data-toggle=\"open\">expand all</button> ")
                .append("<button type=\"button\" data-toggle=\"close\">collapse all</button></p>\n<ul class=\"tree\">\n");
        decision.recommendations().forEach(r -> tree.conclusion(r.derivation()));
        if (decision.recommendations().isEmpty()) {
            out.append("<li class=\"muted\">No recommendation was reached; see the conditions below.</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void details() {
        out.append("<section id=\"details\"><h2>Conditions in detail</h2>\n");
        for (ConditionResult c : decision.conditions()) {
            out.append("<article id=\"cond-").append(Html.escape(c.id())).append("\"><h3><code>").append(Html.escape(c.id()))
                    .append("</code> ").append(Html.escape(c.condition().title())).append(" — ").append(c.statusLabel()).append("</h3>\n");
            if (c.condition().clause() != null) {
                out.append("<blockquote>").append(Html.escape(c.condition().clause().strip())).append(citation(c.condition().source()))
                        .append("</blockquote>\n");
            }
            out.append("<ul class=\"tree\">\n");
            if (!c.assessed()) {
                out.append("<li class=\"muted\">No rule assessed this condition: the pack has no rule for these facts.</li>\n");
            }
            c.assessments().forEach(a -> tree.conclusion(a.derivation()));
            if (!c.statusLabel().equals("MET")) {
                out.append("<li class=\"whynot\"><strong>Why not MET?</strong></li>\n");
                tree.whyNot(decision.whyNot(c.id()));
            }
            out.append("</ul>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private String citation(String key) {
        Source s = key == null ? null : decision.pack().sources().get(key);
        if (s == null) {
            return "";
        }
        cited.putIfAbsent(s.key(), s);
        return " <a href=\"#src-" + Html.escape(s.key()) + "\">[" + Html.escape(s.key()) + "]</a>";
    }

    private void considerations() {
        if (decision.considerations().isEmpty()) {
            return;
        }
        out.append("<section id=\"considerations\"><h2>Considerations</h2>\n<ul class=\"tree\">\n");
        for (Derived<Consideration> c : decision.considerations()) {
            out.append("<li><strong>").append(Html.escape(c.value().getTopic())).append("</strong>: ")
                    .append(Html.escape(c.value().getText())).append("<ul>\n");
            tree.conclusion(c.derivation());
            out.append("</ul></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void sources() {
        if (cited.isEmpty()) {
            return;
        }
        out.append("<section id=\"sources\"><h2>Sources</h2>\n<dl>\n");
        for (Source s : cited.values()) {
            out.append("<dt id=\"src-").append(Html.escape(s.key())).append("\"><code>").append(Html.escape(s.key()))
                    .append("</code></dt><dd>").append(Html.escape(s.citation()));
            if (s.url() != null) {
                out.append(" <span class=\"muted\">").append(Html.escape(s.url())).append("</span>");
            }
            out.append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private void warnings() {
        if (decision.warnings().isEmpty()) {
            return;
        }
        out.append("<section id=\"warnings\"><h2>Warnings</h2>\n<ul>\n");
        for (Diagnostic d : decision.warnings()) {
            out.append("<li><code>").append(Html.escape(d.toString())).append("</code></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }
}
