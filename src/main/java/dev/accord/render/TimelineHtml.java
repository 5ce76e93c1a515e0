package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline as one self-contained page: the chart ({@link TimelineChart}), a legend naming
 * every colour on it, the table of dates, the changes with the rules' "because", and the dated
 * facts and events.
 */
final class TimelineHtml {

    private TimelineHtml() {
    }

    static String render(Timeline t) {
        Map<String, String[]> actions = actionColours(t);
        StringBuilder h = new StringBuilder();
        h.append(Html.head("Timeline: " + t.packTitle(), CSS));
        h.append("<h1>").append(Html.escape(t.packTitle())).append("</h1>\n");
        h.append("<p class=\"meta\">How the decision evolves: facts <code>").append(Html.escape(ShownPath.of(t.facts()))).append("</code>");
        if (!t.steps().isEmpty()) {
            h.append(", <span class=\"date\">").append(t.steps().get(0).date()).append("</span> to <span class=\"date\">")
                    .append(t.steps().get(t.steps().size() - 1).date()).append("</span>, ").append(t.steps().size()).append(" dates");
        }
        h.append(".</p>\n<div id=\"chart\">\n").append(TimelineChart.svg(t, actions)).append("</div>\n");
        legend(h, actions);
        table(h, t, actions);
        changes(h, t, actions);
        markers(h, t);
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Each recommendation the timeline reaches, in order of first appearance, with its colours. */
    private static Map<String, String[]> actionColours(Timeline t) {
        Map<String, String[]> colours = new LinkedHashMap<>();
        int n = 0;
        for (Timeline.Step s : t.steps()) {
            if (!colours.containsKey(s.recommendation())) {
                colours.put(s.recommendation(), Palette.action(s.recommendation(), n));
                if (!s.recommendation().equals("CONFLICT") && !s.recommendation().equals("NONE")) {
                    n++;
                }
            }
        }
        return colours;
    }

    private static void legend(StringBuilder h, Map<String, String[]> actions) {
        h.append("<p class=\"legend\" id=\"legend\"><span class=\"muted\">recommendation</span> ");
        actions.forEach((a, c) -> h.append(Html.badge(a, c)).append(' '));
        h.append(" <span class=\"muted\">conditions</span> ");
        Palette.STATUSES.forEach(s -> h.append(Html.status(s)).append(' '));
        h.append(" <span class=\"muted\">marks</span> <span class=\"event\">&#9679;</span> event")
                .append(" <span class=\"dated\">&#9670;</span> other dated fact</p>\n");
    }

    private static void table(StringBuilder h, Timeline t, Map<String, String[]> actions) {
        h.append("<h2>Date by date</h2>\n<div class=\"wide\"><table id=\"steps\">\n<tr><th>date</th><th>recommendation</th>");
        t.conditions().forEach(c -> h.append("<th title=\"").append(Html.escape(c.title())).append("\">")
                .append(Html.escape(c.id())).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            h.append("<tr").append(t.changed(i) ? " class=\"changed\"" : "").append("><td class=\"date\">").append(s.date())
                    .append("</td><td>").append(Html.badge(s.recommendation(), actions.get(s.recommendation()))).append("</td>");
            for (Condition c : t.conditions()) {
                h.append("<td title=\"").append(Html.escape(String.join("; ", s.reasons().getOrDefault(c.id(), List.of()))))
                        .append("\">").append(Html.status(s.statuses().get(c.id()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n<p class=\"muted\">Dates in bold changed something; hover over a status for the rules behind it.</p>\n");
    }

    /** The changes date by date, each condition's new status with the sentences of the rules that concluded it. */
    private static void changes(StringBuilder h, Timeline t, Map<String, String[]> actions) {
        List<TimelineChanges.Change> changes = TimelineChanges.of(t);
        if (changes.isEmpty()) {
            return;
        }
        h.append("<h2>Changes</h2>\n<dl id=\"changes\">\n");
        java.time.LocalDate date = null;
        for (TimelineChanges.Change c : changes) {
            if (!c.date().equals(date)) {
                h.append(date == null ? "" : "</ul></dd>\n").append("<dt class=\"date\">").append(c.date()).append("</dt><dd><ul>\n");
                date = c.date();
            }
            String[] was = c.was() == null ? null : c.ofRecommendation() ? actions.get(c.was()) : colours(c.was());
            String[] now = c.ofRecommendation() ? actions.get(c.now()) : colours(c.now());
            h.append("<li><code>").append(Html.escape(c.what())).append("</code> ")
                    .append(was == null ? "" : Html.badge(c.was(), was) + " &rarr; ").append(Html.badge(c.now(), now));
            if (!c.because().isEmpty()) {
                h.append("<ul>");
                c.because().forEach(b -> h.append("<li><span class=\"kw\">because</span> ").append(Html.escape(b)).append("</li>"));
                h.append("</ul>");
            }
            h.append("</li>\n");
        }
        h.append("</ul></dd>\n</dl>\n");
    }

    private static String[] colours(String status) {
        return new String[] {Palette.fill(status), Palette.ink(status)};
    }

    private static void markers(StringBuilder h, Timeline t) {
        if (t.markers().isEmpty()) {
            return;
        }
        h.append("<h2>Dated facts and events</h2>\n<ul id=\"marks\">\n");
        for (Timeline.Marker m : t.markers()) {
            h.append("<li><span class=\"date\">").append(m.date()).append("</span> <code>").append(Html.escape(m.type() + " " + m.label()))
                    .append("</code>").append(m.source() == null ? "" : " <span class=\"muted\">" + Html.escape(m.source()) + "</span>")
                    .append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static final String CSS = TimelineChart.CSS + """
            .badge { white-space: nowrap; }
            .legend .badge { margin-right: .15em; }
            .legend .event { color: #9b1c14; }
            .legend .dated { color: #2b5797; }
            .wide { overflow-x: auto; }
            #steps td, #steps th { padding-right: 1em; white-space: nowrap; }
            tr.changed td.date { font-weight: 600; }
            #changes dt { font-weight: 600; margin-top: .6em; }
            #changes dd { margin-left: 1.2em; }
            #changes ul { list-style: none; padding-left: 0; margin: .1em 0; }
            #changes ul ul { padding-left: 1.4em; color: #333; }
            """;

    /** Measures the page as the browser lays it out, so a test can tell what a reader sees. */
    private static final String SCRIPT = """
            (function () {
              var svg = document.querySelector('#chart svg');
              var r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0, right: 0 };
              var root = document.documentElement, data = root.dataset;
              function overlapping(selector) {
                var boxes = svg ? Array.prototype.map.call(svg.querySelectorAll(selector), function (e) { return e.getBoundingClientRect(); }) : [];
                var n = 0;
                boxes.forEach(function (a, i) {
                  boxes.slice(i + 1).forEach(function (b) {
                    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) { n++; }
                  });
                });
                return n;
              }
              var wrapped = 0;
              document.querySelectorAll('.date').forEach(function (d) {
                var range = document.createRange();
                range.selectNodeContents(d);
                if (range.getClientRects().length > 1) { wrapped++; }
              });
              data.chartWidth = Math.round(r.width);
              data.chartHeight = Math.round(r.height);
              data.chartRight = Math.round(r.right);
              data.chartSpans = svg ? svg.querySelectorAll('g.span rect').length : 0;
              data.chartMarkers = svg ? svg.querySelectorAll('g.marker').length : 0;
              data.chartLaneLabels = svg ? svg.querySelectorAll('text.lane').length : 0;
              data.chartRunLabels = svg ? svg.querySelectorAll('text.run').length : 0;
              data.chartMarkerLabels = svg ? svg.querySelectorAll('g.marker text').length : 0;
              data.chartOverlappingLabels = overlapping('text.axis') + overlapping('g.marker text') + overlapping('text.run');
              data.datesWrapped = wrapped;
              data.pageOverflow = Math.max(0, root.scrollWidth - root.clientWidth);
              data.legendStatuses = document.querySelectorAll('#legend .badge').length;
              data.changes = document.querySelectorAll('#changes > dd > ul > li').length;
              data.becauses = document.querySelectorAll('#changes li li').length;
            })();
            """;
}
