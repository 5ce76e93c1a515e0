package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;

/**
 * One row per date: {@code date,recommendation,<condition ids...>}. Ids and actions come from the
 * pack, so each cell is quoted as CSV needs ({@link CsvCells}).
 */
final class TimelineCsv {

    private TimelineCsv() {
    }

    static String render(Timeline t) {
        StringBuilder out = new StringBuilder("date,recommendation");
        t.conditions().forEach(c -> out.append(',').append(CsvCells.cell(c.id())));
        out.append('\n');
        for (Timeline.Step s : t.steps()) {
            out.append(s.date()).append(',').append(CsvCells.cell(s.recommendation()));
            for (Condition c : t.conditions()) {
                out.append(',').append(CsvCells.cell(s.statuses().get(c.id())));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
