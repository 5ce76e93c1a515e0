package dev.accord.explain;

/**
 * Something Accord worked out that a person reads: a decision, a why-not answer, a what-if
 * comparison or search. Each renders itself in the formats it has.
 */
public interface Report {

    /**
     * Renders the report.
     *
     * @param format the output format
     * @return the rendered report, never null
     * @throws IllegalArgumentException when the report has no rendering in {@code format}; every
     *                                  report renders as {@link Format#TEXT}
     */
    String render(Format format);

    /**
     * For implementations: the text of a report that renders as text only; any other format is refused.
     *
     * @param report names the kind of report in the refusal, e.g. "a what-if search"
     * @param format the format asked for
     * @param text   renders the text, called only for {@link Format#TEXT}
     * @return the text
     * @throws IllegalArgumentException when {@code format} is not {@link Format#TEXT}
     */
    static String textOnly(String report, Format format, java.util.function.Supplier<String> text) {
        if (format != Format.TEXT) {
            throw unsupported(report, format, Format.TEXT);
        }
        return text.get();
    }

    /**
     * For implementations: the refusal for a format a report does not have.
     *
     * @param report    names the kind of report, e.g. "a why-not answer"
     * @param format    the format asked for
     * @param supported the formats the report has
     * @return the exception, to throw
     */
    static IllegalArgumentException unsupported(String report, Format format, Format... supported) {
        return new IllegalArgumentException(report + " renders as " + java.util.Arrays.stream(supported).map(Format::id)
                .collect(java.util.stream.Collectors.joining(" or ")) + ", not " + format.id());
    }
}
