package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's own limits hold for every evaluation. With a firing limit no decision of the default
 * pack can meet, any request that evaluates fails with a problem; one refused before evaluating
 * (a timeline too long) says so instead.
 */
class ServerLimitsTest {

    private static final String P = "/v1/packs/nato-afghanistan/";
    private static final String F = "facts=" + ServedFolders.FACTS;

    @TempDir
    static Path tmp;
    static ServedFolders served;

    @BeforeAll
    static void start() {
        served = ServedFolders.start(tmp, o -> o.withLimits(o.limits().withMaxFirings(1), o.maxBodyBytes(), o.maxFacts()));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static String type(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body()).path("type").asText();
    }

    @Test
    void whatIfKeepsTheServersLimits() throws Exception {
        assertThat(type(served.get(P + "decision?" + F))).isEqualTo("/problems/evaluation-failed");
        HttpResponse<String> r = served.get(P + "what-if?" + F + "&remove=unama-2020-q4");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(type(r)).isEqualTo("/problems/evaluation-failed");
    }

    @Test
    void theSearchAndSensitivityKeepTheServersLimits() throws Exception {
        for (String analysis : new String[] {"what-if/search?", "what-if/search?target=WITHDRAW&", "sensitivity?"}) {
            HttpResponse<String> r = served.get(P + analysis + F);
            assertThat(r.statusCode()).as(analysis).isEqualTo(422);
            assertThat(type(r)).as(analysis).isEqualTo("/problems/evaluation-failed");
            assertThat(r.body()).as(analysis).contains("the firing limit");
        }
    }

    @Test
    void aTimelineOfTooManyDatesIsRefusedBeforeAnyIsEvaluated() throws Exception {
        String timeline = P + "timeline?facts=timeline/2020-02-29-to-2021-04.yaml";
        for (String span : new String[] {"&from=2000-01-01&every=1w", "&to=2040-01-01&every=1d",
                "&from=1900-01-01&every=1d", "&from=2000-01-01&to=2021-04-30&every=1w"}) {
            HttpResponse<String> r = served.get(timeline + span);
            assertThat(r.statusCode()).as(span).isEqualTo(413);
            assertThat(r.body()).as(span).contains("more than 500 dates");
        }
        // A short one is evaluated, and fails on the firing limit.
        assertThat(type(served.get(timeline + "&from=2021-01-01&to=2021-03-01"))).isEqualTo("/problems/evaluation-failed");
    }
}
