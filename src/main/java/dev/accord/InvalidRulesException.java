package dev.accord;

import java.nio.file.Path;
import java.util.List;

/** A rule pack could not be loaded: its {@code pack.yaml} or a DRL file is wrong. */
public final class InvalidRulesException extends AccordException {

    /**
     * A pack's problems, with file names as the user gave them.
     *
     * @param diagnostics every problem found
     */
    public InvalidRulesException(List<Diagnostic> diagnostics) {
        this(diagnostics, null);
    }

    /**
     * A pack's problems.
     *
     * @param diagnostics every problem found
     * @param pack        the pack folder that the diagnostics' file names are relative to, or null
     */
    public InvalidRulesException(List<Diagnostic> diagnostics, Path pack) {
        super("invalid rule pack", diagnostics, pack);
    }
}
