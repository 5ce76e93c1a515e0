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
     * An exception whose message is the summary followed by every diagnostic, one a line.
     *
     * @param summary     what could not be done, e.g. "invalid rule pack"
     * @param diagnostics every problem found, in file order
     * @param base        the folder the diagnostics' file names are relative to (a rule pack), or null
     *                    when they are paths as the user gave them
     */
    protected AccordException(String summary, List<Diagnostic> diagnostics, Path base) {
        this(summary, diagnostics, base, null);
    }

    /**
     * An exception with the diagnostics and the exception that caused them.
     *
     * @param summary     what could not be done, e.g. "evaluation failed"
     * @param diagnostics every problem found, in file order
     * @param base        the folder the diagnostics' file names are relative to, or null
     * @param cause       what failed underneath (a rule action's exception), or null
     */
    protected AccordException(String summary, List<Diagnostic> diagnostics, Path base, Throwable cause) {
        super(summary + ":\n" + diagnostics.stream().map(d -> base == null ? d : d.relativeTo(base))
                .map(Diagnostic::toString).collect(Collectors.joining("\n")), cause);
        this.diagnostics = List.copyOf(diagnostics);
        this.base = base;
    }

    /**
     * Every problem found.
     *
     * @return the diagnostics in file order, unmodifiable; file names relative to {@link #base()}
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The folder that the file names of {@link #diagnostics()} are relative to, if they are.
     *
     * @return the folder; empty when the names are as the user gave them
     */
    public Optional<Path> base() {
        return Optional.ofNullable(base);
    }

    /**
     * The diagnostics with file names a user can open from the working directory.
     *
     * @return the diagnostics, unmodifiable
     */
    public List<Diagnostic> located() {
        return base == null ? diagnostics : diagnostics.stream().map(d -> d.relativeTo(base)).toList();
    }
}
