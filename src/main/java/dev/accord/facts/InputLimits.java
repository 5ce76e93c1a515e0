package dev.accord.facts;

/**
 * The limits on what Accord reads, so that a hostile or broken file ends in a diagnostic rather
 * than in an exhausted heap or stack. Each is far above what a real fact set or pack needs;
 * documented in docs/fact-sets.md and docs/SECURITY.md.
 */
public final class InputLimits {

    /** A fact file: 10 MiB (for text given to {@code FactSet.parse}, 10 Mi characters). */
    public static final long MAX_FACT_FILE_BYTES = 10L * 1024 * 1024;
    /** {@code pack.yaml}: 1 MiB. */
    public static final long MAX_MANIFEST_BYTES = 1024L * 1024;
    /** One DRL file of a pack: 4 MiB. */
    public static final long MAX_DRL_FILE_BYTES = 4L * 1024 * 1024;
    /** Mappings and lists inside one another: a fact set needs 4 or 5. */
    public static final int MAX_NESTING_DEPTH = 20;
    /** One value or key, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Facts in one fact set. */
    public static final int MAX_FACTS = 100_000;

    private InputLimits() {
    }

    /** "10 MiB", "1 MiB", "512 KiB": sizes as the docs give them. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
