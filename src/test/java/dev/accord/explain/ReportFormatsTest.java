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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report renders through one method, in the formats it has, and says which when asked for another. */
class ReportFormatsTest {

    private static final FactSet FACTS = FactSet.load(TestPacks.DEFAULT_FACTS);

    @Test
    void aWhyNotAnswerRendersAsTextOrJsonAndRefusesMarkdownNamingWhatItHas() {
        WhyNot answer = TestPacks.nato().evaluate(FACTS).whyNot("WITHDRAW");

        assertThat(answer.render(Format.TEXT)).startsWith("Why not WITHDRAW?");
        assertThat(answer.render(Format.JSON)).startsWith("{").contains("\"target\" : \"WITHDRAW\"");
        assertThatThrownBy(() -> answer.render(Format.MD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a why-not answer renders as text or json, not md");
    }

    @Test
    void aWhatIfComparisonRendersAsTextOnly() {
        Report comparison = WhatIf.apply(TestPacks.nato(), FACTS, List.of(new FactEdit.RemoveFact("unama-2020-q4")));

        assertThat(comparison.render(Format.TEXT)).startsWith("What if\n");
        assertThatThrownBy(() -> comparison.render(Format.HTML)).hasMessage("a what-if comparison renders as text, not html");
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
        assertThatThrownBy(() -> result.render(Format.JSON)).hasMessage("a sensitivity analysis renders as text, not json");
        assertThat(result.toString()).matches("Sensitivity\\.Result\\[" + java.util.regex.Pattern.quote(TestPacks.DEFAULT_FACTS
                .toString()) + ": STAY \\d+\\.\\d%, \\d+ uncertain facts, exact]");
    }

    @Test
    void aTimelineRendersAsTextJsonOrHtmlAsTheTimelineCommandWritesItAndRefusesMarkdown() {
        Timeline timeline = TimelineBuilder.build(TestPacks.nato(), FACTS, LocalDate.parse("2020-12-15"),
                LocalDate.parse("2021-02-15"), Period.ofMonths(1));

        assertThat(timeline.render(Format.TEXT)).isEqualTo(TimelineFormat.TEXT.render(timeline));
        assertThat(timeline.render(Format.JSON)).isEqualTo(TimelineFormat.JSON.render(timeline)).startsWith("{");
        assertThat(timeline.render(Format.HTML)).isEqualTo(TimelineFormat.HTML.render(timeline));
        assertThatThrownBy(() -> timeline.render(Format.MD))
                .hasMessage("a timeline renders as text or json or html, not md");
        assertThat(timeline.toString()).isEqualTo("Timeline[" + TestPacks.DEFAULT_FACTS + ": 2020-12-15 to 2021-02-15, 3 dates, 1 change]");
    }

    @Test
    void formatsAreFoundByNameInAnyCase() {
        assertThat(Format.byId("JSON")).contains(Format.JSON);
        assertThat(Format.byId("md")).contains(Format.MD);
        assertThat(Format.byId("yaml")).isEmpty();
    }
}
