package dev.accord.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The version of Drools on the class or module path, read from the Maven metadata drools-core
 * ships in its jar (the shaded jar has one manifest, ours, so Drools' own manifest version is not
 * available there). The metadata is looked up beside a drools-core class: on the module path, a
 * class's resources are those of its own module.
 */
public final class DroolsVersion {

    private static final String DROOLS_POM = "/META-INF/maven/org.drools/drools-core/pom.properties";

    private DroolsVersion() {
    }

    /** The version, e.g. {@code 10.2.0}; empty when the metadata cannot be read. */
    public static Optional<String> read() {
        try (InputStream in = org.drools.core.impl.KnowledgeBaseImpl.class.getResourceAsStream(DROOLS_POM)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return Optional.ofNullable(p.getProperty("version"));
            }
        } catch (IOException e) {
            // unknown, as when the metadata is missing
        }
        return Optional.empty();
    }
}
