package dev.accord;

import java.util.List;

/** A fact set could not be read, or does not fit the types of the pack evaluating it. */
public final class InvalidFactsException extends AccordException {

    public InvalidFactsException(List<Diagnostic> diagnostics) {
        super("invalid fact set", diagnostics, null);
    }
}
