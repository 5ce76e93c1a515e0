package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's {@code --timeout} holds for the analyses too: on a pack whose evaluation takes
 * seconds, a server with a 300 ms limit answers the search and the sensitivity analysis with the
 * time-limit problem, naming its own limit, as it answers a decision; before, both ran on the
 * library's default limit of 30 s. (The JUnit timeout guards against a hang; it is no assertion.)
 */
@Timeout(120)
class ServerTimeoutTest {

    @TempDir
    static Path tmp;
    static ServedFolders served;

    @BeforeAll
    static void start() throws IOException {
        Path pack = TestPacks.write(tmp.resolve("rules/slow"), TestPacks.SIMPLE_MANIFEST, Map.of("joins.drl", TestPacks.SLOW_JOIN));
        // Drools' classes initialised first, on the default limits: a time limit that stops a worker inside a
        // class's static initialiser leaves that class broken for the whole JVM (NoClassDefFoundError after).
        RulePack.load(pack).evaluate(TestPacks.facts("few.yaml", "facts:\n  - { type: Actor, id: a, n: 1 }\n"));
        TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS));
        // 700 actors: 343 million combinations, seconds of matching; one of them uncertain, for sensitivity.
        StringBuilder yaml = new StringBuilder("facts:\n  - { type: Actor, id: a0, n: 0, confidence: 0.5 }\n");
        for (int i = 1; i < 700; i++) {
            yaml.append("  - { type: Actor, id: a").append(i).append(", n: ").append(i).append(" }\n");
        }
        Files.createDirectories(tmp.resolve("facts/slow"));
        Files.writeString(tmp.resolve("facts/slow/actors.yaml"), yaml);
        served = ServedFolders.start(tmp, o -> o.withLimits(o.limits().withTimeout(Duration.ofMillis(300)), o.maxBodyBytes(),
                o.maxFacts()));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"decision", "what-if/search", "sensitivity"})
    void anAnalysisOfASlowPackStopsAtTheServersTimeLimit(String endpoint) throws Exception {
        HttpResponse<String> r = served.get("/v1/packs/slow/" + endpoint + "?facts=slow/actors.yaml");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode problem = new ObjectMapper().readTree(r.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/evaluation-failed");
        assertThat(problem.path("diagnostics").toString()).contains("stopped after 300ms (the time limit of an evaluation)");
    }
}
