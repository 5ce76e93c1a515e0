package dev.accord.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.Derived;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.vocabulary.Consideration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The default pack's rules, each condition on its own: given a few facts, expect a status.
 * Every fact set starts from the agreement and the three actors; tests add what they are about.
 */
class NatoAfghanistanPackTest {

    private static final String BASE = """
            facts:
              - { type: Agreement, id: doha, signed: 2020-02-29 }
              - { type: Actor, id: taliban, name: the Taliban, kind: INSURGENT_GROUP }
              - { type: Actor, id: afghan-government, name: the Afghan government, kind: GOVERNMENT }
              - { type: Actor, id: al-qaeda, name: al-Qaeda, kind: TERRORIST_ORGANISATION }
              - { type: Actor, id: isis-k, name: ISIS-K, kind: TERRORIST_ORGANISATION }
              - { type: Actor, id: pakistan, name: Pakistan, kind: STATE }
            """;

    private static final String TALKS_ONGOING =
            "  - { type: Talks, party: taliban, counterpart: afghan-government, status: ONGOING }\n";
    private static final String TIES_CUT =
            "  - { type: Tie, from: taliban, to: al-qaeda, status: SEVERED, verified: true }\n";
    private static final String VIOLENCE_DOWN =
            "  - { type: ViolenceReport, periodFrom: 2021-01-01, periodTo: 2021-03-31, changePercent: -30 }\n";

    private static Decision given(String... facts) {
        return TestPacks.nato().evaluate(FactSet.parse(BASE + String.join("", facts), "given.yaml"));
    }

    private static String status(Decision d, String condition) {
        return d.condition(condition).orElseThrow().statusLabel();
    }

    private static String tie(String to, String status, boolean verified) {
        return "  - { type: Tie, from: taliban, to: " + to + ", status: " + status + ", verified: " + verified + " }\n";
    }

    @Nested
    class TiesCut {
        @Test
        void anActiveTieWithATerroristOrganisationMeansTiesAreNotCut() {
            assertThat(status(given(tie("al-qaeda", "ACTIVE", true)), "ties-cut")).isEqualTo("NOT_MET");
        }

        @Test
        void aVerifiedSeveranceOfEveryTieMeansTiesAreCut() {
            assertThat(status(given(tie("al-qaeda", "SEVERED", true), tie("isis-k", "SEVERED", true)), "ties-cut"))
                    .isEqualTo("MET");
        }

        @Test
        void oneActiveTieOutweighsAVerifiedSeveranceOfAnother() {
            assertThat(status(given(tie("al-qaeda", "SEVERED", true), tie("isis-k", "ACTIVE", true)), "ties-cut"))
                    .isEqualTo("NOT_MET");
        }

        @Test
        void anUnverifiedSeveranceLeavesTheConditionUnknown() {
            assertThat(status(given(tie("al-qaeda", "SEVERED", false)), "ties-cut")).isEqualTo("UNKNOWN");
        }

        @Test
        void aTieOfUnknownStateLeavesTheConditionUnknown() {
            assertThat(status(given(tie("al-qaeda", "UNKNOWN", true)), "ties-cut")).isEqualTo("UNKNOWN");
        }

        @Test
        void noEvidenceAboutTiesIsUnknownNotUnmet() {
            assertThat(status(given(), "ties-cut")).isEqualTo("UNKNOWN");
        }

        @Test
        void tiesWithAStateAreNotTiesWithATerroristOrganisation() {
            assertThat(status(given(tie("pakistan", "ACTIVE", true)), "ties-cut")).isEqualTo("UNKNOWN");
        }

        @Test
        void thePartysOwnClaimDoesNotVerifyTheCondition() {
            Decision d = given("  - { type: Claim, by: taliban, says: they cut all ties }\n",
                    tie("al-qaeda", "SEVERED", false));

            assertThat(status(d, "ties-cut")).isEqualTo("UNKNOWN");
            assertThat(d.considerations()).extracting(c -> c.value().getTopic()).contains("unverified-claim");
        }
    }

    @Nested
    class TalksStarted {
        @Test
        void ongoingTalksMeetTheCondition() {
            assertThat(status(given(TALKS_ONGOING), "talks-started")).isEqualTo("MET");
        }

        @Test
        void suspendedTalksDoNotMeetIt() {
            assertThat(status(given("  - { type: Talks, party: taliban, counterpart: afghan-government, status: SUSPENDED }\n"),
                    "talks-started")).isEqualTo("NOT_MET");
        }

        @Test
        void talksThatAreOnlyPlannedHaveNotStarted() {
            assertThat(status(given("  - { type: Talks, party: taliban, counterpart: afghan-government, status: PLANNED }\n"),
                    "talks-started")).isEqualTo("NOT_MET");
        }

        @Test
        void anEndedRoundDoesNotCountAgainstOngoingTalks() {
            assertThat(status(given(TALKS_ONGOING,
                    "  - { type: Talks, party: taliban, counterpart: afghan-government, status: ENDED }\n"),
                    "talks-started")).isEqualTo("MET");
        }

        @Test
        void noEvidenceOfTalksIsUnknown() {
            assertThat(status(given(), "talks-started")).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class ViolenceFalls {
        private static String report(String from, double change) {
            return "  - { type: ViolenceReport, periodFrom: " + from + ", periodTo: 2021-03-31, changePercent: " + change + " }\n";
        }

        @Test
        void aRiseAfterTheAgreementMeansViolenceHasNotFallen() {
            assertThat(status(given(report("2020-10-01", 45)), "violence-falls")).isEqualTo("NOT_MET");
        }

        @Test
        void aFallOfLessThanTwentyPercentIsNotEnough() {
            assertThat(status(given(report("2020-10-01", -19.5)), "violence-falls")).isEqualTo("NOT_MET");
        }

        @Test
        void aFallOfExactlyTwentyPercentIsEnough() {
            assertThat(status(given(report("2020-10-01", -20)), "violence-falls")).isEqualTo("MET");
        }

        @Test
        void oneReportShowingTooLittleFallOutweighsAnotherShowingEnough() {
            assertThat(status(given(report("2020-10-01", -30), report("2021-01-01", 5)), "violence-falls"))
                    .isEqualTo("NOT_MET");
        }

        @Test
        void reportsOnPeriodsStartingBeforeTheAgreementDoNotCount() {
            assertThat(status(given(report("2020-01-01", -40)), "violence-falls")).isEqualTo("UNKNOWN");
        }

        @Test
        void aPeriodStartingOnTheDayOfSigningCounts() {
            assertThat(status(given(report("2020-02-29", -25)), "violence-falls")).isEqualTo("MET");
        }
    }

    @Nested
    class Recommendation {
        @Test
        void everyConditionMetMeansWithdraw() {
            assertThat(given(TIES_CUT, TALKS_ONGOING, VIOLENCE_DOWN).action()).contains("WITHDRAW");
        }

        @Test
        void anyConditionNotMetMeansStayEvenWhenOthersAreUnknown() {
            assertThat(given(tie("al-qaeda", "ACTIVE", true)).action()).contains("STAY");
        }

        @Test
        void unknownConditionsWithNoneFailingMeanReview() {
            Decision d = given(TALKS_ONGOING, VIOLENCE_DOWN);

            assertThat(status(d, "ties-cut")).isEqualTo("UNKNOWN");
            assertThat(d.action()).contains("REVIEW");
        }

        @Test
        void stayingIsJustifiedByEveryUnmetCondition() {
            Decision d = given(tie("al-qaeda", "ACTIVE", true),
                    "  - { type: Talks, party: taliban, counterpart: afghan-government, status: SUSPENDED }\n");

            assertThat(d.recommendations().get(0).derivation().justifications()).hasSize(2);
        }
    }

    @Nested
    class Considerations {
        private static final String THREAT = "  - { type: Threat, by: taliban, ifAction: STAY, says: attacks }\n";

        @Test
        void aThreatAgainstStayingIsARiskWhenForcesStay() {
            assertThat(topics(given(THREAT, tie("al-qaeda", "ACTIVE", true)))).contains("escalation-risk");
        }

        @Test
        void aThreatAgainstStayingIsNoRiskWhenForcesLeave() {
            assertThat(topics(given(THREAT, TIES_CUT, TALKS_ONGOING, VIOLENCE_DOWN))).doesNotContain("escalation-risk");
        }

        @Test
        void leavingWithTiesNotVerifiablyCutRisksASafeHaven() {
            assertThat(topics(given(tie("al-qaeda", "SEVERED", false)))).contains("safe-haven-risk");
            assertThat(topics(given(TIES_CUT))).doesNotContain("safe-haven-risk");
        }

        private static java.util.List<String> topics(Decision d) {
            return d.considerations().stream().map(Derived::value).map(Consideration::getTopic).toList();
        }
    }
}
