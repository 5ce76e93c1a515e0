package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import dev.accord.facts.InputLimits;
import dev.accord.facts.Problems;
import dev.accord.facts.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds a pack folder on the class path: a folder of the file system (classes in an IDE or a
 * build), or a folder inside a jar, including a jar nested in another as Spring Boot packages
 * applications (its class loader hands out jar URLs whose connection is a
 * {@link JarURLConnection}). A jar is read through its own entries, not through a file system,
 * which a URL into a nested jar has none of.
 */
public final class ClasspathPack {

    /**
     * What was found: a folder on disk, loaded like any pack folder; or the texts of a folder in a
     * jar.
     */
    public sealed interface Found {
    }

    /** A folder of the file system. */
    public record Folder(Path directory) implements Found {
    }

    /** The files of a folder inside a jar: {@code pack.yaml}'s text and each DRL file's, by path below the folder. */
    public record Texts(String manifest, Map<String, String> drl) implements Found {
    }

    private ClasspathPack() {
    }

    /**
     * Finds {@code folder}'s {@code pack.yaml} with {@code loader} and reads the folder.
     *
     * @param folder a resource path such as {@code packs/orders}, without a leading slash
     * @throws InvalidRulesException when there is no such pack, or it cannot be read
     */
    public static Found find(String folder, ClassLoader loader) {
        String normalized = folder.replaceAll("^/+|/+$", "");
        String manifestName = normalized + "/" + ManifestReader.FILE;
        URL manifest = loader.getResource(manifestName);
        if (manifest == null) {
            throw fail(manifestName, "no rule pack on the class path: there is no " + manifestName);
        }
        try {
            if ("file".equals(manifest.getProtocol())) {
                return new Folder(Path.of(manifest.toURI()).getParent());
            }
            URLConnection connection = manifest.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return readJar(jar, manifestName);
            }
        } catch (IOException | URISyntaxException e) {
            throw fail(manifestName, "cannot read the rule pack from " + manifest + ": " + e.getMessage());
        }
        throw fail(manifestName, "cannot list the files of a rule pack at " + manifest
                + ": only folders and jars on the class path can be listed");
    }

    private static Texts readJar(JarURLConnection connection, String manifestName) throws IOException {
        connection.setUseCaches(false); // a jar file of our own, closed here, never one the class loader shares
        try (JarFile jar = connection.getJarFile()) {
            String prefix = connection.getEntryName().substring(0, connection.getEntryName().length()
                    - ManifestReader.FILE.length());
            String manifest = read(jar, jar.getJarEntry(connection.getEntryName()), InputLimits.MAX_MANIFEST_BYTES, manifestName);
            Map<String, String> drl = new TreeMap<>();
            List<JarEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && e.getName().endsWith(".drl"))
                    .toList();
            for (JarEntry e : entries) {
                String relative = e.getName().substring(prefix.length());
                drl.put(relative, read(jar, e, InputLimits.MAX_DRL_FILE_BYTES, relative));
            }
            return new Texts(manifest, drl);
        }
    }

    /** An entry's text, read as a pack file is read (strictly UTF-8, within the size limit). */
    private static String read(JarFile jar, JarEntry entry, long maxBytes, String name) throws IOException {
        Problems problems = new Problems();
        try (InputStream in = jar.getInputStream(entry)) {
            String text = TextFile.read(in, name, maxBytes, problems);
            if (text == null) {
                throw new InvalidRulesException(problems.sorted());
            }
            return text;
        }
    }

    private static InvalidRulesException fail(String file, String message) {
        return new InvalidRulesException(List.of(Diagnostic.error(Location.of(file), message)));
    }
}
