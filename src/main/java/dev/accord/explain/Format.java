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
    JSON(JsonRenderer::render);

    private final Function<Decision, String> renderer;

    Format(Function<Decision, String> renderer) {
        this.renderer = renderer;
    }

    public String render(Decision decision) {
        return renderer.apply(decision);
    }

    /** The name users type: {@code text}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}
