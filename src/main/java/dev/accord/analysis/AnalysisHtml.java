package dev.accord.analysis;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.render.Html;
import dev.accord.render.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analyses as self-contained pages in the style of the decision report (its style sheet,
 * its status and action colours): a what-if comparison, a search's sets of changes, and a
 * sensitivity analysis with its probabilities and influences as bars. No script, no network.
 */
final class AnalysisHtml {

    private static final String CSS = """
            table.analysis td, table.analysis th { padding-right: 1.2em; }
            table.analysis td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.changed td { font-weight: 600; }
            .bar { display: inline-block; height: .9em; vertical-align: -.1em; background: #7d9bc9; }
            .scale { display: inline-block; width: 240px; height: .9em; background: #f1f1f1; position: relative; vertical-align: -.1em; }
            .scale .bar { position: absolute; top: 0; }
            .scale .up { background: #7fb88a; }
            .scale .down { background: #d98c86; }
            .scale .axis { position: absolute; left: 50%; top: -.15em; bottom: -.15em; border-left: 1px solid #888; }
            ol.changesets > li { margin: 1em 0 1.4em; }
            ol.changesets h3 { margin: 0 0 .3em; }
            .statuses .badge { margin: 0 .15em .2em 0; }
            pre.why { white-space: pre-wrap; font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace; background: #fafafa;
                      border: 1px solid #eee; padding: .6em .8em; margin: .3em 0; }
            """;

    private AnalysisHtml() {
    }

    static String comparison(WhatIf.Comparison c) {
        List<String> actions = actions(c.after());
        StringBuilder h = page("What if · " + c.after().pack().title(), "What if", c.after());
        h.append("<section id=\"edits\"><h2>Changes</h2>\n<ul>\n");
        c.edits().forEach(e -> h.append("<li><code>").append(Html.escape(e)).append("</code></li>\n"));
        String before = ScenarioRunner.recommendation(c.before());
        String after = ScenarioRunner.recommendation(c.after());
        h.append("</ul>\n</section>\n<section id=\"verdict\"><h2>Recommendation</h2>\n<p class=\"verdict\">")
                .append(action(before, actions)).append(before.equals(after) ? " <span>unchanged</span>" : " &rarr; " + action(after, actions))
                .append("</p>\n</section>\n<section id=\"conditions\"><h2>Conditions</h2>\n<table class=\"analysis\">\n")
                .append("<tr><th>condition</th><th></th><th>before</th><th>after</th></tr>\n");
        for (ConditionResult now : c.after().conditions()) {
            String was = c.before().condition(now.id()).map(ConditionResult::statusLabel).orElse("NOT_ASSESSED");
            h.append(was.equals(now.statusLabel()) ? "<tr>" : "<tr class=\"changed\">").append("<td><code>").append(Html.escape(now.id()))
                    .append("</code></td><td>").append(Html.escape(now.condition().title())).append("</td><td>").append(Html.status(was))
                    .append("</td><td>").append(Html.status(now.statusLabel())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
        if (!c.nowFiring().isEmpty() || !c.noLonger().isEmpty()) {
            h.append("<section id=\"rules\"><h2>Rules</h2>\n");
            rules(h, "now fire", c.nowFiring());
            rules(h, "no longer fire", c.noLonger());
            h.append("</section>\n");
        }
        why(h, c.after(), "h2", false);
        return end(h);
    }

    static String search(Counterfactuals.Result r, int show) {
        List<String> actions = actions(r.original());
        StringBuilder h = page("What would lead to " + r.goal() + "? · " + r.original().pack().title(),
                "What would lead to " + r.goal() + "?", r.original());
        h.append("<p class=\"verdict\">Now ").append(action(ScenarioRunner.recommendation(r.original()), actions)).append("</p>\n");
        statuses(h, r.original());
        h.append("<p class=\"muted\">").append(Html.escape(WhatIfReport.tried(r))).append("</p>\n");
        if (r.changeSets().isEmpty()) {
            return end(h.append("<p id=\"none\">No set of changes within the limits leads there.</p>\n"));
        }
        h.append("<ol class=\"changesets\">\n");
        for (Counterfactuals.ChangeSet c : r.changeSets().subList(0, Math.min(show, r.changeSets().size()))) {
            h.append("<li><h3>").append(c.edits().size()).append(c.edits().size() == 1 ? " change" : " changes").append(" &rarr; ")
                    .append(action(ScenarioRunner.recommendation(c.decision()), actions)).append("</h3>\n<ul>\n");
            c.described().forEach(d -> h.append("<li><code>").append(Html.escape(d)).append("</code></li>\n"));
            h.append("</ul>\n");
            statuses(h, c.decision());
            why(h, c.decision(), "summary", true);
            h.append("</li>\n");
        }
        h.append("</ol>\n");
        if (r.changeSets().size() > show) {
            h.append("<p class=\"muted\">… and ").append(r.changeSets().size() - show).append(" more sets of changes.</p>\n");
        }
        return end(h);
    }

    static String sensitivity(Sensitivity.Result r) {
        List<String> actions = new ArrayList<>(r.probabilities().keySet());
        StringBuilder h = new StringBuilder(Html.head("Sensitivity of " + r.facts() + " · Accord", CSS));
        h.append("<h1>Sensitivity</h1>\n<p class=\"meta\">facts <code>").append(Html.escape(r.facts())).append("</code>: ")
                .append(Html.escape(SensitivityReport.counts(r))).append(".</p>\n");
        if (r.influences().isEmpty()) {
            h.append("<p>No fact carries a confidence below 1, so the decision is certain.</p>\n");
        }
        h.append("<section id=\"probabilities\"><h2>Recommendation probabilities</h2>\n<table class=\"analysis\">\n");
        for (Map.Entry<String, Double> e : r.probabilities().entrySet()) {
            h.append("<tr><td>").append(action(e.getKey(), actions)).append("</td><td class=\"n\">")
                    .append(SensitivityReport.percent(e.getValue())).append("</td><td><span class=\"scale\"><span class=\"bar\" style=\"width:")
                    .append(width(e.getValue(), 240)).append("px\"></span></span></td></tr>\n");
        }
        h.append("</table>\n</section>\n");
        if (!r.influences().isEmpty()) {
            h.append("<section id=\"influences\"><h2>What moves ").append(Html.escape(r.mostLikely())).append(" most</h2>\n")
                    .append("<p class=\"muted\">The probability of ").append(Html.escape(r.mostLikely()))
                    .append(" when the fact holds and when it does not; the bar is the difference, green when the fact")
                    .append(" makes it more likely.</p>\n<table class=\"analysis\">\n<tr><th>fact</th><th>confidence</th>")
                    .append("<th>if it holds</th><th>if not</th><th colspan=\"2\">swing</th></tr>\n");
            for (Sensitivity.Influence i : r.influences()) {
                double swing = Double.isNaN(i.swing()) ? 0 : i.swing();
                h.append("<tr><td><code>").append(Html.escape(i.fact())).append("</code></td><td class=\"n\">")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", i.confidence())).append("</td><td class=\"n\">")
                        .append(SensitivityReport.percent(i.whenHolds())).append("</td><td class=\"n\">")
                        .append(SensitivityReport.percent(i.whenAbsent())).append("</td><td class=\"n\">")
                        .append(Double.isNaN(i.swing()) ? "–" : String.format(java.util.Locale.ROOT, "%+.1f", 100 * i.swing()))
                        .append("</td><td><span class=\"scale\"><span class=\"axis\"></span><span class=\"bar ")
                        .append(swing >= 0 ? "up\" style=\"left:120px;" : "down\" style=\"right:120px;").append("width:")
                        .append(width(Math.abs(swing), 120)).append("px\"></span></span></td></tr>\n");
            }
            h.append("</table>\n</section>\n");
        }
        return end(h);
    }

    private static StringBuilder page(String title, String heading, Decision d) {
        return new StringBuilder(Html.head(title, CSS)).append("<h1>").append(Html.escape(heading)).append("</h1>\n<p class=\"meta\">")
                .append(Html.escape(d.pack().title())).append(d.asOf().map(a -> ", as of <span class=\"date\">" + a + "</span>").orElse(""))
                .append("</p>\n");
    }

    private static String end(StringBuilder h) {
        return h.append("</body>\n</html>\n").toString();
    }

    /** The pack's actions in its order, so an action has the same colour on every page of the pack. */
    private static List<String> actions(Decision d) {
        return d.pack().actions().stream().map(a -> a.id()).toList();
    }

    private static String action(String action, List<String> actions) {
        return Html.badge(action, Palette.action(action, Math.max(0, actions.indexOf(action))));
    }

    private static void statuses(StringBuilder h, Decision d) {
        h.append("<p class=\"statuses\">");
        d.conditions().forEach(c -> h.append("<code>").append(Html.escape(c.id())).append("</code> ").append(Html.status(c.statusLabel()))
                .append(' '));
        h.append("</p>\n");
    }

    private static void rules(StringBuilder h, String what, List<String> rules) {
        if (!rules.isEmpty()) {
            h.append("<p>Rules that ").append(what).append(":</p>\n<ul>\n");
            rules.forEach(r -> h.append("<li>“").append(Html.escape(r)).append("”</li>\n"));
            h.append("</ul>\n");
        }
    }

    /** The decision's "Why ACTION" as the text report writes it: under a heading, or folded away under a summary. */
    private static void why(StringBuilder h, Decision d, String tag, boolean folded) {
        String why = WhatIfReport.why(d);
        if (why.isEmpty()) {
            return;
        }
        int end = why.indexOf('\n');
        String title = Html.escape(why.substring(0, end));
        String body = "<pre class=\"why\">" + Html.escape(why.substring(end + 1).stripTrailing()) + "</pre>\n";
        h.append(folded ? "<details><summary>" + title + "</summary>\n" + body + "</details>\n"
                : "<section id=\"why\"><" + tag + ">" + title + "</" + tag + ">\n" + body + "</section>\n");
    }

    private static long width(double fraction, int full) {
        return Math.round(Math.max(0, Math.min(1, fraction)) * full);
    }
}
