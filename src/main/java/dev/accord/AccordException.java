package dev.accord;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Raised when Accord cannot do what was asked because of its input. It carries every
 * {@link Diagnostic} found, not only the first, so that a user can fix them all in one go.
 */
public abstract class AccordException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;
    private final transient Path base;

    /**
     * @param base the folder the diagnostics' file names are relative to (a rule pack), or null
     *             when they are paths as the user gave them
     */
    protected AccordException(String summary, List<Diagnostic> diagnostics, Path base) {
        this(summary, diagnostics, base, null);
    }

    /** @param cause what failed underneath (an exception Drools threw), or null */
    protected AccordException(String summary, List<Diagnostic> diagnostics, Path base, Throwable cause) {
        super(summary + ":\n" + diagnostics.stream().map(d -> base == null ? d : d.relativeTo(base))
                .map(Diagnostic::toString).collect(Collectors.joining("\n")), cause);
        this.diagnostics = List.copyOf(diagnostics);
        this.base = base;
    }

    /** Every problem found, in file order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The folder that the file names of {@link #diagnostics()} are relative to, if they are. */
    public Optional<Path> base() {
        return Optional.ofNullable(base);
    }

    /** The diagnostics with file names a user can open from the working directory. */
    public List<Diagnostic> located() {
        return base == null ? diagnostics : diagnostics.stream().map(d -> d.relativeTo(base)).toList();
    }
}
