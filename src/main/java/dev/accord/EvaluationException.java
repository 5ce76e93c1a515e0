package dev.accord;

import java.nio.file.Path;
import java.util.List;

/**
 * Rules compiled and facts loaded, but running them failed: a rule's action threw an exception,
 * or the rules kept firing past the firing limit (they probably loop).
 */
public final class EvaluationException extends AccordException {

    /**
     * An evaluation failure with file names as the user gave them.
     *
     * @param diagnostics what failed, and where
     */
    public EvaluationException(List<Diagnostic> diagnostics) {
        this(diagnostics, (Path) null, null);
    }

    /**
     * An evaluation failure of a pack loaded from a folder.
     *
     * @param diagnostics what failed, and where
     * @param pack        the pack folder that the diagnostics' file names are relative to
     */
    public EvaluationException(List<Diagnostic> diagnostics, Path pack) {
        this(diagnostics, pack, (Throwable) null);
    }

    /**
     * An evaluation failure with its cause.
     *
     * @param diagnostics what failed, and where
     * @param cause       what failed underneath (a rule action's exception), or null
     */
    public EvaluationException(List<Diagnostic> diagnostics, Throwable cause) {
        this(diagnostics, (Path) null, cause);
    }

    /**
     * An evaluation failure of a pack, with its cause.
     *
     * @param diagnostics what failed, and where
     * @param pack        the pack folder that the diagnostics' file names are relative to, or null
     * @param cause       what failed underneath (a rule action's exception), or null
     */
    public EvaluationException(List<Diagnostic> diagnostics, Path pack, Throwable cause) {
        super("evaluation failed", diagnostics, pack, cause);
    }
}
