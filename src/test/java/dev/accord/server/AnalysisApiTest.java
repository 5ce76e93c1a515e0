package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's analyses over HTTP, with their bounds. */
class AnalysisApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String P = "/v1/packs/nato-afghanistan/";
    static final String F = "facts=" + ServedFolders.FACTS;

    @TempDir
    static Path tmp;
    static ServedFolders served;

    @BeforeAll
    static void start() {
        served = ServedFolders.start(tmp);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void findsChangesThatLeadToWithdrawal() throws Exception {
        JsonNode r = JSON.readTree(served.get(P + "what-if/search?" + F + "&target=WITHDRAW&budget=2000").body());
        assertThat(r.path("changeSets")).isNotEmpty();
        assertThat(r.path("changeSets").get(0).path("action").asText()).isEqualTo("WITHDRAW");
        assertThat(r.path("changeSets").get(0).path("changes").toString()).contains("taliban-al-qaeda");
        JsonNode edits = r.path("changeSets").get(0).path("edits");
        String query = "";
        for (JsonNode set : edits.path("set")) {
            query += "&set=" + set.path("fact").asText() + "." + set.path("field").asText() + "="
                    + java.net.URLEncoder.encode(set.path("value").toString(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (JsonNode remove : edits.path("remove")) {
            query += "&remove=" + remove.asText();
        }
        JsonNode applied = JSON.readTree(served.get(P + "what-if?" + F + query).body());
        assertThat(applied.path("after").path("action").asText()).as("the answer applied as what-if edits").isEqualTo("WITHDRAW");
        assertThat(served.get(P + "what-if/search?" + F + "&target=SURRENDER").statusCode()).isEqualTo(404);
        assertThat(served.get(P + "what-if/search?" + F + "&budget=999999").statusCode()).isEqualTo(400);
    }

    @Test
    void weighsTheFactsConfidence() throws Exception {
        JsonNode r = JSON.readTree(served.get(P + "sensitivity?" + F).body());
        assertThat(r.path("mostLikely").asText()).isEqualTo("STAY");
        double total = 0;
        for (JsonNode p : r.path("probabilities")) {
            total += p.asDouble();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.path("influences").toString()).contains("unama-2020-q4");
    }

    /** One renderer writes both: the server answers the JSON that {@code --format json} prints. */
    @Test
    void theSearchAndSensitivityAnswerTheCommandLinesJson() throws Exception {
        var cliSearch = dev.accord.cli.Cli.accord("what-if", "--target", "WITHDRAW", "--budget", "300", "--format", "json");
        assertThat(cliSearch.code()).as(cliSearch.err()).isZero();
        assertThat(served.get(P + "what-if/search?" + F + "&target=WITHDRAW&budget=300").body()).isEqualTo(cliSearch.out());

        var cliSensitivity = dev.accord.cli.Cli.accord("sensitivity", "--format", "json");
        assertThat(cliSensitivity.code()).as(cliSensitivity.err()).isZero();
        JsonNode cli = JSON.readTree(cliSensitivity.out());
        JsonNode server = JSON.readTree(served.get(P + "sensitivity?" + F).body());
        assertThat(server.path("facts").asText()).isEqualTo("facts/" + ServedFolders.FACTS);
        ((com.fasterxml.jackson.databind.node.ObjectNode) cli).remove("facts");
        ((com.fasterxml.jackson.databind.node.ObjectNode) server).remove("facts");
        assertThat(server).isEqualTo(cli);

        assertThat(served.get(P + "sensitivity?" + F, "Accept", "text/html").body()).startsWith("<!DOCTYPE html>")
                .contains("What moves STAY most").doesNotContain(served.facts.toString());
        assertThat(served.get(P + "what-if/search?" + F + "&budget=50&format=md").body()).startsWith("# What would lead to");
        // What-if's page stays the new decision's report, graph and all: the workbench shows it in its frame.
        assertThat(served.get(P + "what-if?" + F + "&remove=unama-2020-q4&format=html").body()).contains("id=\"graph-box\"");
    }

    @Test
    void decidesAtEachDateOfATimeline() throws Exception {
        JsonNode r = JSON.readTree(served.get(P + "timeline?facts=timeline/2020-02-29-to-2021-04.yaml").body());
        assertThat(r.path("steps").size()).isGreaterThan(10);
        // Named as the client knows it: where the served folders are on disk is the server's own affair.
        assertThat(r.path("facts").asText()).isEqualTo("facts/timeline/2020-02-29-to-2021-04.yaml");
        assertThat(served.get(P + "timeline?facts=timeline/2020-02-29-to-2021-04.yaml&format=html").body())
                .contains("facts/timeline/2020-02-29-to-2021-04.yaml").doesNotContain(served.facts.toString());
        assertThat(served.get(P + "timeline?facts=timeline/2020-02-29-to-2021-04.yaml&format=csv").body())
                .startsWith("date,recommendation,");
        assertThat(served.get(P + "timeline?" + F + "&every=daily").statusCode()).isEqualTo(400);
        assertThat(served.get(P + "timeline?" + F + "&from=1900-01-01&to=2021-01-01&every=1d").statusCode()).isEqualTo(413);
    }

    @Test
    void runsThePacksScenarios() throws Exception {
        JsonNode r = JSON.readTree(served.get(P + "test").body());
        assertThat(r.path("passed").asInt()).isEqualTo(r.path("scenarios").size()).isPositive();
        assertThat(r.path("failed").asInt()).isZero();
        assertThat(r.path("scenarios").get(0).path("file").asText()).startsWith("rules/nato-afghanistan/scenarios/");
        assertThat(served.get(P + "test?format=text").body()).contains("passed");
    }
}
