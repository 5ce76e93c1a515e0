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

    /** The text of a report that renders as text only; any other format is refused. */
    static String textOnly(String report, Format format, java.util.function.Supplier<String> text) {
        if (format != Format.TEXT) {
            throw unsupported(report, format, Format.TEXT);
        }
        return text.get();
    }

    /** The refusal for a format a report does not have. */
    static IllegalArgumentException unsupported(String report, Format format, Format... supported) {
        return new IllegalArgumentException(report + " renders as " + java.util.Arrays.stream(supported).map(Format::id)
                .collect(java.util.stream.Collectors.joining(" or ")) + ", not " + format.id());
    }
}
