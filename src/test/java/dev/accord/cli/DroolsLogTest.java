package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.TestPacks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drools' own log lines (such as its WARN advice on an {@code eval} that reads a variable of an
 * earlier pattern) reach stderr only with {@code --verbose}. Run in a JVM of its own, since the
 * logger is configured once per JVM.
 */
class DroolsLogTest {

    @TempDir
    Path dir;

    private Process run(String... args) throws Exception {
        Path pack = TestPacks.write(dir.resolve("pack"), TestPacks.SIMPLE_MANIFEST, Map.of("r.drl", """
                package t;
                import dev.accord.vocabulary.*;
                declare Item id : String n : int end
                rule "eval" @explain("{$i.id} counts")
                when $i : Item() eval( $i.getN() > 1 )
                then insertLogical( new Assessment("c1", Status.MET) ); end
                """));
        Path facts = Files.writeString(dir.resolve("f.yaml"), "facts: [ { type: Item, id: a, n: 2 } ]");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "evaluate", "--rules", pack.toString(), facts.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(new File(dir.resolve("out.txt").toString()))
                .redirectError(new File(dir.resolve("err.txt").toString())).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p;
    }

    @Test
    void droolsWarningsStayOffStderrWithoutVerbose() throws Exception {
        Process p = run();

        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).contains("MET");
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void verboseShowsThem() throws Exception {
        run("--verbose");

        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).contains("WARN org.drools");
    }
}
