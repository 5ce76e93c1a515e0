package dev.accord.analysis;

import dev.accord.ConditionResult;
import dev.accord.Decision;
import dev.accord.render.Markdown;
import java.util.List;
import java.util.Map;

/** The analyses as Markdown, for a review or a ticket: the same content as their text, in headings, lists and tables. */
final class AnalysisMarkdown {

    private AnalysisMarkdown() {
    }

    static String comparison(WhatIf.Comparison c) {
        StringBuilder out = new StringBuilder("# What if\n\n");
        c.edits().forEach(e -> out.append("- ").append(Markdown.escape(e)).append('\n'));
        String before = ScenarioRunner.recommendation(c.before());
        String after = ScenarioRunner.recommendation(c.after());
        out.append("\n**Recommendation: ").append(before).append(before.equals(after) ? "** (unchanged)" : " → " + after + "**")
                .append("\n\n| condition | before | after |\n| --- | --- | --- |\n");
        for (ConditionResult now : c.after().conditions()) {
            String was = c.before().condition(now.id()).map(ConditionResult::statusLabel).orElse("-");
            boolean changed = !was.equals(now.statusLabel());
            out.append("| `").append(now.id()).append("` | ").append(was).append(" | ")
                    .append(changed ? "**" + now.statusLabel() + "**" : now.statusLabel()).append(" |\n");
        }
        rules(out, "Rules that now fire", c.nowFiring());
        rules(out, "Rules that no longer fire", c.noLonger());
        why(out, c.after(), "## ");
        return out.toString();
    }

    static String search(Counterfactuals.Result r, int show) {
        StringBuilder out = new StringBuilder("# What would lead to ").append(Markdown.escape(r.goal())).append("?\n\n");
        out.append("Now: **").append(ScenarioRunner.recommendation(r.original())).append("** (")
                .append(WhatIfReport.statuses(r.original())).append("). ").append(WhatIfReport.tried(r)).append('\n');
        if (r.changeSets().isEmpty()) {
            return out.append("\nNo set of changes within the limits leads there.\n").toString();
        }
        int n = 1;
        for (Counterfactuals.ChangeSet c : r.changeSets().subList(0, Math.min(show, r.changeSets().size()))) {
            out.append("\n## ").append(n++).append(". ").append(c.edits().size()).append(c.edits().size() == 1 ? " change" : " changes")
                    .append(" → ").append(ScenarioRunner.recommendation(c.decision())).append("\n\n");
            c.described().forEach(d -> out.append("- ").append(Markdown.escape(d)).append('\n'));
            out.append("\nConditions: ").append(WhatIfReport.statuses(c.decision())).append('\n');
            why(out, c.decision(), "### ");
        }
        if (r.changeSets().size() > show) {
            out.append("\n… and ").append(r.changeSets().size() - show).append(" more sets of changes.\n");
        }
        return out.toString();
    }

    static String sensitivity(Sensitivity.Result r) {
        StringBuilder out = new StringBuilder("# Sensitivity of ").append(Markdown.escape(r.facts())).append("\n\n")
                .append(SensitivityReport.counts(r)).append(".\n");
        if (r.influences().isEmpty()) {
            out.append("\nNo fact carries a confidence below 1, so the decision is certain.\n");
        }
        out.append("\n## Recommendation probabilities\n\n| recommendation | probability |\n| --- | ---: |\n");
        for (Map.Entry<String, Double> e : r.probabilities().entrySet()) {
            out.append("| ").append(e.getKey()).append(" | ").append(SensitivityReport.percent(e.getValue())).append(" |\n");
        }
        if (!r.influences().isEmpty()) {
            out.append("\n## What moves ").append(r.mostLikely()).append(" most\n\n| fact | confidence | ").append(r.mostLikely())
                    .append(" if it holds | if not | swing |\n| --- | ---: | ---: | ---: | ---: |\n");
            for (Sensitivity.Influence i : r.influences()) {
                out.append("| ").append(Markdown.escape(i.fact())).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", i.confidence())).append(" | ")
                        .append(SensitivityReport.percent(i.whenHolds())).append(" | ").append(SensitivityReport.percent(i.whenAbsent()))
                        .append(" | ").append(Double.isNaN(i.swing()) ? "–"
                                : String.format(java.util.Locale.ROOT, "%+.1f points", 100 * i.swing())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static void rules(StringBuilder out, String title, List<String> rules) {
        if (!rules.isEmpty()) {
            out.append('\n').append(title).append(": ").append(Markdown.escape(WhatIfReport.quoted(rules))).append('\n');
        }
    }

    /** The "Why ACTION" part of the decision's text, as a heading and nested lists. */
    private static void why(StringBuilder out, Decision d, String heading) {
        String why = WhatIfReport.why(d);
        if (!why.isEmpty()) {
            int end = why.indexOf('\n');
            out.append('\n').append(heading).append(Markdown.escape(why.substring(0, end))).append("\n\n")
                    .append(Markdown.list(why.substring(end + 1), 0));
        }
    }
}
