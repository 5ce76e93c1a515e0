package dev.accord.explain;

/**
 * Something Accord worked out that a person reads: a decision, a why-not answer, a what-if
 * comparison or search. Each renders itself in the formats it has.
 */
public interface Report {

    /**
     * Renders the report.
     *
     * @throws IllegalArgumentException when the report has no rendering in {@code format}; every
     *                                  report renders as {@link Format#TEXT}
     */
    String render(Format format);

    /** The refusal for a format a report does not have. */
    static IllegalArgumentException unsupported(String report, Format format, Format... supported) {
        return new IllegalArgumentException(report + " renders as " + java.util.Arrays.stream(supported).map(Format::id)
                .collect(java.util.stream.Collectors.joining(" or ")) + ", not " + format.id());
    }
}
