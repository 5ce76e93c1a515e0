package dev.accord.explain;

import dev.accord.Decision;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The output formats a decision can be rendered in. */
public enum Format {
    /** An indented "because" tree for the terminal. */
    TEXT(TextRenderer::render),
    /** The decision and its derivation graph as JSON ({@code docs/decision-json.md}). */
    JSON(JsonRenderer::render),
    /** Markdown, for a review or a ticket. */
    MD(MarkdownRenderer::render),
    /** The derivation graph in Graphviz DOT. */
    DOT(DotRenderer::render),
    /** One self-contained HTML report with the graph as a picture. */
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
