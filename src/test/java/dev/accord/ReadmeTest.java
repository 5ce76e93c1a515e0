package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README shows real output and a Java example that works as written. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    /** The body of the code block that follows {@code marker} in the README. */
    private static String blockAfter(String marker) throws Exception {
        String text = Files.readString(README);
        int at = text.indexOf(marker);
        assertThat(at).as("README contains " + marker).isNotNegative();
        Matcher m = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(m.find(at)).isTrue();
        return m.group(1);
    }

    @Test
    void startsWithTheTwoSetUpCommands() throws Exception {
        String first = blockAfter("# Accord");

        assertThat(first).contains("./accord").contains("mvn -B test");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("mvn -B test");
    }

    @Test
    void showsTheDefaultJobsRealOutput() throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(blockAfter("## What `./accord` prints")).isEqualTo(out.toString());
    }

    @Test
    void theTimelineExampleIsTheStartOfTheRealTimeline() throws Exception {
        String shown = blockAfter("## How the decision evolves").replace("...\n", "");
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "timeline", "facts/timeline/");

        assertThat(out.toString()).startsWith(shown);
    }

    @Test
    void theWhyNotExampleIsTheStartOfTheRealAnswer() throws Exception {
        String shown = blockAfter("## Why not?").replace("...\n", "");
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "why-not", "WITHDRAW");

        assertThat(out.toString()).startsWith(shown);
    }

    @Test
    void theJavaExampleCompilesAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
        String source = blockAfter("## From Java");
        String expected = blockAfter("The example prints:");
        Path file = dir.resolve("Example.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter compilerOutput = new StringWriter();
        boolean compiled = javac.getTask(compilerOutput, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
        assertThat(compiled).as(compilerOutput.toString()).isTrue();

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).replace("\r", "")).isEqualTo(expected);
    }
}
