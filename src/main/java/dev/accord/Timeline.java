package dev.accord;

import dev.accord.explain.Format;
import dev.accord.explain.Report;
import dev.accord.render.TimelineFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a decision evolves: the recommendation and the status of every condition at each date,
 * and the dated facts and events that happened in between. Built by
 * {@code dev.accord.analysis.TimelineBuilder}; rendered by {@link #render(Format)}.
 *
 * @param facts      names the fact sets, as given
 * @param conditions the pack's conditions, in its order: the lanes of the chart
 * @param steps      in date order
 * @param markers    in date order: what the chart marks on its time axis
 */
public record Timeline(String packTitle, String facts, List<Condition> conditions, List<Step> steps, List<Marker> markers)
        implements Report {

    /**
     * Copies the lists: a timeline never changes once made.
     *
     * @param packTitle  the pack's title
     * @param facts      names the fact sets, as given
     * @param conditions the pack's conditions, in its order
     * @param steps      in date order
     * @param markers    in date order
     */
    public Timeline {
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
        markers = List.copyOf(markers);
    }

    /**
     * The timeline as text (a table), JSON, Markdown or an HTML chart, as {@code accord timeline}
     * writes it (its CSV, one row per date, comes from {@link #steps()}).
     *
     * @param format {@link Format#TEXT}, {@link Format#JSON}, {@link Format#MD} or {@link Format#HTML}
     * @return the rendered timeline
     * @throws IllegalArgumentException for {@link Format#DOT}: DOT draws one decision's derivation
     *                                  graph, and a timeline is many decisions
     */
    @Override
    public String render(Format format) {
        return switch (format) {
            case TEXT -> TimelineFormat.TEXT.render(this);
            case JSON -> TimelineFormat.JSON.render(this);
            case MD -> TimelineFormat.MD.render(this);
            case HTML -> TimelineFormat.HTML.render(this);
            case DOT -> throw new IllegalArgumentException("a timeline has no DOT rendering: DOT draws one decision's"
                    + " derivation graph");
        };
    }

    /**
     * One line, e.g. {@code Timeline[nato-afghanistan.yaml: 2020-01-01 to 2021-02-01, 14 dates, 3 changes]}.
     */
    @Override
    public String toString() {
        long changes = java.util.stream.IntStream.range(1, steps.size()).filter(this::changed).count();
        String span = steps.isEmpty() ? "no dates"
                : steps.get(0).date() + " to " + steps.get(steps.size() - 1).date() + ", " + steps.size() + " dates";
        return "Timeline[" + facts + ": " + span + ", " + changes + (changes == 1 ? " change]" : " changes]");
    }

    /**
     * The decision at one date.
     *
     * @param recommendation the action, or {@code NONE} or {@code CONFLICT}
     * @param statuses       condition id to {@code MET}, {@code NOT_MET}, {@code UNKNOWN},
     *                       {@code NOT_ASSESSED} or {@code CONFLICT}, in the pack's order
     * @param reasons        condition id to the sentences of the rules behind its status
     */
    public record Step(LocalDate date, String recommendation, Map<String, String> statuses, Map<String, List<String>> reasons) {

        /**
         * Copies the maps, in their order, and each list of reasons.
         *
         * @param date           the step's date
         * @param recommendation the action, or {@code NONE} or {@code CONFLICT}
         * @param statuses       condition id to status, in the pack's order
         * @param reasons        condition id to the sentences of the rules behind its status
         */
        public Step {
            statuses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statuses));
            java.util.Map<String, List<String>> copied = new java.util.LinkedHashMap<>();
            reasons.forEach((condition, sentences) -> copied.put(condition, List.copyOf(sentences)));
            reasons = java.util.Collections.unmodifiableMap(copied);
        }
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
