package dev.accord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {

    private static final String DROOLS_POM = "/META-INF/maven/org.drools/drools-core/pom.properties";

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"accord " + (version == null ? "(development build)" : version),
            "Drools " + droolsVersion() + ", Java " + System.getProperty("java.version")};
    }

    /**
     * Read from the Maven metadata Drools ships in its jar: the shaded jar has one manifest, ours,
     * so Drools' own manifest version is not available there.
     */
    private static String droolsVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(DROOLS_POM)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "(unknown version)");
            }
        } catch (IOException e) {
            // fall through
        }
        return "(unknown version)";
    }
}
