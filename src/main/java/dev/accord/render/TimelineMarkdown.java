package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;

/** The timeline as Markdown: a table of dates, then each change with its "because", then the dated facts. */
final class TimelineMarkdown {

    private TimelineMarkdown() {
    }

    static String render(Timeline t) {
        StringBuilder out = new StringBuilder("# ").append(Markdown.escape(t.packTitle())).append("\n\nHow the decision evolves:")
                .append(" facts `").append(t.facts()).append('`');
        if (!t.steps().isEmpty()) {
            out.append(", ").append(t.steps().get(0).date()).append(" to ").append(t.steps().get(t.steps().size() - 1).date())
                    .append(", ").append(t.steps().size()).append(" dates");
        }
        out.append(".\n\n| date | recommendation |");
        t.conditions().forEach(c -> out.append(" `").append(c.id()).append("` |"));
        out.append("\n| --- | --- |").append(" --- |".repeat(t.conditions().size())).append('\n');
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            String date = t.changed(i) ? "**" + s.date() + "**" : s.date().toString();
            out.append("| ").append(date).append(" | ").append(s.recommendation()).append(" |");
            for (Condition c : t.conditions()) {
                out.append(' ').append(s.statuses().get(c.id())).append(" |");
            }
            out.append('\n');
        }
        java.util.List<TimelineChanges.Change> changes = TimelineChanges.of(t);
        if (!changes.isEmpty()) {
            out.append("\n## Changes\n\n");
            for (TimelineChanges.Change c : changes) {
                out.append("- ").append(c.date()).append(": `").append(c.what()).append("` ")
                        .append(c.was() == null ? "" : c.was() + " → ").append(c.now()).append('\n');
                c.because().forEach(b -> out.append("  - because ").append(Markdown.escape(b)).append('\n'));
            }
        }
        if (!t.markers().isEmpty()) {
            out.append("\n## Dated facts and events\n\n");
            for (Timeline.Marker m : t.markers()) {
                out.append("- ").append(m.date()).append(": `").append(m.type()).append(' ').append(m.label()).append('`')
                        .append(m.source() == null ? "" : " (" + Markdown.escape(m.source()) + ")").append('\n');
            }
        }
        return out.toString();
    }
}
