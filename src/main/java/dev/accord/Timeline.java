package dev.accord;

import dev.accord.rules.Condition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a decision evolves: the recommendation and the status of every condition at each date,
 * and the dated facts and events that happened in between. Built by
 * {@code dev.accord.analysis.TimelineBuilder}; rendered by {@code dev.accord.explain.TimelineFormat}.
 *
 * @param facts      names the fact sets, as given
 * @param conditions the pack's conditions, in its order: the lanes of the chart
 * @param steps      in date order
 * @param markers    in date order: what the chart marks on its time axis
 */
public record Timeline(String packTitle, String facts, List<Condition> conditions, List<Step> steps, List<Marker> markers) {

    /**
     * The decision at one date.
     *
     * @param recommendation the action, or {@code NONE} or {@code CONFLICT}
     * @param statuses       condition id to {@code MET}, {@code NOT_MET}, {@code UNKNOWN},
     *                       {@code NOT_ASSESSED} or {@code CONFLICT}, in the pack's order
     * @param reasons        condition id to the sentences of the rules behind its status
     */
    public record Step(LocalDate date, String recommendation, Map<String, String> statuses, Map<String, List<String>> reasons) {
    }

    /**
     * A dated fact of the fact set, placed on the time axis.
     *
     * @param event  true for an event ({@code @role(event)}), false for another dated fact
     * @param source the source's title, or null
     */
    public record Marker(LocalDate date, String type, String label, boolean event, String source) {
    }

    /**
     * Whether the decision changed at a step.
     *
     * @param step an index into {@link #steps()}
     * @return true when the recommendation or a condition's status differs from the step before;
     *         always for the first step
     * @throws IndexOutOfBoundsException when there is no such step
     */
    public boolean changed(int step) {
        if (step == 0) {
            return true;
        }
        Step a = steps.get(step - 1);
        Step b = steps.get(step);
        return !a.recommendation().equals(b.recommendation()) || !a.statuses().equals(b.statuses());
    }
}
