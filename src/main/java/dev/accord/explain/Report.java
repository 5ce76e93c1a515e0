package dev.accord.explain;

/**
 * Something Accord worked out that a person reads: a decision, a why-not answer, a what-if
 * comparison or search, a sensitivity analysis, a timeline. Every report renders in
 * {@link Format#TEXT}, {@link Format#JSON}, {@link Format#MD} and {@link Format#HTML}; only a
 * decision renders in {@link Format#DOT}, the format of its derivation graph.
 */
public interface Report {

    /**
     * Renders the report. The JSON is the one {@code --format json} prints and the server
     * answers, with a {@code schema} field naming its shape ({@code docs/decision-json.md}); HTML is
     * one self-contained page.
     *
     * @param format the output format
     * @return the rendered report, never null
     * @throws IllegalArgumentException for {@link Format#DOT}, when the report is not a decision
     */
    String render(Format format);
}
