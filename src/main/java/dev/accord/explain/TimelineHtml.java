package dev.accord.explain;

import dev.accord.Timeline;
import dev.accord.rules.Condition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The timeline as one self-contained page: a chart with the recommendation on top, one lane per
 * condition coloured by its status from each date to the next, and the dated facts and events
 * marked under the lanes; then the table and the changes. The chart is inline SVG drawn here:
 * lanes of coloured spans are a few rectangles, which a charting library would not draw more
 * clearly, and SVG shows without any script or network.
 */
final class TimelineHtml {

    private static final int LEFT = 170;
    private static final int WIDTH = 1000;
    private static final int LANE = 30;
    private static final int TOP = 34;

    private TimelineHtml() {
    }

    static String render(Timeline t) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape("Timeline: " + t.packTitle())).append("</title>\n<style>\n").append(HtmlStyle.CSS)
                .append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(t.packTitle())).append("</h1>\n");
        h.append("<p class=\"meta\">How the decision evolves: facts <code>").append(Html.escape(t.facts())).append("</code>");
        if (!t.steps().isEmpty()) {
            h.append(", ").append(t.steps().get(0).date()).append(" to ").append(t.steps().get(t.steps().size() - 1).date());
        }
        h.append(".</p>\n<div id=\"chart\" class=\"graph-scroll\">\n");
        chart(h, t);
        h.append("</div>\n");
        legend(h);
        table(h, t);
        markers(h, t);
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void chart(StringBuilder h, Timeline t) {
        List<Timeline.Step> steps = t.steps();
        int lanes = t.conditions().size() + 1;
        int markerRow = TOP + lanes * LANE + 12;
        int height = markerRow + 60;
        h.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape("timeline of " + t.packTitle())).append("\">\n");
        if (steps.isEmpty()) {
            h.append("</svg>\n");
            return;
        }
        LocalDate start = steps.get(0).date();
        LocalDate end = steps.size() > 1 ? steps.get(steps.size() - 1).date().plusDays(
                ChronoUnit.DAYS.between(steps.get(steps.size() - 2).date(), steps.get(steps.size() - 1).date()))
                : start.plusDays(30);
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        java.util.function.Function<LocalDate, Double> x = d -> LEFT + (WIDTH - LEFT - 10) * ChronoUnit.DAYS.between(start, d) / span;
        // Lane labels
        label(h, "recommendation", TOP, true);
        for (int c = 0; c < t.conditions().size(); c++) {
            label(h, t.conditions().get(c).id(), TOP + (c + 1) * LANE, false);
        }
        double lastLabel = -1000;
        for (int i = 0; i < steps.size(); i++) {
            Timeline.Step s = steps.get(i);
            double x0 = x.apply(s.date());
            double x1 = i + 1 < steps.size() ? x.apply(steps.get(i + 1).date()) : x.apply(end);
            span(h, "recommendation", s.recommendation(), s.date(), x0, x1, TOP, "#dde6f3", "#1f3b63");
            for (int c = 0; c < t.conditions().size(); c++) {
                Condition cond = t.conditions().get(c);
                String status = s.statuses().get(cond.id());
                String why = String.join("; ", s.reasons().getOrDefault(cond.id(), List.of()));
                span(h, cond.id() + " " + status + (why.isEmpty() ? "" : ": " + why), status, s.date(), x0, x1,
                        TOP + (c + 1) * LANE, Palette.fill(status), Palette.ink(status));
            }
            // Date tick
            h.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n",
                    x0, TOP - 6, x0, markerRow));
            if (x0 - lastLabel >= 56) {
                lastLabel = x0;
                h.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\">%s</text>\n", x0 + 2, TOP - 10,
                        s.date().toString().substring(0, 7)));
            }
        }
        // Markers: events as circles, other dated facts as diamonds, under the lanes.
        h.append("<text class=\"lane\" x=\"4\" y=\"").append(markerRow + 14).append("\">facts and events</text>\n");
        int k = 0;
        for (Timeline.Marker m : t.markers()) {
            if (m.date().isBefore(start) || m.date().isAfter(end)) {
                continue;
            }
            double mx = x.apply(m.date());
            int my = markerRow + 10 + (k++ % 4) * 11;
            String title = m.date() + " " + m.type() + " " + m.label() + (m.source() == null ? "" : " (" + m.source() + ")");
            h.append("<g class=\"marker ").append(m.event() ? "event" : "dated").append("\"><title>").append(Html.escape(title)).append("</title>");
            if (m.event()) {
                h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4.5\"/>", mx, my));
            } else {
                h.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l5 5 l-5 5 l-5 -5 z\"/>", mx, my - 5));
            }
            h.append("</g>\n");
        }
        h.append("</svg>\n");
    }

    private static void label(StringBuilder h, String text, int y, boolean bold) {
        h.append("<text class=\"lane").append(bold ? " top" : "").append("\" x=\"4\" y=\"").append(y + LANE / 2 + 4).append("\">")
                .append(Html.escape(text)).append("</text>\n");
    }

    private static void span(StringBuilder h, String title, String text, LocalDate date, double x0, double x1, int y, String fill, String ink) {
        h.append("<g class=\"span\" data-status=\"").append(Html.escape(text)).append("\"><title>")
                .append(Html.escape(date + ": " + title)).append("</title>");
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                x0, y + 2, Math.max(1, x1 - x0), LANE - 4, fill));
        if (x1 - x0 > 8.5 * text.length() + 8) {
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\">%s</text>", x0 + 4, y + LANE / 2 + 4, ink,
                    Html.escape(text)));
        }
        h.append("</g>\n");
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">");
        for (String s : List.of("MET", "NOT_MET", "UNKNOWN", "NOT_ASSESSED")) {
            h.append("<span class=\"badge\" style=\"background:").append(Palette.fill(s)).append(";color:").append(Palette.ink(s))
                    .append("\">").append(s).append("</span> ");
        }
        h.append(" &#9679; event &#9670; other dated fact (hover for details)</p>\n");
    }

    private static void table(StringBuilder h, Timeline t) {
        h.append("<h2>Month by month</h2>\n<table id=\"steps\">\n<tr><th>date</th><th>recommendation</th>");
        t.conditions().forEach(c -> h.append("<th>").append(Html.escape(c.id())).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            h.append("<tr").append(t.changed(i) ? " class=\"changed\"" : "").append("><td>").append(s.date()).append("</td><td>")
                    .append(Html.escape(s.recommendation())).append("</td>");
            for (Condition c : t.conditions()) {
                String status = s.statuses().get(c.id());
                h.append("<td title=\"").append(Html.escape(String.join("; ", s.reasons().getOrDefault(c.id(), List.of()))))
                        .append("\"><span class=\"badge\" style=\"background:").append(Palette.fill(status)).append(";color:")
                        .append(Palette.ink(status)).append("\">").append(status).append("</span></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void markers(StringBuilder h, Timeline t) {
        if (t.markers().isEmpty()) {
            return;
        }
        h.append("<h2>Dated facts and events</h2>\n<ul>\n");
        for (Timeline.Marker m : t.markers()) {
            h.append("<li>").append(m.date()).append(" <code>").append(Html.escape(m.type() + " " + m.label())).append("</code>")
                    .append(m.source() == null ? "" : " <span class=\"muted\">" + Html.escape(m.source()) + "</span>").append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static final String CSS = """
            svg.timeline text { font: 12px system-ui, Helvetica, Arial, sans-serif; fill: #222; }
            svg.timeline text.lane.top { font-weight: 600; }
            svg.timeline text.axis { font-size: 11px; fill: #666; }
            svg.timeline line.tick { stroke: #fff; stroke-width: 1; }
            svg.timeline g.marker.event circle { fill: #9b1c14; fill-opacity: .75; }
            svg.timeline g.marker.dated path { fill: #2b5797; fill-opacity: .8; }
            tr.changed td:first-child { font-weight: 600; }
            """;

    /** Measures the chart as the browser lays it out, so a test can tell it is really displayed. */
    private static final String SCRIPT = """
            (function () {
              var svg = document.querySelector('#chart svg');
              var r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
              var root = document.documentElement.dataset;
              root.chartWidth = Math.round(r.width);
              root.chartHeight = Math.round(r.height);
              root.chartSpans = svg ? svg.querySelectorAll('g.span rect').length : 0;
              root.chartMarkers = svg ? svg.querySelectorAll('g.marker').length : 0;
            })();
            """;
}
