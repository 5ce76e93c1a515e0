package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.cli.Cli.Run;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Text from a fact set can hold terminal escape sequences and other control characters (YAML
 * writes them as "\e", "\x07"...): text output shows them escaped, and the JUnit XML of
 * {@code test --junit} stays well-formed.
 */
class ControlCharactersOutputTest {

    @TempDir
    Path dir;

    /** A title that would clear the screen and retitle the terminal, and a name with a carriage return. */
    private static final String HOSTILE = """
            title: "Quarterly review \\e[2J\\e]0;pwned\\x07"
            asOf: 2021-02-15
            facts:
              - { type: Actor, id: taliban, name: "the Taliban\\rSAFE \\x01\\u202e", kind: INSURGENT_GROUP }
              - { type: Actor, id: al-qaeda, name: al-Qaeda, kind: TERRORIST_ORGANISATION }
              - { type: Tie, id: t, from: taliban, to: al-qaeda, status: ACTIVE }
            expect:
              recommendation: WITHDRAW
            """;

    @Test
    void textOutputShowsControlCharactersEscaped() throws Exception {
        Path facts = Files.writeString(dir.resolve("facts.yaml"), HOSTILE);

        for (String colour : new String[] {"never", "always"}) {
            Run run = accord("evaluate", "--color", colour, facts.toString());

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("the Taliban\\u000DSAFE \\u0001\\u202E keep ties with al-Qaeda")
                    .doesNotContain("\r", "\u0001", "\u0007", "\u202e", "\u001b[2J", "\u001b]0");
        }
        assertThat(accord("why-not", "WITHDRAW", facts.toString()).out()).doesNotContain("\r", "\u0001", "\u202e");
    }

    @Test
    void junitXmlIsWellFormedWhateverTheFactsHold() throws Exception {
        Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("hostile.yaml"), HOSTILE);
        // cannot run: the error quotes the bad value
        Files.writeString(scenarios.resolve("broken.yaml"), """
                asOf: 2021-02-15
                facts:
                  - { type: Tie, id: t, from: a, to: b, status: "\\x01\\x1b[31mACTIVE" }
                expect:
                  recommendation: STAY
                """);
        Path junit = dir.resolve("junit.xml");

        Run run = accord("test", "--junit", junit.toString(), scenarios.toString());

        assertThat(run.code()).isEqualTo(ExitCode.CHECKS_FAILED);
        byte[] xml = Files.readAllBytes(junit);
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(run.out()).doesNotContain("\u0001", "\u001b", "\r");
        assertThat(parsed.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(parsed.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(parsed.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("\\u0001\\u001B[31mACTIVE");
    }
}
