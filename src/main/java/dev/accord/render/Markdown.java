package dev.accord.render;

/** Escaping for text placed in Markdown. Internal, like the rest of this package. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Escapes the characters that would turn plain text into Markdown markup.
     *
     * @param text the text
     * @return the text, each of {@code \ ` * _ [ ] < > | #} behind a backslash
     */
    public static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    /**
     * An indented text tree (two spaces a level, as the text reports write it) as nested Markdown
     * list items, each line escaped.
     *
     * @param text  the lines
     * @param depth the list level of the least indented line
     * @return the list, one item a line
     */
    public static String list(String text, int depth) {
        StringBuilder out = new StringBuilder();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> {
            int indent = l.length() - l.stripLeading().length();
            out.append("  ".repeat(depth + indent / 2)).append("- ").append(escape(l.strip())).append('\n');
        });
        return out.toString();
    }
}
