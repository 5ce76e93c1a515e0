package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline's chart as inline SVG: the recommendation lane on top, one lane per condition, each
 * coloured by its value from each date to the next; a run of dates with the same value is
 * labelled once, where it has room. Under the lanes, the dated facts and events, each labelled,
 * the labels stacked in rows so that none covers another. Drawn here rather than by a charting
 * library: lanes of coloured spans are a few rectangles, and SVG shows without a script. Text is
 * sized for the SVG's own width ({@link #WIDTH}); the page scales it to the column.
 */
final class TimelineChart {

    static final int WIDTH = 1040;
    private static final int LANE = 30;
    private static final int TOP = 34;
    private static final int ROW = 15;
    /** An estimate of a character's width at 12px, for deciding what fits; generous, so a label that "fits" does. */
    private static final double CHAR = 7.2;

    private final Timeline t;
    private final Map<String, String[]> actions;
    private final StringBuilder h = new StringBuilder();
    private final int left;
    private LocalDate start;
    private double span;

    private TimelineChart(Timeline t, Map<String, String[]> actions) {
        this.t = t;
        this.actions = actions;
        int longest = t.conditions().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        this.left = (int) Math.min(260, Math.max(130, Math.ceil(Math.max(longest, "recommendation".length()) * CHAR + 16)));
    }

    static String svg(Timeline t, Map<String, String[]> actions) {
        return new TimelineChart(t, actions).draw();
    }

    private double x(LocalDate d) {
        return left + (WIDTH - left - 10) * ChronoUnit.DAYS.between(start, d) / span;
    }

    private String draw() {
        List<Timeline.Step> steps = t.steps();
        int lanes = t.conditions().size() + 1;
        int markerTop = TOP + lanes * LANE + 14;
        if (steps.isEmpty()) {
            return open(markerTop) + "</svg>\n";
        }
        start = steps.get(0).date();
        LocalDate end = steps.size() > 1 ? steps.get(steps.size() - 1).date().plusDays(
                ChronoUnit.DAYS.between(steps.get(steps.size() - 2).date(), steps.get(steps.size() - 1).date()))
                : start.plusDays(30);
        span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder body = new StringBuilder();
        int rows = markers(body, end, markerTop);
        h.append(open(markerTop + 8 + rows * ROW + 8));
        lane("recommendation", "what the rules recommend at each date", 0, true);
        for (int c = 0; c < t.conditions().size(); c++) {
            Condition cond = t.conditions().get(c);
            lane(cond.id(), cond.title(), c + 1, false);
        }
        for (int i = 0; i < steps.size(); i++) {
            Timeline.Step s = steps.get(i);
            double x0 = x(s.date());
            double x1 = i + 1 < steps.size() ? x(steps.get(i + 1).date()) : x(end);
            String[] rec = actions.get(s.recommendation());
            span(s.date() + ": recommendation " + s.recommendation(), s.recommendation(), x0, x1, TOP, rec[0]);
            for (int c = 0; c < t.conditions().size(); c++) {
                Condition cond = t.conditions().get(c);
                String status = s.statuses().get(cond.id());
                String why = String.join("; ", s.reasons().getOrDefault(cond.id(), List.of()));
                span(s.date() + ": " + cond.id() + " " + status + (why.isEmpty() ? "" : ", because " + why), status, x0, x1,
                        TOP + (c + 1) * LANE, Palette.fill(status));
            }
            h.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n",
                    x0, TOP - 6, x0, TOP + lanes * LANE));
        }
        runs(steps, end, s -> s.recommendation(), TOP, v -> actions.get(v)[1]);
        for (int c = 0; c < t.conditions().size(); c++) {
            String id = t.conditions().get(c).id();
            runs(steps, end, s -> s.statuses().get(id), TOP + (c + 1) * LANE, Palette::ink);
        }
        axis(steps);
        return h.append(body).append("</svg>\n").toString();
    }

    private String open(int height) {
        return "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 " + WIDTH + ' ' + height
                + "\" role=\"img\" aria-label=\"" + Html.escape("timeline of " + t.packTitle()) + "\">\n";
    }

    private void lane(String text, String title, int lane, boolean top) {
        String shown = fit(text, left - 12);
        h.append("<text class=\"lane").append(top ? " top" : "").append("\" x=\"4\" y=\"").append(TOP + lane * LANE + LANE / 2 + 4)
                .append("\"><title>").append(Html.escape(text + ": " + title)).append("</title>").append(Html.escape(shown))
                .append("</text>\n");
    }

    private void span(String title, String value, double x0, double x1, int y, String fill) {
        h.append("<g class=\"span\" data-status=\"").append(Html.escape(value)).append("\"><title>").append(Html.escape(title))
                .append("</title>").append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        x0, y + 2, Math.max(1, x1 - x0), LANE - 4, fill)).append("</g>\n");
    }

    /** One label per run of equal values in a lane, where the run is wide enough for it. */
    private void runs(List<Timeline.Step> steps, LocalDate end, java.util.function.Function<Timeline.Step, String> value, int y,
            java.util.function.Function<String, String> ink) {
        int from = 0;
        for (int i = 1; i <= steps.size(); i++) {
            if (i < steps.size() && value.apply(steps.get(i)).equals(value.apply(steps.get(from)))) {
                continue;
            }
            String v = value.apply(steps.get(from));
            double x0 = x(steps.get(from).date());
            double x1 = i < steps.size() ? x(steps.get(i).date()) : x(end);
            if (x1 - x0 >= v.length() * CHAR + 10) {
                h.append(String.format(Locale.ROOT, "<text class=\"run\" x=\"%.1f\" y=\"%d\" fill=\"%s\">%s</text>%n", x0 + 5,
                        y + LANE / 2 + 4, ink.apply(v), Html.escape(v)));
            }
            from = i;
        }
    }

    /** Dates over the lanes: each date where the one before leaves room, as written (2020-02-29), never wrapped. */
    private void axis(List<Timeline.Step> steps) {
        double room = "2020-02-29".length() * 6.6 + 8;
        double last = -1000;
        for (Timeline.Step s : steps) {
            double x0 = x(s.date());
            if (x0 - last >= room && x0 + room - 8 <= WIDTH) {
                last = x0;
                h.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\">%s</text>%n", x0 + 2, TOP - 10, s.date()));
            }
        }
    }

    /**
     * The dated facts and events under the lanes, each a mark and a label. Labels go in the first
     * row where they cover no other (to the right of the mark, or to its left near the right edge).
     *
     * @return the number of rows used
     */
    private int markers(StringBuilder out, LocalDate end, int y) {
        out.append("<text class=\"lane\" x=\"4\" y=\"").append(y + ROW - 3).append("\">facts and events</text>\n");
        List<List<double[]>> rows = new ArrayList<>();
        for (Timeline.Marker m : t.markers()) {
            if (m.date().isBefore(start) || m.date().isAfter(end)) {
                continue;
            }
            double mx = x(m.date());
            String label = m.label();
            double w = label.length() * 6.6 + 4;
            boolean leftOf = mx + 7 + w > WIDTH;
            double a = leftOf ? mx - 7 - w : mx - 5;
            double b = leftOf ? mx + 5 : mx + 7 + w;
            int row = 0;
            while (row < rows.size() && rows.get(row).stream().anyMatch(iv -> a < iv[1] + 4 && iv[0] < b + 4)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {a, b});
            int my = y + 8 + row * ROW;
            String title = m.date() + " " + m.type() + " " + m.label() + (m.source() == null ? "" : " (" + m.source() + ")");
            out.append("<g class=\"marker ").append(m.event() ? "event" : "dated").append("\"><title>").append(Html.escape(title))
                    .append("</title>");
            if (m.event()) {
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4.5\"/>", mx, my));
            } else {
                out.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l5 5 l-5 5 l-5 -5 z\"/>", mx, my - 5));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\"%s>%s</text></g>%n", leftOf ? mx - 7 : mx + 7, my + 4,
                    leftOf ? " text-anchor=\"end\"" : "", Html.escape(label)));
        }
        return Math.max(1, rows.size());
    }

    /** The text, cut with an ellipsis if it is wider than {@code room} pixels (the whole text is in the tooltip). */
    private static String fit(String text, double room) {
        int chars = (int) (room / CHAR);
        return text.length() <= chars ? text : text.substring(0, Math.max(1, chars - 1)) + "…";
    }

    static final String CSS = """
            svg.timeline { display: block; }
            svg.timeline text { font: 12px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: #222; }
            svg.timeline text.lane.top { font-weight: 600; }
            svg.timeline text.run { font-size: 11px; font-weight: 600; }
            svg.timeline text.axis { font-size: 11px; fill: #666; }
            svg.timeline g.marker text { font-size: 11px; fill: #333; }
            svg.timeline line.tick { stroke: #fff; stroke-width: 1; }
            svg.timeline g.marker.event circle { fill: #9b1c14; fill-opacity: .8; }
            svg.timeline g.marker.dated path { fill: #2b5797; fill-opacity: .8; }
            #chart { border: 1px solid #e3e3e3; background: #fcfcfc; padding: 4px 0; }
            """;
}
