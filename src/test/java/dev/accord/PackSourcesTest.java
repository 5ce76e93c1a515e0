package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs an application ships rather than keeps in a folder: in its own jar, in a folder on its
 * class path, or as text it holds. Each decides as the same pack loaded from its folder does.
 */
class PackSourcesTest {

    @TempDir
    Path dir;

    private static final FactSet MINISTERIAL = FactSet.load(TestPacks.DEFAULT_FACTS);

    @Test
    void loadsAPackFromAFolderInsideAJarOnTheClassPath() throws IOException {
        Path jar = jarWith("packs/nato/", TestPacks.NATO_DIR);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RulePack pack = RulePack.fromClasspath("packs/nato", loader, LoadOptions.defaults());

            assertThat(pack.ruleCount()).isEqualTo(TestPacks.nato().ruleCount());
            assertThat(pack.directory()).isEqualTo(Path.of("packs/nato"));
            Decision decision = pack.evaluate(MINISTERIAL);
            assertThat(decision.render(dev.accord.explain.Format.JSON).replace("\"packs/nato\"", "\"x\""))
                    .isEqualTo(TestPacks.nato().evaluate(MINISTERIAL).render(dev.accord.explain.Format.JSON)
                            .replace("\"" + TestPacks.NATO_DIR + "\"", "\"x\""));
        }
        Files.delete(jar); // nothing holds the jar open
    }

    @Test
    void aPackInAJarIsFoundWithTheThreadsContextClassLoader() throws IOException {
        Path jar = jarWith("app/rules/", TestPacks.NATO_DIR);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            assertThat(RulePack.fromClasspath("/app/rules/").evaluate(MINISTERIAL).action()).contains("STAY");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void errorsInAPackInAJarNameTheFileBelowThePacksFolder() throws IOException {
        Path folder = TestPacks.write(dir.resolve("broken"), TestPacks.SIMPLE_MANIFEST, Map.of("sub/bad.drl", """
                package bad;
                rule "Broken"
                when
                    Nothing( x == )
                then
                end
                """));
        Path jar = jarWith("packs/broken/", folder);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class,
                    () -> RulePack.fromClasspath("packs/broken", loader, LoadOptions.defaults()));

            assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.location().file()).isEqualTo("sub/bad.drl"));
            assertThat(e.located().get(0).location().file()).isEqualTo("packs/broken/sub/bad.drl");
        }
    }

    @Test
    void loadsAPackFromAFolderOnTheClassPath() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of("rules").toUri().toURL()}, null)) {
            RulePack pack = RulePack.fromClasspath("nato-afghanistan", loader, LoadOptions.defaults());

            assertThat(pack.directory()).isEqualTo(TestPacks.NATO_DIR.toAbsolutePath());
            assertThat(pack.evaluate(MINISTERIAL).action()).contains("STAY");
        }
    }

    @Test
    void aMissingPackIsADiagnosticNamingWhatWasLookedFor() {
        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.fromClasspath("packs/none"));

        assertThat(e.diagnostics()).singleElement().hasToString(
                "packs/none/pack.yaml: error: no rule pack on the class path: there is no packs/none/pack.yaml");
    }

    @Test
    void buildsAPackFromTextThatDecidesAsItsFolderDoes() throws IOException {
        RulePackBuilder builder = RulePack.builder("nato-in-memory")
                .manifest(Files.readString(TestPacks.NATO_DIR.resolve("pack.yaml")));
        try (Stream<Path> files = Files.list(TestPacks.NATO_DIR)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                builder.drl(drl.getFileName().toString(), Files.readString(drl));
            }
        }

        Decision decision = builder.build().evaluate(MINISTERIAL);

        assertThat(decision.action()).contains("STAY");
        assertThat(decision.recommendations().get(0).derivation().justifications().get(0).rule().location().toString())
                .isEqualTo("recommendation.drl:18:1");
    }

    @Test
    void aPackFromTextReportsEveryProblemByTheNamesGiven() {
        InvalidRulesException e = catchThrowableOfType(InvalidRulesException.class, () -> RulePack.builder("orders")
                .drl("exit.drl", """
                        package orders;
                        rule "Exit"
                        when
                        then
                            System.exit(1);
                        end
                        """).build());

        assertThat(e.located()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d).startsWith(
                "orders/pack.yaml: error: missing"));
        assertThat(RulePack.builder("orders").manifest(TestPacks.SIMPLE_MANIFEST).drl("exit.drl", """
                package orders;
                rule "Exit"
                when
                then
                    System.exit(1);
                end
                """).options(LoadOptions.defaults())).satisfies(b -> {
                    InvalidRulesException refused = catchThrowableOfType(InvalidRulesException.class, b::build);
                    assertThat(refused.diagnostics()).singleElement().satisfies(d -> {
                        assertThat(d.location().toString()).startsWith("exit.drl:5:");
                        assertThat(d.message()).contains("System");
                    });
                });
    }

    /** A jar holding the files of {@code folder} under {@code prefix}, as an application's build packs its resources. */
    private Path jarWith(String prefix, Path folder) {
        Path jar = dir.resolve("app-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
