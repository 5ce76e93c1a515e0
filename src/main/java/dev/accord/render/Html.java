package dev.accord.render;

/**
 * Escaping for text placed in HTML or SVG, and the parts every Accord page shares. Internal: the
 * report renderers of {@code explain} and {@code analysis} use it; callers render reports with
 * {@code render(Format.HTML)}.
 */
public final class Html {

    private Html() {
    }

    /**
     * Text made safe inside an element or a quoted attribute.
     *
     * @param text the text
     * @return the text with {@code < > & " '} escaped
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The start of a self-contained page, up to and including {@code <body>}: the report style
     * sheet ({@link HtmlStyle#CSS}) and the page's own rules.
     *
     * @param title the page's title, unescaped
     * @param css   more style rules for this page, or empty
     * @return the HTML
     */
    public static String head(String title, String css) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + HtmlStyle.CSS + css + "</style>\n</head>\n<body>\n";
    }

    /**
     * A badge in the given colours.
     *
     * @param text    the badge's text, unescaped
     * @param colours background and text colour, as {@link Palette#action} gives them
     * @return the HTML
     */
    public static String badge(String text, String[] colours) {
        return "<span class=\"badge\" style=\"background:" + colours[0] + ";color:" + colours[1] + "\">" + escape(text) + "</span>";
    }

    /**
     * A condition's status as a badge in the colours of {@link Palette}.
     *
     * @param status MET, NOT_MET, UNKNOWN, CONFLICT or NOT_ASSESSED
     * @return the HTML
     */
    public static String status(String status) {
        return badge(status, new String[] {Palette.fill(status), Palette.ink(status)});
    }
}
