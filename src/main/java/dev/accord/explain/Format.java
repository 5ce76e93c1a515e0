package dev.accord.explain;

import dev.accord.Decision;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The output formats a {@link Report} renders in: every report has text, JSON, Markdown and HTML;
 * DOT, a derivation graph, only a decision has.
 */
public enum Format {
    /** What the command line prints: for a decision, an indented "because" tree. */
    TEXT(TextRenderer::render),
    /** JSON whose {@code schema} field names its shape ({@code docs/decision-json.md}): a decision with its derivation graph. */
    JSON(JsonRenderer::render),
    /** Markdown, for a review or a ticket. */
    MD(MarkdownRenderer::render),
    /** A decision's derivation graph in Graphviz DOT; no other report has it. */
    DOT(DotRenderer::render),
    /** One self-contained HTML page: for a decision, the report with the graph as a picture. */
    HTML(HtmlRenderer::render);

    private final Function<Decision, String> renderer;

    Format(Function<Decision, String> renderer) {
        this.renderer = renderer;
    }

    /**
     * Renders a decision; the same as {@code decision.render(this)}.
     *
     * @param decision the decision
     * @return the report in this format
     */
    public String render(Decision decision) {
        return renderer.apply(decision);
    }

    /**
     * The name users type: {@code text}, {@code json}, {@code md}, {@code dot}, {@code html}.
     *
     * @return the id, lower case
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a user named, in any case: {@code json} and {@code JSON} alike.
     *
     * @param id the format's id
     * @return the format; empty when there is none by that name
     */
    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }
}
