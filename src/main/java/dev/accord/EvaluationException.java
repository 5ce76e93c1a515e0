package dev.accord;

import java.nio.file.Path;
import java.util.List;

/**
 * Rules compiled and facts loaded, but running them failed: a rule's action threw an exception,
 * or the rules kept firing past the firing limit (they probably loop).
 */
public final class EvaluationException extends AccordException {

    public EvaluationException(List<Diagnostic> diagnostics) {
        this(diagnostics, (Path) null, null);
    }

    /** @param pack the pack folder that the diagnostics' file names are relative to */
    public EvaluationException(List<Diagnostic> diagnostics, Path pack) {
        this(diagnostics, pack, (Throwable) null);
    }

    /** @param cause what failed underneath (an exception Drools threw), or null */
    public EvaluationException(List<Diagnostic> diagnostics, Throwable cause) {
        this(diagnostics, (Path) null, cause);
    }

    /**
     * @param pack  the pack folder that the diagnostics' file names are relative to, or null
     * @param cause what failed underneath (an exception Drools threw), or null
     */
    public EvaluationException(List<Diagnostic> diagnostics, Path pack, Throwable cause) {
        super("evaluation failed", diagnostics, pack, cause);
    }
}
