package dev.accord.cli;

import dev.accord.LoadOptions;
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

    /** Where compiled packs are kept between runs. */
    static final String PACK_CACHE = "target/pack-cache";

    /**
     * The cache of compiled packs: {@value #PACK_CACHE} under the installation, beside the jar it
     * depends on, so {@code mvn clean} clears both. Without an installation (the jar run by
     * hand, or tests calling {@link Main}) there is no cache and every pack is compiled. The
     * system property {@code accord.packCache} puts the cache in another folder.
     */
    static LoadOptions withPackCache(LoadOptions options, boolean disabled) {
        String elsewhere = System.getProperty("accord.packCache");
        if (!disabled && elsewhere != null && !elsewhere.isBlank()) {
            return options.withCache(Path.of(elsewhere)); // the launcher's training runs use their own
        }
        String home = System.getProperty("accord.home");
        if (disabled || home == null || home.isBlank()) {
            return options.withoutCache();
        }
        return options.withCache(Path.of(home).resolve(PACK_CACHE));
    }

    private static Path underHome(String relative) {
        Path home = Path.of(System.getProperty("accord.home", ".")).toAbsolutePath().normalize();
        Path target = home.resolve(relative);
        Path cwd = Path.of("").toAbsolutePath();
        return target.startsWith(cwd) ? cwd.relativize(target) : target;
    }
}
