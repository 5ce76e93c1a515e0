package dev.accord;

import java.nio.file.Path;
import java.util.List;

/** A rule pack could not be loaded: its {@code pack.yaml} or a DRL file is wrong. */
public final class InvalidRulesException extends AccordException {

    public InvalidRulesException(List<Diagnostic> diagnostics) {
        this(diagnostics, null);
    }

    /** @param pack the pack folder that the diagnostics' file names are relative to */
    public InvalidRulesException(List<Diagnostic> diagnostics, Path pack) {
        super("invalid rule pack", diagnostics, pack);
    }
}
