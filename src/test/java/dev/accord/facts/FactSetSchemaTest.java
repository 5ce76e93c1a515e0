package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema accepts the fact sets we ship and refuses what the reader refuses. */
class FactSetSchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(readSchema());

    private static JsonNode readSchema() {
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of("docs/fact-set.schema.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> facts = Files.walk(Path.of("facts"));
                Stream<Path> scenarios = Files.walk(Path.of("rules/nato-afghanistan/scenarios"))) {
            // Fact sets only: the CSV files they include are not fact sets.
            return Stream.concat(facts, scenarios).filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList().stream();
        }
    }

    private static JsonNode read(String yaml) throws IOException {
        // YAML dates are strings to Accord; read them as text, as the schema describes them.
        return new YAMLMapper().readTree(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void acceptsEveryShippedFactSet(Path file) throws IOException {
        assertThat(SCHEMA.validate(read(Files.readString(file)))).isEmpty();
    }

    @Test
    void refusesUnknownTopLevelKeysBadIdsAndUnknownStatuses() throws IOException {
        assertThat(SCHEMA.validate(read("facts: []\ncolour: blue\n"))).isNotEmpty();
        assertThat(SCHEMA.validate(read("facts:\n  - { type: A, id: 'has space' }\n"))).isNotEmpty();
        assertThat(SCHEMA.validate(read("facts: []\nexpect: { assessments: { c1: DONE } }\n"))).isNotEmpty();
        assertThat(SCHEMA.validate(read("facts:\n  - { id: no-type }\n"))).isNotEmpty();
    }
}
