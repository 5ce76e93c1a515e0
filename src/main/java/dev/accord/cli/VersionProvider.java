package dev.accord.cli;

import dev.accord.rules.DroolsVersion;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"accord " + (version == null ? "(development build)" : version),
            "Drools " + DroolsVersion.read().orElse("(unknown version)") + ", Java " + System.getProperty("java.version")};
    }
}
