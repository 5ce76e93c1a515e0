package dev.accord.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"accord " + (version == null ? "(development build)" : version),
            "Drools " + droolsVersion() + ", Java " + System.getProperty("java.version")};
    }

    private static String droolsVersion() {
        String v = org.kie.api.KieServices.class.getPackage().getImplementationVersion();
        return v == null ? "10.2.0" : v;
    }
}
