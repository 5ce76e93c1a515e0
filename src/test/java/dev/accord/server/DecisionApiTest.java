package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.FactSet;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision API answers what the command line answers, in the formats asked for, and problems as RFC 9457 documents. */
class DecisionApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DECISION = "/v1/packs/nato-afghanistan/decision";

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

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void evaluatesANamedFactSetToTheSameJsonAsTheCommandLine() throws Exception {
        HttpResponse<String> r = served.get(DECISION + "?facts=" + ServedFolders.FACTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        RulePack pack = RulePack.load(served.rules.resolve("nato-afghanistan"), LoadOptions.defaults().withCache(ServedFolders.CACHE));
        String cli = pack.evaluate(FactSet.load(served.facts.resolve(ServedFolders.FACTS))).render(Format.JSON);
        assertThat(r.body()).isEqualTo(cli);
        assertThat(json(r).path("action").asText()).isEqualTo("STAY");
    }

    @Test
    void evaluatesAPostedYamlOrJsonFactSet() throws Exception {
        String yaml = Files.readString(served.facts.resolve("hypothetical-all-conditions-met.yaml"));
        HttpResponse<String> fromYaml = served.post(DECISION, yaml, "Content-Type", "application/yaml");
        assertThat(fromYaml.statusCode()).isEqualTo(200);
        assertThat(json(fromYaml).path("action").asText()).isEqualTo("WITHDRAW");
        String json = Files.readString(served.facts.resolve("hypothetical-unverified-claims.json"));
        HttpResponse<String> fromJson = served.post(DECISION, json, "Content-Type", "application/json");
        assertThat(fromJson.statusCode()).isEqualTo(200);
        assertThat(json(fromJson).path("schema").asText()).isEqualTo("accord.decision/1");
    }

    @Test
    void theHtmlReportNamesFactsOutsideTheWorkingFolderWithoutClimbingToThem() {
        // The served folders lie under /tmp: the report once named the fact set ../../tmp/...
        String html = served.get(DECISION + "?facts=" + ServedFolders.FACTS + "&format=html").body();
        java.nio.file.Path file = served.facts.resolve(ServedFolders.FACTS).toAbsolutePath().normalize();
        // One level up is still shown relative (a checkout under /tmp, as CI's, is a sibling of the
        // temporary folder); anything further by its absolute path.
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        String shown = file.startsWith(cwd.getParent()) ? cwd.relativize(file).toString() : file.toString();
        assertThat(html).contains("facts <code>" + shown + "</code>").doesNotContain("../../");
    }

    @Test
    void decidesAsOfAnEarlierDateWhenAsked() throws Exception {
        HttpResponse<String> r = served.get(DECISION + "?facts=timeline/2020-02-29-to-2021-04.yaml&asOf=2020-03-31");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("facts").path("asOf").asText()).isEqualTo("2020-03-31");
    }

    @Test
    void rendersTextMarkdownAndHtmlOnRequest() {
        String q = DECISION + "?facts=" + ServedFolders.FACTS;
        assertThat(served.get(q, "Accept", "text/plain").body()).contains("Recommendation: STAY");
        HttpResponse<String> md = served.get(q, "Accept", "text/markdown");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("STAY").contains("#");
        // The report's graph is drawn in the browser from the data the page carries.
        assertThat(served.get(q + "&format=html").body()).startsWith("<!DOCTYPE html>").contains("id=\"graph-data\"")
                .contains("Recommendation");
    }

    @Test
    void refusesAFormatItDoesNotWrite() throws Exception {
        HttpResponse<String> r = served.get(DECISION + "?facts=" + ServedFolders.FACTS, "Accept", "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(r).path("detail").asText()).contains("application/json");
    }

    @Test
    void pointsAtTheLineOfAnInvalidPostedFact() throws Exception {
        String yaml = "asOf: 2021-02-15\nfacts:\n  - type: Tie\n    id: t\n    from: taliban\n    to: al-qaeda\n    status: BROKEN\n";
        HttpResponse<String> r = served.post(DECISION, yaml, "Content-Type", "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problem = json(r);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-facts");
        JsonNode d = problem.path("diagnostics").get(0);
        assertThat(d.path("file").asText()).isEqualTo("request.yaml");
        assertThat(d.path("line").asInt()).isEqualTo(7);
        assertThat(d.path("column").asInt()).isPositive();
        assertThat(d.path("message").asText()).contains("ACTIVE");
    }

    @Test
    void answersMalformedRequestsWithDistinctProblems() throws Exception {
        assertThat(served.get(DECISION + "?facts=" + ServedFolders.FACTS + "&asOf=last-week").statusCode()).isEqualTo(400);
        assertThat(served.get(DECISION).statusCode()).isEqualTo(400);
        HttpResponse<String> noPack = served.get("/v1/packs/no-such-pack/decision?facts=" + ServedFolders.FACTS);
        assertThat(noPack.statusCode()).isEqualTo(404);
        assertThat(json(noPack).path("detail").asText()).contains("no-such-pack");
        HttpResponse<String> noFacts = served.get(DECISION + "?facts=nothing.yaml");
        assertThat(noFacts.statusCode()).isEqualTo(404);
        HttpResponse<String> noRoute = served.get("/v2/anything");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> xml = served.post(DECISION, "<facts/>", "Content-Type", "application/xml");
        assertThat(xml.statusCode()).isEqualTo(415);
    }

    @Test
    void explainsWhyAConditionIsNotMet() throws Exception {
        HttpResponse<String> r = served.get("/v1/packs/nato-afghanistan/why-not/violence-falls?facts=" + ServedFolders.FACTS);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode answer = json(r);
        assertThat(answer.path("schema").asText()).isEqualTo("accord.why-not/1");
        assertThat(answer.path("holds").asBoolean()).isFalse();
        assertThat(answer.path("kind").asText()).isEqualTo("condition");
        assertThat(served.get("/v1/packs/nato-afghanistan/why-not/WITHDRAW?facts=" + ServedFolders.FACTS, "Accept", "text/plain")
                .body()).startsWith("Why not WITHDRAW?");
        assertThat(served.get("/v1/packs/nato-afghanistan/why-not/NO-SUCH-THING?facts=" + ServedFolders.FACTS).statusCode())
                .isEqualTo(404);
    }

    @Test
    void showsWhatChangesWhenTheFourthQuarterReportIsRemoved() throws Exception {
        HttpResponse<String> r = served.post("/v1/packs/nato-afghanistan/what-if?facts=" + ServedFolders.FACTS,
                "{\"remove\": [\"unama-2020-q4\"]}", "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = json(r);
        assertThat(status(c.path("before"), "violence-falls")).isEqualTo("NOT_MET");
        assertThat(status(c.path("after"), "violence-falls")).isEqualTo("UNKNOWN");
        assertThat(c.path("nowFiring").toString()).contains("No evidence on violence since the agreement");
        HttpResponse<String> set = served.post("/v1/packs/nato-afghanistan/what-if?facts=" + ServedFolders.FACTS,
                "{\"set\": [{\"fact\": \"taliban-al-qaeda\", \"field\": \"status\", \"value\": \"SEVERED\"}]}");
        assertThat(status(json(set).path("after"), "ties-cut")).isEqualTo("MET");
        HttpResponse<String> bad = served.post("/v1/packs/nato-afghanistan/what-if?facts=" + ServedFolders.FACTS,
                "{\"remove\": [\"no-such-fact\"]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(served.post("/v1/packs/nato-afghanistan/what-if?facts=" + ServedFolders.FACTS, "{}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void whatIfDecidesAsOfTheDateAsked() throws Exception {
        // The intra-Afghan talks opened in September 2020: as of March they had not started.
        String whatIf = "/v1/packs/nato-afghanistan/what-if?facts=timeline/2020-02-29-to-2021-04.yaml";
        String edit = "{\"set\": [{\"fact\": \"taliban-al-qaeda\", \"field\": \"status\", \"value\": \"SEVERED\"}]}";
        HttpResponse<String> r = served.post(whatIf + "&asOf=2020-03-31", edit);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = json(r);
        assertThat(c.path("before").path("facts").path("asOf").asText()).isEqualTo("2020-03-31");
        assertThat(c.path("after").path("facts").path("asOf").asText()).isEqualTo("2020-03-31");
        assertThat(status(c.path("after"), "talks-started")).isNotEqualTo("MET");
        assertThat(status(json(served.post(whatIf, edit)).path("after"), "talks-started")).isEqualTo("MET");
    }

    static String status(JsonNode decision, String condition) {
        for (JsonNode c : decision.path("conditions")) {
            if (c.path("id").asText().equals(condition)) {
                return c.path("status").asText();
            }
        }
        return null;
    }

    @Test
    void listsPacksFactSetsAndAPacksWarnings() throws Exception {
        assertThat(json(served.get("/v1/packs")).path("packs").get(0).path("name").asText()).isEqualTo("nato-afghanistan");
        assertThat(json(served.get("/v1/facts")).path("factSets").toString()).contains(ServedFolders.FACTS);
        JsonNode pack = json(served.get("/v1/packs/nato-afghanistan"));
        assertThat(pack.path("conditions").toString()).contains("violence-falls");
        JsonNode check = json(served.get("/v1/packs/nato-afghanistan/check"));
        assertThat(check.path("errors").asBoolean()).isFalse();
        JsonNode facts = json(served.get("/v1/facts/" + ServedFolders.FACTS));
        assertThat(facts.path("facts").toString()).contains("unama-2020-q4");
        JsonNode q4 = null;
        for (JsonNode f : facts.path("facts")) {
            q4 = f.path("id").asText().equals("unama-2020-q4") ? f : q4;
        }
        assertThat(q4.path("source").asText()).isEqualTo("unama-2020");
        assertThat(q4.path("citation").asText()).startsWith("Afghanistan: Protection of Civilians").contains("UNAMA");
    }

    @Test
    void reportsHealthReadinessAndMetrics() throws Exception {
        assertThat(json(served.get("/health")).path("status").asText()).isEqualTo("up");
        assertThat(served.get("/ready").statusCode()).isEqualTo(200);
        served.get(DECISION + "?facts=" + ServedFolders.FACTS);
        String metrics = served.get("/metrics").body();
        assertThat(metrics).contains("# TYPE accord_http_requests_total counter")
                .contains("accord_http_requests_total{method=\"GET\",route=\"/v1/packs/{pack}/decision\",status=\"200\"}")
                .contains("accord_http_request_duration_seconds_bucket");
    }
}
