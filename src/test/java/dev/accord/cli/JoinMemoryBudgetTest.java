package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.TestPacks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that joins facts with facts without a constraint between them fills the heap while no
 * rule fires. Run in a JVM of its own with a small heap: before the memory budget it ended in an
 * {@code OutOfMemoryError} trace and exit 1 (or thrashed the collector until the time limit);
 * now the budget stops it with a located diagnostic and exit 5. The time limit is set far out
 * so that only the memory budget can end it; the wait is a guard against a hang, not a timing
 * assertion.
 */
class JoinMemoryBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aCartesianJoinIsStoppedByTheMemoryBudgetAtItsRule() throws Exception {
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("join.drl", """
                package t;
                import dev.accord.vocabulary.*;
                declare Actor id : String kind : String end

                rule "Every triple of actors"
                when
                    $a : Actor()
                    $b : Actor()
                    $c : Actor()
                then
                    insertLogical( new Assessment("c1", Status.MET) );
                end
                """));
        StringBuilder csv = new StringBuilder("id,kind\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append('a').append(i).append(",k\n");
        }
        Files.writeString(dir.resolve("actors.csv"), csv);
        Path facts = Files.writeString(dir.resolve("facts.yaml"), "facts: []\ninclude:\n  - { csv: actors.csv, type: Actor }\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx160m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "evaluate", "--rules", pack.toString(), facts.toString(), "--timeout", "10m"));
        Process p = new ProcessBuilder(command).redirectOutput(new File(dir.resolve("out.txt").toString()))
                .redirectError(new File(dir.resolve("err.txt").toString())).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertThat(ended).as("ended within the guard; stderr: %s", err).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(5);
        assertThat(err).contains("join.drl:5:1: error: stopped: the heap held ")
                .contains("(the memory budget of an evaluation)")
                .contains("most likely of rule \"Every triple of actors\"")
                .contains("3 patterns over 2,000 Actor × 2,000 Actor × 2,000 Actor facts")
                .doesNotContain("Exception", "\tat ", "OutOfMemoryError");
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).isEmpty();
    }
}
