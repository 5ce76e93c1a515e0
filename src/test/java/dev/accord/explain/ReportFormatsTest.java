package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.Timeline;
import dev.accord.analysis.Sensitivity;
import dev.accord.analysis.TimelineBuilder;
import dev.accord.analysis.WhatIf;
import dev.accord.render.TimelineFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every report renders through one method, in every format but DOT (a decision's alone); each
 * report in each format: {@code dev.accord.analysis.ReportFormatsTest}.
 */
class ReportFormatsTest {

    private static final FactSet FACTS = FactSet.load(TestPacks.DEFAULT_FACTS);

    @Test
    void aWhyNotAnswerRendersItsTextTreeAsMarkdownListsAndRefusesDot() {
        WhyNot answer = TestPacks.nato().evaluate(FACTS).whyNot("WITHDRAW");

        assertThat(answer.render(Format.TEXT)).startsWith("Why not WITHDRAW?");
        assertThat(answer.render(Format.JSON)).startsWith("{").contains("\"target\" : \"WITHDRAW\"");
        assertThat(answer.render(Format.MD)).startsWith("# Why not WITHDRAW?\n\n- WITHDRAW is not recommended")
                .contains("\n  - rule \"Withdraw when every condition is met\" did not fire");
        assertThat(answer.render(Format.HTML)).contains("<h1>Why not WITHDRAW?</h1>", "<ul class=\"tree\">");
        assertThatThrownBy(() -> answer.render(Format.DOT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a why-not answer has no DOT rendering");
    }

    @Test
    void aWhatIfComparisonRendersTheChangeInEveryFormat() {
        Report comparison = WhatIf.apply(TestPacks.nato(), FACTS, List.of(new FactEdit.RemoveFact("unama-2020-q4")));

        assertThat(comparison.render(Format.TEXT)).startsWith("What if\n");
        assertThat(comparison.render(Format.MD)).startsWith("# What if\n\n- remove ViolenceReport unama-2020-q4\n")
                .contains("**Recommendation: STAY** (unchanged)", "| `violence-falls` | NOT_MET | **UNKNOWN** |");
        assertThat(comparison.render(Format.HTML)).contains("<tr class=\"changed\"><td><code>violence-falls</code>");
        assertThatThrownBy(() -> comparison.render(Format.DOT)).hasMessageContaining("render its after() decision");
    }

    @Test
    void aDecisionIsAReportAndItsToStringIsOneLine() {
        Decision decision = TestPacks.nato().evaluate(FACTS);

        assertThat(((Report) decision).render(Format.TEXT)).startsWith("NATO's conditions");
        assertThat(decision.toString()).isEqualTo(
                "Decision[nato-afghanistan: RECOMMENDED STAY, ties-cut NOT_MET, talks-started MET, violence-falls NOT_MET]");
    }

    @Test
    void aSensitivityResultRendersAsTextNamingItsFactsAndSaysItsOddsInOneLine() {
        Report result = Sensitivity.analyze(TestPacks.nato(), FACTS, Sensitivity.Options.defaults());

        assertThat(result.render(Format.TEXT)).startsWith("Sensitivity of " + TestPacks.DEFAULT_FACTS + ": ")
                .contains("What moves STAY most");
        assertThat(result.render(Format.JSON)).contains("\"schema\" : \"accord.sensitivity/1\"");
        assertThat(result.toString()).matches("Sensitivity\\.Result\\[" + java.util.regex.Pattern.quote(TestPacks.DEFAULT_FACTS
                .toString()) + ": STAY \\d+\\.\\d%, \\d+ uncertain facts, exact]");
    }

    @Test
    void aTimelineRendersAsTheTimelineCommandWritesItAndRefusesDot() {
        Timeline timeline = TimelineBuilder.build(TestPacks.nato(), FACTS, LocalDate.parse("2020-12-15"),
                LocalDate.parse("2021-02-15"), Period.ofMonths(1));

        assertThat(timeline.render(Format.TEXT)).isEqualTo(TimelineFormat.TEXT.render(timeline));
        assertThat(timeline.render(Format.JSON)).isEqualTo(TimelineFormat.JSON.render(timeline)).startsWith("{");
        assertThat(timeline.render(Format.HTML)).isEqualTo(TimelineFormat.HTML.render(timeline));
        assertThat(timeline.render(Format.MD)).isEqualTo(TimelineFormat.MD.render(timeline))
                .contains("| date | recommendation | `ties-cut` |", "| **2020-12-15** | STAY |");
        assertThatThrownBy(() -> timeline.render(Format.DOT)).hasMessageStartingWith("a timeline has no DOT rendering");
        assertThat(timeline.toString()).isEqualTo("Timeline[" + TestPacks.DEFAULT_FACTS + ": 2020-12-15 to 2021-02-15, 3 dates, 1 change]");
    }

    @Test
    void formatsAreFoundByNameInAnyCase() {
        assertThat(Format.byId("JSON")).contains(Format.JSON);
        assertThat(Format.byId("md")).contains(Format.MD);
        assertThat(Format.byId("yaml")).isEmpty();
    }
}
