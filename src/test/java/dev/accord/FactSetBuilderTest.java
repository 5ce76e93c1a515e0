package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.explain.Format;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts built in code decide, explain and fail exactly as facts read from a file do, with the
 * caller's origin where a file would have its line.
 */
class FactSetBuilderTest {

    /** The facts of the February 2021 ministerial the default pack needs, as an application would build them. */
    static FactSetBuilder ministerial() {
        return FactSet.builder("intake-api")
                .asOf(LocalDate.of(2021, 2, 15))
                .source("un-monitoring-team-11", "Eleventh report of the Monitoring Team", "UN Security Council",
                        LocalDate.of(2020, 5, 27))
                .source("unama-2020", "UNAMA annual report 2020")
                .fact("Agreement", f -> f.id("doha-agreement").set("title", "Doha agreement")
                        .set("signed", LocalDate.of(2020, 2, 29)).fixed())
                .fact("Actor", f -> f.id("taliban").set("name", "the Taliban").set("kind", "INSURGENT_GROUP"))
                .fact("Actor", f -> f.id("afghan-government").set("name", "the Afghan government").set("kind", "GOVERNMENT"))
                .fact("Actor", f -> f.id("al-qaeda").set("name", "al-Qaeda").set("kind", "TERRORIST_ORGANISATION"))
                .fact("Tie", f -> f.id("taliban-al-qaeda").set("from", "taliban").set("to", "al-qaeda")
                        .set("status", "ACTIVE").set("verified", true).source("un-monitoring-team-11")
                        .confidence(0.9).origin("ties-db row 7"))
                .fact("Talks", f -> f.id("intra-afghan-negotiations").set("party", "taliban")
                        .set("counterpart", "afghan-government").set("status", "ONGOING")
                        .set("started", LocalDate.of(2020, 9, 12)))
                .fact("ViolenceReport", f -> f.id("unama-2020-q4").set("measure", "civilian casualties")
                        .set("periodFrom", LocalDate.of(2020, 10, 1)).set("periodTo", LocalDate.of(2020, 12, 31))
                        .set("changePercent", 45).source("unama-2020").fixed("periodFrom", "periodTo"));
    }

    @Test
    void factsBuiltInCodeDecideAsTheSameFactsInAFileDo() {
        Decision decision = TestPacks.nato().evaluate(ministerial().build());

        assertThat(decision.action()).contains("STAY");
        assertThat(decision.conditions()).extracting(ConditionResult::statusLabel)
                .containsExactly("NOT_MET", "MET", "NOT_MET");
        assertThat(decision.condition("ties-cut").map(ConditionResult::status)).contains(ConditionStatus.NOT_MET);
    }

    @Test
    void explanationsShowTheCallersOriginWhereAFileWouldHaveItsLine() {
        String text = TestPacks.nato().evaluate(ministerial().build()).render(Format.TEXT);

        assertThat(text).contains("fact Tie taliban-al-qaeda {from: taliban, to: al-qaeda, status: ACTIVE, verified: true}"
                + "  [ties-db row 7] [source un-monitoring-team-11]");
        assertThat(text).contains("fact ViolenceReport unama-2020-q4 {measure: civilian casualties, periodFrom: 2020-10-01,"
                + " periodTo: 2020-12-31, changePercent: 45}  [intake-api] [source unama-2020]");
    }

    @Test
    void confidenceAndFixedReachTheFactsAsFromAFile() {
        FactSet facts = ministerial().build();

        assertThat(facts.fact("taliban-al-qaeda").orElseThrow().confidence()).isEqualTo(0.9);
        assertThat(facts.fact("doha-agreement").orElseThrow().isFixed()).isTrue();
        assertThat(facts.fact("unama-2020-q4").orElseThrow().isFixed("periodTo")).isTrue();
        assertThat(facts.fact("unama-2020-q4").orElseThrow().isFixed("changePercent")).isFalse();
        assertThat(facts.asOf()).contains(LocalDate.of(2021, 2, 15));
        assertThat(facts.file()).isEqualTo("intake-api");
    }

    @Test
    void validateGivesTheDiagnosticsAFileWithTheSameValuesGets() {
        FactSet built = FactSet.builder("orders-db").fact("ViolenceReport", f -> f.id("unama-2020-q4")
                .set("changePercent", "many").set("periodTo", "last year")).build();
        FactSet file = FactSet.parse("""
                facts:
                  - type: ViolenceReport
                    id: unama-2020-q4
                    changePercent: many
                    periodTo: last year
                """, "broken.yaml");

        List<Diagnostic> fromCode = TestPacks.nato().validate(built);
        List<Diagnostic> fromFile = TestPacks.nato().validate(file);

        assertThat(fromCode).hasSize(2);
        assertThat(fromCode).extracting(Diagnostic::message)
                .containsExactlyInAnyOrderElementsOf(fromFile.stream().map(Diagnostic::message).toList());
        assertThat(fromCode).extracting(d -> d.location().toString()).containsOnly("orders-db");
        assertThat(fromCode.get(0).message()).contains("fact 'unama-2020-q4': ViolenceReport.");
    }

    @Test
    void validateFindsNothingInFactsThatFitAndAnEvaluationRaisesWhatItFinds() {
        assertThat(TestPacks.nato().validate(ministerial().build())).isEmpty();

        FactSet wrong = FactSet.builder("form").fact("Tie", f -> f.set("status", "BROKEN")).build();
        List<Diagnostic> found = TestPacks.nato().validate(wrong);
        InvalidFactsException raised = catchThrowableOfType(InvalidFactsException.class, () -> TestPacks.nato().evaluate(wrong));

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .contains("Tie.status: expected one of");
        assertThat(raised.diagnostics()).isEqualTo(found);
    }

    @Test
    void buildRefusesWhatAFileReaderRefusesEachAtItsOrigin() {
        FactSetBuilder builder = FactSet.builder("intake-api")
                .fact("Tie", f -> f.id("t1").source("nowhere").origin("row 1"))
                .fact("Tie", f -> f.id("t1").confidence(1.5).origin("row 2"));

        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, builder::build);

        assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
                "row 1: error: fact 't1': unknown source 'nowhere'; the fact set defines no sources",
                "row 2: error: duplicate id 't1' (first used at row 1)",
                "row 2: error: confidence: expected a number from 0 to 1, got the number 1.5");
    }

    @Test
    void aValueNoFactSetCanStateIsRefusedWhereItIsSet() {
        assertThatThrownBy(() -> FactSet.builder("x").fact("Tie", f -> f.set("from", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from: a java.lang.Object cannot be stated");
    }
}
