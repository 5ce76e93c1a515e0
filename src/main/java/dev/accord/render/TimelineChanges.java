package dev.accord.render;

import dev.accord.Condition;
import dev.accord.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one date of a timeline to the next, with the sentences of the rules behind
 * each new status: the "Changes" every timeline format lists. The first date counts as a change
 * of every condition (from nothing), so the list starts with where things stood.
 */
final class TimelineChanges {

    /**
     * @param what    {@code recommendation} or a condition id
     * @param was     the value at the date before, or null at the first date
     * @param because the rules' sentences behind a condition's new status; empty for the recommendation
     */
    record Change(LocalDate date, String what, String was, String now, List<String> because) {

        boolean ofRecommendation() {
            return what.equals(RECOMMENDATION);
        }
    }

    static final String RECOMMENDATION = "recommendation";

    private TimelineChanges() {
    }

    static List<Change> of(Timeline t) {
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < t.steps().size(); i++) {
            Timeline.Step s = t.steps().get(i);
            Timeline.Step before = i == 0 ? null : t.steps().get(i - 1);
            if (before != null && !before.recommendation().equals(s.recommendation())) {
                out.add(new Change(s.date(), RECOMMENDATION, before.recommendation(), s.recommendation(), List.of()));
            }
            for (Condition c : t.conditions()) {
                String now = s.statuses().get(c.id());
                String was = before == null ? null : before.statuses().get(c.id());
                if (before == null || !now.equals(was)) {
                    out.add(new Change(s.date(), c.id(), was, now, s.reasons().getOrDefault(c.id(), List.of())));
                }
            }
        }
        return out;
    }
}
