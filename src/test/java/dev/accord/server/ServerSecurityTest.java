package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server refuses: no token off loopback, a viewer saving, escapes from the folders, hostile and oversized requests. */
class ServerSecurityTest {

    static final String TIES = "rules/nato-afghanistan/ties.drl";

    @TempDir
    Path tmp;

    @Test
    void refusesToBindBeyondLoopbackWithoutAToken() {
        assertThatThrownBy(() -> new AccordServer(ServerOptions.defaults(List.of(Path.of("rules")), List.of(Path.of("facts")))
                .withHost("0.0.0.0").withPort(0), System.err)).hasMessageContaining("needs a token");
    }

    @Test
    void refusesRequestsWithoutTheTokenOnAnOpenBind() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp, o -> o.withHost("0.0.0.0").withTokens("editor-secret", "viewer-secret"))) {
            HttpResponse<String> none = s.get("/v1/packs");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(s.get("/v1/packs", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(s.get("/v1/packs", "Authorization", "Bearer viewer-secret").statusCode()).isEqualTo(200);
            assertThat(s.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void thePageAsksForTheTokenWhereTheApiAnswersAProblem() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp, o -> o.withTokens("editor-secret", "viewer-secret"))) {
            HttpResponse<String> page = s.get("/", "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("needs a token").contains("<input id=\"token\" name=\"token\" type=\"password\"")
                    .doesNotContain("editor-secret");
            HttpResponse<String> wrong = s.get("/?token=wrong");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("That token is not valid").contains("name=\"token\"");
            assertThat(s.get("/v1/packs", "Accept", "text/html").headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
            HttpResponse<String> signedIn = s.get("/?token=viewer-secret");
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));
        }
    }

    @Test
    void aViewerCannotSaveAndTheFileStaysAsItWas() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp, o -> o.withTokens("editor-secret", "viewer-secret"))) {
            Path file = s.rules.resolve("nato-afghanistan/ties.drl");
            String before = Files.readString(file);
            HttpResponse<String> r = s.put("/v1/files/" + TIES, before + "\n// edited\n", "Authorization", "Bearer viewer-secret");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(Files.readString(file)).isEqualTo(before);
            HttpResponse<String> editor = s.put("/v1/files/" + TIES, before + "\n// edited\n", "Authorization", "Bearer editor-secret");
            assertThat(editor.statusCode()).isEqualTo(200);
            assertThat(Files.readString(file)).endsWith("// edited\n");
        }
    }

    @Test
    void refusesDotDotAndSymbolicLinksOutOfTheFolders() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.yaml"), "secret: 1\n");
        try (ServedFolders s = ServedFolders.start(tmp.resolve("served"))) {
            Files.createSymbolicLink(s.facts.resolve("link.yaml"), outside);
            Files.createSymbolicLink(s.facts.resolve("linked-folder"), outside.getParent());
            for (String name : List.of("facts/../../outside/secret.yaml", "facts/link.yaml", "facts/linked-folder/secret.yaml",
                    "rules/nato-afghanistan/../../../outside/secret.yaml")) {
                HttpResponse<String> read = s.get("/v1/files/" + name);
                assertThat(read.statusCode()).as(name).isIn(403, 404);
                assertThat(read.body()).doesNotContain("secret: 1");
                HttpResponse<String> write = s.put("/v1/files/" + name, "asOf: 2021-01-01\nfacts: []\n");
                assertThat(write.statusCode()).as(name).isIn(403, 404);
            }
            assertThat(s.get("/v1/files/facts/link.yaml").statusCode()).isEqualTo(403);
            assertThat(s.get("/v1/packs/nato-afghanistan/decision?facts=link.yaml").statusCode()).isEqualTo(403);
            assertThat(Files.readString(outside)).isEqualTo("secret: 1\n");
        }
    }

    @Test
    void anOversizedOrHostileRequestGetsAProblemAndChangesNothing() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp, o -> o.withLimits(o.limits(), 10_000, 20))) {
            Path file = s.rules.resolve("nato-afghanistan/ties.drl");
            String before = Files.readString(file);
            HttpResponse<String> big = s.put("/v1/files/" + TIES, "x".repeat(20_000));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(new ObjectMapper().readTree(big.body()).path("type").asText()).isEqualTo("/problems/too-large");
            String hostile = before.replace("then", "then\n        System.exit(1);");
            HttpResponse<String> exit = s.put("/v1/files/" + TIES, hostile);
            assertThat(exit.statusCode()).isEqualTo(422);
            assertThat(exit.body()).contains("rule policy").contains("\"file\":\"" + TIES + "\"");
            HttpResponse<String> typo = s.put("/v1/files/" + TIES, before.replaceFirst("when", "whn"));
            assertThat(typo.statusCode()).isEqualTo(422);
            assertThat(Files.readString(file)).isEqualTo(before);
            StringBuilder many = new StringBuilder("asOf: 2021-02-15\nfacts:\n");
            for (int i = 0; i < 21; i++) {
                many.append("  - type: Actor\n    id: a").append(i).append("\n    name: A\n    kind: GOVERNMENT\n");
            }
            assertThat(s.post("/v1/packs/nato-afghanistan/decision", many.toString(), "Content-Type", "application/yaml")
                    .statusCode()).isEqualTo(413);
            HttpResponse<String> include = s.post("/v1/packs/nato-afghanistan/decision",
                    "asOf: 2021-02-15\ninclude:\n  - { csv: pom.xml, type: Incident }\nfacts: []\n",
                    "Content-Type", "application/yaml");
            assertThat(include.statusCode()).isEqualTo(422);
            assertThat(include.body()).contains("\"file\":\"request.yaml\"").contains("pom.xml").doesNotContain("<project");
            try (var files = Files.list(file.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".accord-tmp"));
            }
        }
    }

    @Test
    void refusesChangesFromAnotherSiteOrWithoutThePagesToken() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp)) {
            String body = Files.readString(s.facts.resolve(ServedFolders.FACTS));
            String q = "/v1/packs/nato-afghanistan/decision";
            assertThat(s.post(q, body, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
            assertThat(s.post(q, body, "Sec-Fetch-Mode", "cors").statusCode()).isEqualTo(403);
            String page = s.get("/").body();
            String csrf = page.replaceAll("(?s).*name=\"csrf\" content=\"([^\"]+)\".*", "$1");
            assertThat(s.post(q, body, "Sec-Fetch-Mode", "cors", Access.CSRF_HEADER, csrf).statusCode()).isEqualTo(200);
            assertThat(s.post(q, body).statusCode()).as("a client that is no browser").isEqualTo(200);
        }
    }

    @Test
    void answersOnlyToLoopbackHostNamesOnALoopbackBind() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp)) {
            assertThat(statusLine(s, "GET /v1/packs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")).contains("403");
        }
    }

    @Test
    void answersAHealthProbeThatSendsNoHostAsTheDockerfilesHealthcheckDoes() throws Exception {
        try (ServedFolders s = ServedFolders.start(tmp)) {
            assertThat(statusLine(s, "GET /health HTTP/1.0\r\n\r\n")).contains("200");
        }
    }

    /** The status line the server answers {@code request} with, sent as raw bytes (no client adds a Host). */
    private static String statusLine(ServedFolders s, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
