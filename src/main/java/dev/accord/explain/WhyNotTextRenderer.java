package dev.accord.explain;

import dev.accord.render.TextStyle;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a why-not answer as an indented text tree, the way {@link TextRenderer} renders a decision. */
final class WhyNotTextRenderer {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private final TextStyle style;

    private WhyNotTextRenderer(TextStyle style) {
        this.style = style;
    }

    /**
     * The answer as plain text.
     *
     * @param answer the answer
     * @return the text, as {@code accord why-not} prints it
     */
    static String render(WhyNot answer) {
        return render(answer, TextStyle.PLAIN);
    }

    /**
     * The answer for a terminal of the given width, in colour or not.
     *
     * @param answer the answer
     * @param style  the terminal's width and whether it shows colour
     * @return the text
     */
    static String render(WhyNot answer, TextStyle style) {
        WhyNotTextRenderer r = new WhyNotTextRenderer(style);
        r.line(0, "Why not " + answer.target() + "?");
        r.answer(answer, 0);
        return r.out.toString();
    }

    private void answer(WhyNot answer, int depth) {
        line(depth, capitalise(answer.summary()) + ".");
        for (RuleAttempt rule : answer.rules()) {
            attempt(rule, depth + 1);
        }
    }

    private void attempt(RuleAttempt a, int depth) {
        String state = a.fired() ? "fired" : a.satisfied() ? "did not fire, although its conditions hold" : "did not fire";
        line(depth, "rule \"" + a.rule().name() + "\" " + state + "  [" + a.rule().location().fileAndLine() + "]");
        if (a.note() != null) {
            line(depth + 1, "(" + a.note() + ")");
        }
        for (int i = 0; i < a.blocks().size(); i++) {
            block(a.blocks().get(i), i == 0 ? "it needs" : "it also needs", depth + 1);
        }
    }

    private void block(RuleAttempt.Block b, String lead, int depth) {
        line(depth, lead + " " + b.condition() + "  [" + b.location().fileAndLine() + "]");
        if (!b.bindings().isEmpty()) {
            line(depth + 1, "with " + b.bindings().entrySet().stream().map(WhyNotTextRenderer::binding)
                    .collect(Collectors.joining(", ")));
        }
        if (!b.present().isEmpty()) {
            line(depth + 1, "but there is:");
            b.present().forEach(p -> line(depth + 2, p.text()));
        } else if (b.nearest().isEmpty() && b.note() == null) {
            line(depth + 1, "and there is no such fact");
        }
        for (RuleAttempt.NearMiss n : b.nearest()) {
            line(depth + 1, "nearest: " + evidence(n.fact()));
            for (RuleAttempt.Miss m : n.misses()) {
                String why = m.error() != null ? m.error() : m.actual() != null ? m.actual() : "false";
                line(depth + 2, "fails " + m.constraint() + " (" + why + ")  [" + m.location().fileAndLine() + "]");
            }
        }
        if (b.note() != null) {
            line(depth + 1, "(" + b.note() + ")");
        }
        for (WhyNot deeper : b.deeper()) {
            answer(deeper, depth + 1);
        }
    }

    private static String evidence(Evidence e) {
        if (e instanceof InputFact f) {
            return "fact " + f.text() + "  [" + f.fact().location().fileAndLine() + "]";
        }
        return e instanceof MatchedValue ? "value " + e.text() : e.text();
    }

    private static String binding(Map.Entry<String, String> e) {
        return e.getKey() + " = " + e.getValue();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void line(int depth, String text) {
        out.append(style.format(INDENT.repeat(depth), text, depth == 0 && text.startsWith("Why not ")));
    }
}
