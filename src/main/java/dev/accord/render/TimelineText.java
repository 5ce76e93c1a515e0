package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline as a table, one row per date, a {@code *} beside what changed since the row
 * before; then each change with the sentences of the rules that made it, and the dated facts.
 */
final class TimelineText {

    private TimelineText() {
    }

    static String render(Timeline t) {
        StringBuilder out = new StringBuilder();
        out.append(t.packTitle()).append('\n');
        out.append("  facts  ").append(t.facts()).append('\n');
        if (!t.steps().isEmpty()) {
            out.append("  dates  ").append(t.steps().get(0).date()).append(" to ")
                    .append(t.steps().get(t.steps().size() - 1).date()).append(", ").append(t.steps().size()).append(" dates\n");
        }
        out.append('\n');
        List<String> header = new ArrayList<>(List.of("date", "recommendation"));
        t.conditions().forEach(c -> header.add(c.id()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            Timeline.Step before = i == 0 ? null : t.steps().get(i - 1);
            List<String> row = new ArrayList<>();
            row.add(s.date().toString());
            row.add(marked(s.recommendation(), before == null ? null : before.recommendation()));
            for (Condition c : t.conditions()) {
                row.add(marked(s.statuses().get(c.id()), before == null ? null : before.statuses().get(c.id())));
            }
            rows.add(row);
        }
        table(out, header, rows);
        changes(out, t);
        if (!t.markers().isEmpty()) {
            out.append("\nDated facts and events\n");
            for (Timeline.Marker m : t.markers()) {
                out.append("  ").append(m.date()).append("  ").append(m.type()).append(' ').append(m.label())
                        .append(m.source() == null ? "" : "  (" + m.source() + ")").append('\n');
            }
        }
        return out.toString();
    }

    private static String marked(String now, String before) {
        return before != null && !before.equals(now) ? now + " *" : now;
    }

    private static void changes(StringBuilder out, Timeline t) {
        out.append("\nChanges (* above)\n");
        for (TimelineChanges.Change c : TimelineChanges.of(t)) {
            out.append("  ").append(c.date()).append("  ").append(c.what())
                    .append(c.was() == null ? " " : " " + c.was() + " -> ")
                    .append(c.now()).append('\n');
            for (String reason : c.because()) {
                out.append("                because ").append(reason).append('\n');
            }
        }
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
        }
        line(out, header, widths);
        for (List<String> r : rows) {
            line(out, r, widths);
        }
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            l.append(cells.get(c));
            if (c < cells.size() - 1) {
                l.append(" ".repeat(widths[c] - cells.get(c).length() + 2));
            }
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
