package dev.accord.render;

import dev.accord.Timeline;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The output formats of {@code accord timeline} and the server's timeline, CSV among them.
 * Internal: a caller renders a timeline with {@link Timeline#render(dev.accord.explain.Format)}.
 */
public enum TimelineFormat {
    /** A table: one row per date, one column per condition, then what changed and why. */
    TEXT(TimelineText::render),
    /** The steps, statuses, reasons and markers as JSON. */
    JSON(TimelineJson::render),
    /** One row per date: date, recommendation, each condition's status. */
    CSV(TimelineCsv::render),
    /** A self-contained page with the timeline as a chart of lanes. */
    HTML(TimelineHtml::render),
    /** Markdown: the table of dates, the changes with their "because", the dated facts. */
    MD(TimelineMarkdown::render);

    private final Function<Timeline, String> renderer;

    TimelineFormat(Function<Timeline, String> renderer) {
        this.renderer = renderer;
    }

    /**
     * Renders a timeline.
     *
     * @param timeline the timeline
     * @return the timeline in this format
     */
    public String render(Timeline timeline) {
        return renderer.apply(timeline);
    }

    /**
     * The name users type: {@code text}, {@code json}, {@code csv}, {@code html}, {@code md}.
     *
     * @return the id, lower case
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a user named.
     *
     * @param id the format's id, lower case
     * @return the format; empty when there is none by that name
     */
    public static Optional<TimelineFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}
