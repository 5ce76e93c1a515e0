package dev.accord.render;

/**
 * Makes text from fact sets and packs safe to print on a terminal: control characters (an
 * escape character starts a sequence that can move the cursor, retitle the window or rewrite
 * what was printed before), C1 controls and the invisible bidirectional overrides are shown as
 * backslash-u escapes instead ({@code \\u001B} for the escape character). New lines and tabs stay.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Writes every unsafe character as {@code \\uXXXX}.
     *
     * @param text any text, not null
     * @return the escaped text; the same text when nothing is unsafe
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 controls but new line and tab, DEL, C1 controls, bidirectional embeddings, overrides and isolates. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }
}
