package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.FactSet;
import dev.accord.TestPacks;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON rendering: the documented shape, a closed graph, stable ids. */
class JsonOutputTest {

    private static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        String text = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.JSON);
        json = new ObjectMapper().readTree(text);
    }

    @Test
    void carriesTheVerdictAndEveryConditionWithItsClause() {
        assertThat(json.get("schema").asText()).isEqualTo("accord.decision/1");
        assertThat(json.get("outcome").asText()).isEqualTo("RECOMMENDED");
        assertThat(json.get("action").asText()).isEqualTo("STAY");
        assertThat(json.get("facts").get("asOf").asText()).isEqualTo("2021-02-15");
        assertThat(json.get("conditions")).hasSize(3);
        JsonNode ties = json.get("conditions").get(0);
        assertThat(ties.get("id").asText()).isEqualTo("ties-cut");
        assertThat(ties.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(ties.get("clause").asText()).startsWith("The Taliban will not allow");
        assertThat(ties.get("source").get("key").asText()).isEqualTo("doha-agreement");
    }

    @Test
    void everyReferencedNodeExistsOnceAndNodesAreNumberedInReadingOrder() {
        Set<String> ids = new HashSet<>();
        int n = 1;
        for (JsonNode node : json.get("nodes")) {
            assertThat(node.get("id").asText()).isEqualTo("n" + n++);
            ids.add(node.get("id").asText());
        }
        Set<String> referenced = new HashSet<>();
        json.get("recommendations").forEach(r -> referenced.add(r.get("node").asText()));
        json.get("considerations").forEach(r -> referenced.add(r.get("node").asText()));
        json.get("conditions").forEach(c -> c.get("nodes").forEach(id -> referenced.add(id.asText())));
        json.get("nodes").forEach(node -> {
            if (node.has("justifications")) {
                node.get("justifications").forEach(j -> j.get("premises").forEach(p -> referenced.add(p.asText())));
            }
            node.path("inputs").forEach(p -> referenced.add(p.asText()));
            node.path("witnesses").forEach(p -> referenced.add(p.asText()));
        });
        assertThat(ids).containsAll(referenced);
        assertThat(referenced).containsAll(ids);
    }

    @Test
    void factNodesCarryTheirLocationFieldsAndSource() {
        JsonNode tie = null;
        for (JsonNode node : json.get("nodes")) {
            if ("taliban-al-qaeda".equals(node.path("factId").asText())) {
                tie = node;
            }
        }
        assertThat(tie).isNotNull();
        assertThat(tie.get("kind").asText()).isEqualTo("fact");
        assertThat(tie.get("file").asText()).isEqualTo("facts/2021-02-15-nato-ministerial.yaml");
        assertThat(tie.get("line").asInt()).isEqualTo(60);
        assertThat(tie.get("fields").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(tie.get("source").get("citation").asText()).startsWith("Eleventh report");
    }
}
