package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.Timeline;
import dev.accord.analysis.TimelineBuilder;
import dev.accord.render.TimelineFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the timeline page of the real timeline in headless Chromium and checks that the chart is
 * laid out: its script measures the chart and counts its spans and marks as the browser shows
 * them. As for the decision report, the test is skipped without Chromium, except under CI.
 */
class TimelineChartInBrowserTest {

    /** The default pack's real timeline, month by month. */
    private static Timeline natoTimeline() {
        return TimelineBuilder.build(TestPacks.nato(), FactSet.load(Path.of("facts/timeline/2020-02-29-to-2021-04.yaml")),
                null, null, Period.ofMonths(1));
    }

    /** The timeline's page as Chromium leaves it, in a window of the given size. */
    private static String shown(Timeline timeline, Path dir, String window) throws Exception {
        Path page = dir.resolve("timeline.html");
        Files.writeString(page, TimelineFormat.HTML.render(timeline));
        return HeadlessChromium.dumpDom(page, dir, window);
    }

    @Test
    void theChartIsDisplayedWithALanePerConditionAndTheEventsMarked(@TempDir Path dir) throws Exception {
        Timeline timeline = natoTimeline();
        String shown = shown(timeline, dir, "1280,1200");

        assertThat(HeadlessChromium.attribute(shown, "data-chart-width")).isGreaterThan(600);
        assertThat(HeadlessChromium.attribute(shown, "data-chart-height")).isGreaterThan(150);
        // One span per date in the recommendation lane and in each of the three condition lanes.
        assertThat(HeadlessChromium.attribute(shown, "data-chart-spans")).isEqualTo(timeline.steps().size() * 4);
        assertThat(HeadlessChromium.attribute(shown, "data-chart-markers")).isEqualTo(timeline.markers().size()).isGreaterThan(10);
    }

    /**
     * The timeline of the largest pack (the default one, 22 rules) in a 1400 px window: every lane
     * labelled, the recommendation lane too, every mark labelled with no label over another, no
     * date broken over two lines, a legend naming all five statuses and the action, and each change
     * listed with its "because".
     */
    @Test
    void aReaderSeesLabelledLanesAndMarksALegendAndTheChangesWithTheirReasons(@TempDir Path dir) throws Exception {
        Timeline timeline = natoTimeline();
        String shown = shown(timeline, dir, "1400,900");

        assertThat(HeadlessChromium.attribute(shown, "data-chart-right")).as("chart's right edge").isLessThanOrEqualTo(1400);
        assertThat(HeadlessChromium.attribute(shown, "data-page-overflow")).isZero();
        assertThat(HeadlessChromium.attribute(shown, "data-chart-lane-labels")).as("lane labels")
                .isEqualTo(timeline.conditions().size() + 2); // the recommendation, each condition, the marks
        // STAY throughout: one label in the recommendation lane, and one per run of a status in each condition's lane.
        assertThat(shown).contains("<text class=\"run\"").contains(">STAY</text>");
        assertThat(HeadlessChromium.attribute(shown, "data-chart-marker-labels")).isEqualTo(timeline.markers().size());
        assertThat(HeadlessChromium.attribute(shown, "data-chart-overlapping-labels")).isZero();
        assertThat(HeadlessChromium.attribute(shown, "data-dates-wrapped")).isZero();
        assertThat(HeadlessChromium.attribute(shown, "data-legend-statuses")).isEqualTo(5 + 1); // five statuses, one action
        assertThat(shown).contains(">CONFLICT</span>").contains(">NOT_ASSESSED</span>");
        // 3 conditions stated at the first date, then ties-cut, talks-started and violence-falls change once each.
        assertThat(HeadlessChromium.attribute(shown, "data-changes")).isEqualTo(6);
        assertThat(HeadlessChromium.attribute(shown, "data-becauses")).isEqualTo(6);
    }
}
