package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import dev.accord.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision at each date: evaluated in one session advancing its clock, equal to evaluating each date afresh. */
class TimelineTest {

    static final Path TIMELINE = Path.of("facts/timeline/2020-02-29-to-2021-04.yaml");

    private static Timeline.Step at(Timeline t, String date) {
        return t.steps().stream().filter(s -> s.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    private static void assertEqualsEvaluatingEachDateAfresh(RulePack pack, FactSet facts, Timeline timeline) {
        assertThat(timeline.steps()).hasSizeGreaterThan(3);
        for (Timeline.Step step : timeline.steps()) {
            Timeline.Step afresh = TimelineBuilder.step(pack.evaluate(facts, step.date()));
            assertThat(step).as("the decision at " + step.date()).isEqualTo(afresh);
        }
    }

    @Test
    void theRealTimelineEqualsEvaluatingEachMonthAfresh() {
        FactSet facts = FactSet.load(TIMELINE);
        Timeline timeline = TimelineBuilder.build(TestPacks.nato(), facts, null, null, Period.ofMonths(1));

        assertEqualsEvaluatingEachDateAfresh(TestPacks.nato(), facts, timeline);
    }

    @Test
    void windowsSlideWithTheClockAsWhenEachDateIsEvaluatedAfresh() {
        FactSet facts = FactSet.load(Path.of("rules/nato-afghanistan/scenarios/incidents-rose.yaml"));
        Timeline timeline = TimelineBuilder.build(TestPacks.nato(), facts, LocalDate.parse("2021-01-15"),
                LocalDate.parse("2021-07-15"), Period.ofDays(10));

        assertEqualsEvaluatingEachDateAfresh(TestPacks.nato(), facts, timeline);
        // The incident of February 2021 leaves the 90-day window in May 2021.
        assertThat(at(timeline, "2021-03-06").statuses().get("violence-falls")).isEqualTo("NOT_MET");
        assertThat(at(timeline, "2021-05-15").statuses().get("violence-falls")).isNotEqualTo("NOT_MET");
    }

    @Test
    void theRealTimelineChangesWhenTheCitedEventsHappen() {
        Timeline t = TimelineBuilder.build(TestPacks.nato(), FactSet.load(TIMELINE), null, null, Period.ofMonths(1));

        assertThat(t.steps().get(0).date()).isEqualTo(LocalDate.parse("2020-02-29"));
        // The Monitoring Team's report of 27 May 2020 on ties with al-Qaeda.
        assertThat(at(t, "2020-04-30").statuses().get("ties-cut")).isEqualTo("UNKNOWN");
        assertThat(at(t, "2020-05-31").statuses().get("ties-cut")).isEqualTo("NOT_MET");
        // Intra-Afghan negotiations opened on 12 September 2020.
        assertThat(at(t, "2020-08-31").statuses().get("talks-started")).isEqualTo("NOT_MET");
        assertThat(at(t, "2020-09-30").statuses().get("talks-started")).isEqualTo("MET");
        // UNAMA: civilian casualties of the last quarter of 2020 up 45% on a year earlier.
        assertThat(at(t, "2020-11-30").statuses().get("violence-falls")).isEqualTo("UNKNOWN");
        assertThat(at(t, "2020-12-31").statuses().get("violence-falls")).isEqualTo("NOT_MET");
        assertThat(t.markers()).extracting(Timeline.Marker::label).contains("kabul-deputy-governor-killed", "unama-2020-q4");
    }

    @Test
    void atTheMinisterialTheTimelineDecidesAsTheDefaultFactSetDoes() {
        Timeline t = TimelineBuilder.build(TestPacks.nato(), FactSet.load(TIMELINE), null, null, Period.ofMonths(1));
        Timeline.Step ministerial = at(t, "2021-02-15");
        var defaultDecision = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));

        assertThat(ministerial.recommendation()).isEqualTo(defaultDecision.action().orElseThrow());
        assertThat(ministerial.statuses()).isEqualTo(Map.of("ties-cut", "NOT_MET", "talks-started", "MET", "violence-falls", "NOT_MET"));
        defaultDecision.conditions().forEach(c -> assertThat(ministerial.statuses().get(c.id())).isEqualTo(c.statusLabel()));
    }

    @Test
    void readsStepsAnAnalystTypes() {
        assertThat(List.of("1M", "2w", "15d", "1y").stream().map(TimelineBuilder::step).toList())
                .containsExactly(Period.ofMonths(1), Period.ofWeeks(2), Period.ofDays(15), Period.ofYears(1));
    }
}
