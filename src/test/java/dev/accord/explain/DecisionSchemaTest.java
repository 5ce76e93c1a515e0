package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The decision JSON validates against its published schema, and the schema is strict enough to catch a slip. */
class DecisionSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(Files.readString(Path.of("docs/decision.schema.json"))));
    }

    @Test
    void theDefaultDecisionValidates() throws Exception {
        JsonNode json = MAPPER.readTree(TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.JSON));

        assertThat(schema().validate(json)).isEmpty();
    }

    @Test
    void aDecisionWithAbsencesExistencesAndAggregatesValidates() throws Exception {
        Path pack = Path.of("src/test/resources/packs/orders");
        JsonNode json = MAPPER.readTree(RulePack.load(pack).evaluate(FactSet.load(pack.resolve("all-good.yaml"))).render(Format.JSON));

        assertThat(json.get("nodes").findValuesAsText("kind")).contains("absence", "existence", "aggregate");
        assertThat(schema().validate(json)).isEmpty();
    }

    @Test
    void theSchemaRefusesAnUnknownStatusOrAMissingField() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.JSON));
        ((ObjectNode) json.get("conditions").get(0)).put("status", "MAYBE");
        assertThat(schema().validate(json)).isNotEmpty();
        json.remove("outcome");
        assertThat(schema().validate(json)).isNotEmpty();
    }
}
