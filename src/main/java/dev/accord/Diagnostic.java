package dev.accord;

import java.util.Comparator;

/**
 * One problem found in a rule pack or a fact set, in the form compilers use so that editors can
 * jump to it: {@code file:line:column: error: message}.
 */
public record Diagnostic(Location location, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Orders diagnostics by file, then line, then column. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column());

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(location, Severity.ERROR, message);
    }

    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(location, Severity.WARNING, message);
    }

    /** The same diagnostic with its file resolved against {@code base}. */
    public Diagnostic relativeTo(java.nio.file.Path base) {
        String file = base.resolve(location.file()).normalize().toString();
        return new Diagnostic(new Location(file, location.line(), location.column()), severity, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
