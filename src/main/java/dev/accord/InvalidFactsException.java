package dev.accord;

import java.util.List;

/** A fact set could not be read, or does not fit the types of the pack evaluating it. */
public final class InvalidFactsException extends AccordException {

    /**
     * A fact set's problems.
     *
     * @param diagnostics every problem found, each at the fact's file and line or origin
     */
    public InvalidFactsException(List<Diagnostic> diagnostics) {
        super("invalid fact set", diagnostics, null);
    }
}
