package dev.accord.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.explain.Format;
import dev.accord.explain.Report;
import java.nio.file.Path;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report renders in every format (a decision in DOT too): text, a JSON document that names
 * its schema, Markdown, and one self-contained HTML page; DOT, which draws one decision's graph,
 * is refused by the others with a sentence that says so.
 */
class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, Report> reports;

    private static synchronized Map<String, Report> reports() {
        if (reports == null) {
            FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);
            Decision decision = TestPacks.nato().evaluate(facts);
            Map<String, Report> r = new LinkedHashMap<>();
            r.put("accord.decision/1", decision);
            r.put("accord.why-not/1", decision.whyNot("WITHDRAW"));
            r.put("accord.what-if/1", WhatIf.apply(TestPacks.nato(), facts, List.of(
                    new FactEdit.SetField("taliban-al-qaeda", "status", "SEVERED"), new FactEdit.RemoveFact("unama-2020-q4"))));
            r.put("accord.what-if-search/1", Counterfactuals.search(TestPacks.nato(), facts,
                    Counterfactuals.Options.defaults().withBudget(400)));
            r.put("accord.sensitivity/1", Sensitivity.analyze(TestPacks.nato(), facts, Sensitivity.Options.defaults()));
            r.put("timeline", TimelineBuilder.build(TestPacks.nato(), FactSet.load(Path.of("facts/timeline/2020-02-29-to-2021-04.yaml")),
                    null, null, Period.ofMonths(3)));
            reports = r;
        }
        return reports;
    }

    static Stream<Arguments> reportsAndFormats() {
        return reports().keySet().stream().flatMap(k -> Stream.of(Format.TEXT, Format.JSON, Format.MD, Format.HTML)
                .map(f -> Arguments.of(k, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("reportsAndFormats")
    void everyReportRendersEveryFormat(String schema, Format format) throws Exception {
        String out = reports().get(schema).render(format);

        assertThat(out).endsWith("\n");
        if (format != Format.HTML) { // the decision page's script has isNaN
            assertThat(out).doesNotContain("NaN");
        }
        switch (format) {
            case JSON -> {
                JsonNode doc = JSON.readTree(out);
                if (!schema.equals("timeline")) {
                    assertThat(doc.path("schema").asText()).isEqualTo(schema);
                }
            }
            case MD -> assertThat(out).startsWith("# ");
            case HTML -> {
                assertThat(out).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<style>", "<h1>");
                if (!schema.equals("accord.decision/1")) { // whose page carries its graph libraries inline
                    assertThat(out).as("nothing from the network").doesNotContain("src=", "href=\"http", "<link");
                }
            }
            default -> assertThat(out).isNotBlank();
        }
    }

    @Test
    void onlyADecisionRendersAsDot() {
        reports().forEach((schema, report) -> {
            if (report instanceof Decision) {
                assertThat(report.render(Format.DOT)).startsWith("digraph");
            } else {
                assertThatThrownBy(() -> report.render(Format.DOT)).as(schema).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("no DOT rendering");
            }
        });
    }

    @Test
    void theSearchAndSensitivityJsonCarryWhatAClientActsOn() throws Exception {
        JsonNode search = JSON.readTree(reports().get("accord.what-if-search/1").render(Format.JSON));
        assertThat(search.path("original").path("action").asText()).isEqualTo("STAY");
        assertThat(search.path("original").path("conditions").path("ties-cut").asText()).isEqualTo("NOT_MET");
        JsonNode first = search.path("changeSets").get(0);
        assertThat(first.path("action").asText()).isNotEqualTo("STAY");
        assertThat(first.path("conditions").size()).isEqualTo(3);
        assertThat(first.path("edits").path("set").size() + first.path("edits").path("remove").size())
                .isEqualTo(first.path("changes").size());

        JsonNode sensitivity = JSON.readTree(reports().get("accord.sensitivity/1").render(Format.JSON));
        assertThat(sensitivity.path("facts").asText()).endsWith("2021-02-15-nato-ministerial.yaml");
        assertThat(sensitivity.path("mostLikely").asText()).isEqualTo("STAY");
        JsonNode tie = sensitivity.path("influences").get(0);
        assertThat(tie.path("fact").asText()).isEqualTo("taliban-al-qaeda");
        assertThat(tie.path("swing").asDouble()).isEqualTo(tie.path("whenHolds").asDouble() - tie.path("whenAbsent").asDouble());
    }

    @Test
    void showLimitsTheChangeSetsReadersSeeButNotTheJson() {
        Counterfactuals.Result search = (Counterfactuals.Result) reports().get("accord.what-if-search/1");
        assertThat(search.changeSets()).hasSizeGreaterThan(1);

        assertThat(search.render(Format.MD, 1)).contains("## 1. ").doesNotContain("## 2. ")
                .contains("… and " + (search.changeSets().size() - 1) + " more sets of changes");
        assertThat(search.render(Format.HTML, 1)).contains("more sets of changes");
        assertThat(search.render(Format.JSON, 1)).isEqualTo(search.render(Format.JSON));
        assertThatThrownBy(() -> search.render(Format.TEXT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsHaveAShortToStringAndSensitivityValueEquality() {
        assertThat(reports().get("accord.what-if/1")).hasToString("WhatIf.Comparison[[Tie taliban-al-qaeda: status ACTIVE → SEVERED,"
                + " remove ViolenceReport unama-2020-q4]: STAY → REVIEW]");
        assertThat(reports().get("accord.what-if-search/1").toString()).startsWith("Counterfactuals.Result[a recommendation other than STAY: ")
                .hasSizeLessThan(80);
        reports().values().forEach(r -> assertThat(r.toString()).as(r.getClass().getSimpleName()).hasSizeLessThan(200));

        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);
        assertThat(Sensitivity.analyze(TestPacks.nato(), facts, Sensitivity.Options.defaults()))
                .isEqualTo(reports().get("accord.sensitivity/1"));
        assertThat(Sensitivity.Options.defaults()).isEqualTo(new Sensitivity.Options(10, 2_000, 20210215L));
    }
}
