package dev.accord.cli;

import java.nio.file.Path;

/**
 * Where the default job's pack and fact set live: under the Accord installation, which the
 * {@code accord} launcher passes as the {@code accord.home} system property. Paths are shown
 * relative to the working directory when they lie below it, so output reads the same from
 * wherever the repository is checked out.
 */
final class Defaults {

    static final String PACK = "rules/nato-afghanistan";
    static final String FACTS = "facts/2021-02-15-nato-ministerial.yaml";

    private Defaults() {
    }

    static Path pack() {
        return underHome(PACK);
    }

    static Path facts() {
        return underHome(FACTS);
    }

    private static Path underHome(String relative) {
        Path home = Path.of(System.getProperty("accord.home", ".")).toAbsolutePath().normalize();
        Path target = home.resolve(relative);
        Path cwd = Path.of("").toAbsolutePath();
        return target.startsWith(cwd) ? cwd.relativize(target) : target;
    }
}
