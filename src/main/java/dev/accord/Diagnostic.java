package dev.accord;

import java.util.Comparator;

/**
 * One problem found in a rule pack or a fact set, in the form compilers use so that editors can
 * jump to it: {@code file:line:column: error: message}.
 */
public record Diagnostic(Location location, Severity severity, String message) {

    /** Whether the problem stops the work ({@link #ERROR}) or is only reported ({@link #WARNING}). */
    public enum Severity {
        /** The work cannot go on: the pack is not loaded, the facts not evaluated. */
        ERROR,
        /** Reported, but the work goes on. */
        WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Orders diagnostics by file, then line, then column. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column());

    /**
     * An error at a location.
     *
     * @param location where the problem is
     * @param message  what is wrong, and what was expected
     * @return the diagnostic
     */
    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(location, Severity.ERROR, message);
    }

    /**
     * A warning at a location.
     *
     * @param location where the problem is
     * @param message  what is questionable
     * @return the diagnostic
     */
    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(location, Severity.WARNING, message);
    }

    /**
     * The same diagnostic with its file resolved against {@code base}.
     *
     * @param base the folder the file name is relative to, such as a pack's folder
     * @return a new diagnostic; this one is unchanged
     */
    public Diagnostic relativeTo(java.nio.file.Path base) {
        String file = base.resolve(location.file()).normalize().toString();
        return new Diagnostic(new Location(file, location.line(), location.column()), severity, message);
    }

    /**
     * Whether this stops the work.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
