package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/java-api.md works as written: each Java example compiles against the library, imports
 * only the API packages, and prints what the page says it prints (an expected block ending in
 * {@code ...} is the start of the output). The default pack is on the examples' class path
 * under {@code packs/nato-afghanistan}, as an application's jar would hold it.
 */
class JavaApiGuideTest {

    private static final Path GUIDE = Path.of("docs/java-api.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "```java\\n(.*?)```\\s*\\nIt prints:\\s*\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public class (\\w+)");
    private static final Pattern IMPORT = Pattern.compile("^import (dev\\.accord[\\w.]*)\\.\\w+;", Pattern.MULTILINE);

    @TempDir
    static Path dir;
    private static Path classes;
    private static Path resources;

    record Example(String className, String source, String expected) {
    }

    static List<Example> examples() {
        try {
            Matcher m = EXAMPLE.matcher(Files.readString(GUIDE));
            List<Example> found = new ArrayList<>();
            while (m.find()) {
                Matcher name = CLASS.matcher(m.group(1));
                assertThat(name.find()).as("an example declares a public class").isTrue();
                found.add(new Example(name.group(1), m.group(1), m.group(2)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void compileTheExamples() throws IOException {
        classes = Files.createDirectories(dir.resolve("classes"));
        resources = Files.createDirectories(dir.resolve("resources"));
        Path pack = Files.createDirectories(resources.resolve("packs/nato-afghanistan"));
        try (Stream<Path> files = Files.list(TestPacks.NATO_DIR)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, pack.resolve(f.getFileName()));
            }
        }
        List<java.io.File> sources = new ArrayList<>();
        for (Example e : examples()) {
            Path file = dir.resolve(e.className() + ".java");
            Files.writeString(file, e.source());
            sources.add(file.toFile());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        boolean compiled = javac.getTask(output, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromFiles(sources)).call();
        assertThat(compiled).as(output.toString()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> eachExamplePrintsWhatTheGuideShows() {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.className(), () -> {
            String printed = run(e.className());
            if (e.expected().endsWith("...\n")) {
                assertThat(printed).startsWith(e.expected().substring(0, e.expected().length() - "...\n".length()));
            } else {
                assertThat(printed).isEqualTo(e.expected());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleImportsOnlyTheApiPackages() {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.className(), () -> {
            Matcher m = IMPORT.matcher(e.source());
            while (m.find()) {
                assertThat(ApiBoundaryTest.EXPORTED).contains(m.group(1));
            }
        }));
    }

    /** Runs the example's main with the pack on its class path, and returns what it printed. */
    private static String run(String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), resources.toUri().toURL()},
                JavaApiGuideTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
            thread.setContextClassLoader(context);
        }
        String printed = captured.toString(StandardCharsets.UTF_8).replace("\r", "");
        Files.writeString(Path.of("target", "java-api-" + className + ".txt"), printed); // to update the guide
        return printed;
    }
}
