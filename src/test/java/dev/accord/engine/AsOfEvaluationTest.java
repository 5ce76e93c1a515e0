package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.explain.Format;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Evaluating as of a date: facts dated after it are not seen, facts dated that day are, and the
 * session clock that windows count back from stands at the end of that day.
 */
class AsOfEvaluationTest {

    private static final String PARTIES = """
            facts:
              - { type: Agreement, id: doha, signed: 2020-02-29 }
              - { type: Actor, id: taliban, name: the Taliban, kind: INSURGENT_GROUP }
              - { type: Actor, id: afghan-government, name: the Afghan government, kind: GOVERNMENT }
            """;

    private static Decision at(String asOf, String... facts) {
        FactSet set = FactSet.parse(PARTIES + String.join("", facts), "given.yaml");
        return TestPacks.nato().evaluate(set, LocalDate.parse(asOf));
    }

    private static String violence(Decision d) {
        return d.condition("violence-falls").orElseThrow().statusLabel();
    }

    private static String report(String periodTo, int change) {
        return "  - { type: ViolenceReport, id: r, periodFrom: 2021-01-01, periodTo: " + periodTo + ", changePercent: " + change + " }\n";
    }

    private static String incident(String id, String date, int casualties) {
        return "  - { type: Incident, id: " + id + ", date: " + date + ", casualties: " + casualties + " }\n";
    }

    /** 150 casualties in the first quarter of 2020, the same days a year before the first quarter of 2021. */
    private static final String A_YEAR_EARLIER = incident("q1-2020", "2020-02-01", 150);

    private static String body(Decision d) {
        String text = d.render(dev.accord.explain.Format.TEXT);
        return text.substring(text.indexOf("Recommendation:"));
    }

    @Test
    void aReportDatedTheDayAfterTheAsOfDateChangesNothing() {
        assertThat(violence(at("2021-03-30", report("2021-03-31", -50)))).isEqualTo("UNKNOWN");
        assertThat(violence(at("2021-03-30"))).isEqualTo("UNKNOWN");
    }

    @Test
    void aReportDatedOnTheAsOfDateCounts() {
        assertThat(violence(at("2021-03-31", report("2021-03-31", -50)))).isEqualTo("MET");
    }

    @Test
    void anIncidentDatedTheDayAfterTheAsOfDateChangesNothing() {
        Decision without = at("2021-03-31", A_YEAR_EARLIER, incident("recent", "2021-02-01", 60));
        Decision with = at("2021-03-31", A_YEAR_EARLIER, incident("recent", "2021-02-01", 60), incident("late", "2021-04-01", 500));

        assertThat(violence(without)).isEqualTo("MET");
        // The same decision, word for word, but for the count of facts in the heading.
        assertThat(body(with)).isEqualTo(body(without));
        assertThat(with.render(dev.accord.explain.Format.TEXT)).contains("60 casualties against 150").doesNotContain("late");
    }

    @Test
    void anIncidentDatedOnTheAsOfDateCounts() {
        Decision d = at("2021-03-31", A_YEAR_EARLIER, incident("recent", "2021-02-01", 60), incident("last-day", "2021-03-31", 500));

        assertThat(violence(d)).isEqualTo("NOT_MET");
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("560 casualties against 150");
    }

    @Test
    void theWindowOfNinetyDaysCoversTheNinetyDaysUpToTheAsOfDate() {
        // 2021-03-31 and the 89 days before it: from 2021-01-01. 2020-12-31 is outside.
        Decision d = at("2021-03-31", A_YEAR_EARLIER, incident("first-day", "2021-01-01", 10), incident("day-before", "2020-12-31", 1000));

        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("10 casualties against 150").contains("a change of -93.3%");
    }

    @Test
    void theAsOfDateOfTheFactSetIsUsedUnlessAnotherIsGiven() {
        FactSet facts = FactSet.parse("asOf: 2021-03-30\n" + PARTIES + report("2021-03-31", -50), "given.yaml");

        assertThat(violence(TestPacks.nato().evaluate(facts))).isEqualTo("UNKNOWN");
        assertThat(violence(TestPacks.nato().evaluate(facts, LocalDate.parse("2021-03-31")))).isEqualTo("MET");
        assertThat(TestPacks.nato().evaluate(facts, LocalDate.parse("2021-03-31")).render(Format.TEXT)).contains("as of 2021-03-31");
    }

    @Test
    void withoutAnAsOfDateEveryFactIsSeenAndWindowsEndOnTheLatestDate() {
        FactSet facts = FactSet.parse(PARTIES + A_YEAR_EARLIER + incident("recent", "2021-03-31", 60), "given.yaml");

        Decision d = TestPacks.nato().evaluate(facts, (java.time.LocalDate) null);

        assertThat(d.asOf()).isEmpty();
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("60 casualties against 150");
    }

    @Test
    void theSameInputsGiveTheSameOutput() {
        String[] facts = {A_YEAR_EARLIER, incident("a", "2021-02-01", 60), incident("b", "2021-03-01", 40), report("2021-03-31", -10)};

        assertThat(at("2021-03-31", facts).render(Format.JSON)).isEqualTo(at("2021-03-31", facts).render(Format.JSON));
    }

    @Test
    void theDefaultFactSetSeesNoViolenceReportBeforeTheirPeriodsEnd() {
        FactSet facts = FactSet.load(TestPacks.DEFAULT_FACTS);

        assertThat(violence(TestPacks.nato().evaluate(facts, LocalDate.parse("2020-12-30")))).isEqualTo("UNKNOWN");
        assertThat(violence(TestPacks.nato().evaluate(facts, LocalDate.parse("2020-12-31")))).isEqualTo("NOT_MET");
        assertThat(TestPacks.nato().evaluate(facts).action()).contains("STAY");
    }
}
