package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /openapi.json describes what the server really answers: every documented operation is called,
 * every call is documented with the status it got, and every JSON answer validates against the
 * documented schema (decisions against docs/decision.schema.json, which the document refers to).
 */
class OpenApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String F = ServedFolders.FACTS;
    static final String TIES = "rules/nato-afghanistan/ties.drl";

    record Call(String method, String template, String path, String body, int status, String... headers) {
    }

    @TempDir
    Path tmp;

    @Test
    void theDocumentMatchesTheServersAnswers() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp)) {
            JsonNode doc = JSON.readTree(s.get("/openapi.json").body());
            assertThat(doc.path("openapi").asText()).startsWith("3.1");
            String ties = Files.readString(s.rules.resolve("nato-afghanistan/ties.drl"));
            String yaml = Files.readString(s.facts.resolve(F));
            String d = "/v1/packs/nato-afghanistan/decision";
            List<Call> calls = List.of(
                    new Call("get", "/health", "/health", null, 200),
                    new Call("get", "/ready", "/ready", null, 200),
                    new Call("get", "/metrics", "/metrics", null, 200),
                    new Call("get", "/openapi.json", "/openapi.json", null, 200),
                    new Call("get", "/schemas/decision.schema.json", "/schemas/decision.schema.json", null, 200),
                    new Call("get", "/v1/packs", "/v1/packs", null, 200),
                    new Call("get", "/v1/packs/{pack}", "/v1/packs/nato-afghanistan", null, 200),
                    new Call("get", "/v1/packs/{pack}", "/v1/packs/nothing", null, 404),
                    new Call("get", "/v1/packs/{pack}/check", "/v1/packs/nato-afghanistan/check", null, 200),
                    new Call("get", "/v1/packs/{pack}/decision", d + "?facts=" + F, null, 200),
                    new Call("get", "/v1/packs/{pack}/decision", d + "?facts=" + F + "&format=md", null, 200),
                    new Call("get", "/v1/packs/{pack}/decision", d + "?facts=" + F + "&asOf=soon", null, 400),
                    new Call("get", "/v1/packs/{pack}/decision", d + "?facts=" + F + "&format=pdf", null, 406),
                    new Call("post", "/v1/packs/{pack}/decision", d, yaml, 200, "Content-Type", "application/yaml"),
                    new Call("post", "/v1/packs/{pack}/decision", d, "facts: [ {type: Tie, status: 3} ]", 422),
                    new Call("post", "/v1/packs/{pack}/decision", d, "<x/>", 415, "Content-Type", "application/xml"),
                    new Call("get", "/v1/packs/{pack}/why-not/{target}", "/v1/packs/nato-afghanistan/why-not/WITHDRAW?facts=" + F, null, 200),
                    new Call("post", "/v1/packs/{pack}/why-not/{target}", "/v1/packs/nato-afghanistan/why-not/ties-cut", yaml, 200),
                    new Call("get", "/v1/packs/{pack}/what-if", "/v1/packs/nato-afghanistan/what-if?facts=" + F
                            + "&set=taliban-al-qaeda.status=SEVERED&remove=unama-2020-q4", null, 200),
                    new Call("post", "/v1/packs/{pack}/what-if", "/v1/packs/nato-afghanistan/what-if?facts=" + F,
                            "{\"remove\": [\"unama-2020-q4\"]}", 200),
                    new Call("post", "/v1/packs/{pack}/what-if", "/v1/packs/nato-afghanistan/what-if?facts=" + F, "[]", 400),
                    new Call("get", "/v1/packs/{pack}/what-if/search", "/v1/packs/nato-afghanistan/what-if/search?facts=" + F
                            + "&target=WITHDRAW&budget=300", null, 200),
                    new Call("get", "/v1/packs/{pack}/sensitivity", "/v1/packs/nato-afghanistan/sensitivity?facts=" + F + "&samples=200",
                            null, 200),
                    new Call("get", "/v1/packs/{pack}/sensitivity", "/v1/packs/nato-afghanistan/sensitivity?facts=" + F + "&samples=0",
                            null, 400),
                    new Call("get", "/v1/packs/{pack}/sensitivity", "/v1/packs/nato-afghanistan/sensitivity?facts=" + F + "&format=md",
                            null, 200),
                    new Call("get", "/v1/packs/{pack}/what-if/search", "/v1/packs/nato-afghanistan/what-if/search?facts=" + F
                            + "&budget=50&format=html", null, 200),
                    new Call("get", "/v1/packs/{pack}/what-if/search", "/v1/packs/nato-afghanistan/what-if/search?facts=" + F
                            + "&format=dot", null, 406),
                    new Call("get", "/v1/packs/{pack}/why-not/{target}", "/v1/packs/nato-afghanistan/why-not/WITHDRAW?facts=" + F
                            + "&format=html", null, 200),
                    new Call("get", "/v1/packs/{pack}/what-if", "/v1/packs/nato-afghanistan/what-if?facts=" + F
                            + "&remove=unama-2020-q4&format=md", null, 200),
                    new Call("get", "/v1/packs/{pack}/timeline", "/v1/packs/nato-afghanistan/timeline?facts=timeline/2020-02-29-to-2021-04.yaml",
                            null, 200),
                    new Call("get", "/v1/packs/{pack}/timeline", "/v1/packs/nato-afghanistan/timeline?facts=" + F
                            + "&from=1900-01-01&to=2021-01-01&every=1d", null, 413),
                    new Call("get", "/v1/packs/{pack}/test", "/v1/packs/nato-afghanistan/test", null, 200),
                    new Call("get", "/v1/facts", "/v1/facts", null, 200),
                    new Call("get", "/v1/facts/{name}", "/v1/facts/" + F, null, 200),
                    new Call("get", "/v1/files/{name}", "/v1/files/" + TIES, null, 200),
                    new Call("get", "/v1/files/{name}", "/v1/files/facts/../pom.xml", null, 403),
                    new Call("post", "/v1/check", "/v1/check", JSON.createObjectNode().put("file", TIES).put("content", ties + "\nrule")
                            .toString(), 200),
                    new Call("put", "/v1/files/{name}", "/v1/files/" + TIES, ties, 200),
                    new Call("put", "/v1/files/{name}", "/v1/files/" + TIES, ties.replace("when", "whn"), 422),
                    new Call("get", "/v1/events", "/v1/events", null, 200));
            Set<String> called = new TreeSet<>();
            for (Call c : calls) {
                called.add(c.method + " " + c.template);
                JsonNode op = doc.path("paths").path(c.template).path(c.method);
                assertThat(op.isMissingNode()).as(c.method + " " + c.template + " is documented").isFalse();
                HttpResponse<String> r = c.template.equals("/v1/events") ? events(s) : send(s, c);
                assertThat(r.statusCode()).as(c.method + " " + c.path).isEqualTo(c.status);
                JsonNode response = resolve(doc, op.path("responses").path(String.valueOf(c.status)));
                assertThat(response.isMissingNode()).as(c.method + " " + c.template + " documents " + c.status).isFalse();
                String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                JsonNode media = response.path("content").path(type);
                assertThat(media.isMissingNode()).as(c.method + " " + c.path + " documents " + type).isFalse();
                if (type.endsWith("json") && !c.template.equals("/openapi.json")) {
                    assertThat(schema(doc, media.path("schema")).validate(JSON.readTree(r.body())))
                            .as(c.method + " " + c.path).isEmpty();
                }
            }
            Set<String> documented = new TreeSet<>();
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
            assertThat(called).isEqualTo(documented);
        }
    }

    private static HttpResponse<String> send(ServedFolders s, Call c) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(c.path.replace("..", "%2E%2E")));
        b.method(c.method.toUpperCase(), c.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(c.body));
        return s.send(c.headers.length > 0 ? b.headers(c.headers) : b);
    }

    /** An event stream does not end; its status and type are all a test can read without waiting. */
    private static HttpResponse<String> events(ServedFolders s) throws Exception {
        var r = s.http.send(HttpRequest.newBuilder(s.uri("/v1/events")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return new HttpResponse<>() {
            public int statusCode() { return r.statusCode(); }
            public HttpRequest request() { return r.request(); }
            public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
            public java.net.http.HttpHeaders headers() { return r.headers(); }
            public String body() { return ""; }
            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
            public java.net.URI uri() { return r.uri(); }
            public java.net.http.HttpClient.Version version() { return r.version(); }
        };
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        if (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            return resolve(doc, doc.at(node.get("$ref").asText().substring(1)));
        }
        return node;
    }

    /** The documented schema as one JSON Schema: components as $defs, the decision schema from docs/. */
    private static JsonSchema schema(JsonNode doc, JsonNode schema) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        ObjectNode defs = root.putObject("$defs");
        doc.path("components").path("schemas").fields().forEachRemaining(e -> defs.set(e.getKey(), e.getValue()));
        JsonNode decision = JSON.readTree(Files.readString(Path.of("docs/decision.schema.json")));
        ((ObjectNode) decision).remove(List.of("$schema", "$id"));
        // The decision schema's own definitions, which it refers to as #/$defs/..., join the components.
        decision.path("$defs").fields().forEachRemaining(e -> assertThat((Object) defs.replace(e.getKey(), e.getValue())).as("a name both define").isNull());
        ((ObjectNode) decision).remove("$defs");
        defs.set("Decision", decision);
        schema.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        String text = root.toString().replace("#/components/schemas/", "#/$defs/");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(text));
    }
}
