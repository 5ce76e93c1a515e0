package dev.accord.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * Packs shipped inside a Spring Boot executable jar, the way its build lays one out: the
 * application's classes and a pack folder in {@code BOOT-INF/classes}, Accord and every library
 * as jars in {@code BOOT-INF/lib} (one of them a plain jar holding a second pack), and Boot's
 * launcher at the root. Started with {@code java -jar} in a process of its own, the application
 * ({@link ShippedPackApp}) reads both packs through URLs such as
 * {@code jar:nested:/.../app.jar/!BOOT-INF/classes/!/rules/nato/pack.yaml}.
 */
class NestedJarLaunchTest {

    private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    @TempDir
    Path dir;

    @Test
    void aSpringBootJarLoadsPacksFromItsClassesAndFromAJarInItsLib() throws Exception {
        Path app = bootJar(dir.resolve("app.jar"));
        Path nato = Files.copy(TestPacks.DEFAULT_FACTS, dir.resolve("nato.yaml"));
        Path none = Files.writeString(dir.resolve("none.yaml"), "asOf: 2021-02-15\nfacts: []\n");

        List<String> out = run(dir, "-jar", app.toString(),
                "rules/nato", nato.toString(), "packs/go", none.toString(), "packs/none", none.toString());

        String jar = "jar:nested:" + app.toUri().getRawPath() + "/!";
        String natoManifest = Files.readString(TestPacks.NATO_DIR.resolve("pack.yaml"));
        assertThat(out).containsExactly(
                jar + "BOOT-INF/classes/!/rules/nato/pack.yaml " + natoManifest.getBytes(StandardCharsets.UTF_8).length + " bytes",
                "rules/nato: STAY by recommendation.drl:18:1 from rules/nato",
                jar + "BOOT-INF/lib/shipped-packs.jar!/packs/go/pack.yaml " + TestPacks.SIMPLE_MANIFEST.length() + " bytes",
                "packs/go: GO by rules/go.drl:3:1 from packs/go",
                "packs/none: [packs/none/pack.yaml: error: no rule pack on the class path: there is no packs/none/pack.yaml]");
    }

    /** An executable jar as Spring Boot's Maven and Gradle plugins build it, nested jars stored uncompressed. */
    private Path bootJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, LAUNCHER);
        main.putValue("Start-Class", ShippedPackApp.class.getName());
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            Path loader = codeSource(JarLauncher.class);
            try (JarFile boot = new JarFile(loader.toFile())) {
                for (JarEntry e : boot.stream().filter(e -> !e.getName().startsWith("META-INF/")).toList()) {
                    try (InputStream in = boot.getInputStream(e)) {
                        put(out, e.getName(), e.isDirectory() ? null : in.readAllBytes(), false);
                    }
                }
            }
            put(out, "BOOT-INF/", null, false);
            put(out, "BOOT-INF/classes/", null, false);
            Path appClasses = codeSource(ShippedPackApp.class);
            String appFolder = ShippedPackApp.class.getPackageName().replace('.', '/') + "/";
            addTree(out, "BOOT-INF/classes/" + appFolder, appClasses.resolve(appFolder),
                    p -> p.getFileName().toString().startsWith(ShippedPackApp.class.getSimpleName()));
            addTree(out, "BOOT-INF/classes/rules/nato/", TestPacks.NATO_DIR, p -> true);
            put(out, "BOOT-INF/lib/", null, false);
            put(out, "BOOT-INF/lib/accord.jar", plainJar(codeSource(RulePack.class), ""), true);
            put(out, "BOOT-INF/lib/shipped-packs.jar", plainJar(goPack(dir.resolve("go")), "packs/go/"), true);
            for (Path lib : libraries(loader)) {
                put(out, "BOOT-INF/lib/" + lib.getFileName(), Files.readAllBytes(lib), true);
            }
        }
        return jar;
    }

    /** A small pack whose one rule, in a subfolder, recommends GO on any facts. */
    private static Path goPack(Path folder) {
        return TestPacks.write(folder, TestPacks.SIMPLE_MANIFEST, Map.of("rules/go.drl", """
                package go;
                import dev.accord.vocabulary.Recommendation;
                rule "Go"
                when
                then
                    insertLogical( new Recommendation("GO", "Go ahead.") );
                end
                """));
    }

    /** The jars on this test's class path but the launcher's: Accord's dependencies, and the tests' own, which do no harm. */
    private static List<Path> libraries(Path loader) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p) && !p.equals(loader))
                .toList();
    }

    /** A jar of the files below {@code folder}, each under {@code prefix}. */
    private static byte[] plainJar(Path folder, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            addTree(out, prefix, folder, p -> true);
        }
        return bytes.toByteArray();
    }

    private static void addTree(JarOutputStream out, String prefix, Path folder, java.util.function.Predicate<Path> keep)
            throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(keep).sorted().toList()) {
                put(out, prefix + folder.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f), false);
            }
        }
    }

    /** Writes an entry, a folder when {@code content} is null; Boot reads nested jars only when stored uncompressed. */
    private static void put(JarOutputStream out, String name, byte[] content, boolean stored) throws IOException {
        JarEntry entry = new JarEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        if (content != null) {
            out.write(content);
        }
        out.closeEntry();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a JVM like this one's in {@code workDir}; the lines it printed on stdout, after it exits with 0. */
    private static List<String> run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.isAlive() ? -1 : process.exitValue())
                .as("the application's exit; it printed:%n%s%n%s", printed, Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return printed.lines().toList();
    }
}
