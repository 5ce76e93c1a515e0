package dev.accord.rules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Identifies the code that compiled a pack: Accord's version and build, Drools' version and the
 * Java runtime. A cached pack holds Drools' serialised objects and bytecode compiled against
 * Accord's vocabulary classes, so it is only valid for exactly this code: a rebuilt jar, another
 * Drools or another Java gives another fingerprint, hence other cache keys.
 */
final class CodeFingerprint {

    private static volatile String current;

    private CodeFingerprint() {
    }

    static String current() {
        String f = current;
        if (f == null) {
            f = "accord " + PackCompiler.class.getPackage().getImplementationVersion()
                    + "; build " + build(PackCompiler.class)
                    + "; drools " + DroolsVersion.read().orElse("?") + " " + build(org.drools.core.impl.KnowledgeBaseImpl.class)
                    + "; java " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version");
            current = f;
        }
        return f;
    }

    /**
     * The jar or folder a class was loaded from, by size and modification time: rebuilding
     * Accord (even with an unchanged version number) changes it. A folder of classes, as in a
     * development build, is fingerprinted by all its class files.
     */
    private static String build(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
                return location + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            try (Stream<Path> classes = Files.walk(location)) {
                long[] sum = {0, 0};
                classes.filter(p -> p.toString().endsWith(".class")).sorted().forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        sum[0] = sum[0] * 31 + a.size();
                        sum[1] = sum[1] * 31 + a.lastModifiedTime().toMillis() + p.toString().hashCode();
                    } catch (IOException e) {
                        sum[1]++;
                    }
                });
                return location + " " + sum[0] + " " + sum[1];
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            // Unknown code means no key can be trusted; a value that changes every run disables caching.
            return "unknown " + System.nanoTime();
        }
    }
}
