package dev.accord.rules.policy;

/**
 * Refuses the unicode escapes on which Drools' two compilers disagree. javac decodes a
 * backslash-u escape everywhere before it reads anything else, so outside a string an escape can
 * spell a name or end a comment, and inside one an escaped quote or backslash ends or extends the
 * string; MVEL decodes escapes only inside strings, as one character of the string. The same
 * text can then be a harmless string to one and code to the other
 * ({@code "\u005C" + exit() + "\u0022"}). So the policy allows an escape only inside a string
 * literal, and only for a character that means nothing to where strings start and end (not a
 * quote, a backslash or a line break): there both compilers read the same string, and so does
 * the policy.
 */
final class EscapeScan {

    private EscapeScan() {
    }

    /** Scans a whole DRL file, refusing each escape the policy cannot read as both compilers do. */
    static void check(DrlText drl, Refusals refusals) {
        String text = drl.text();
        if (text.indexOf("\\u") < 0) {
            return;
        }
        int i = 0;
        char quote = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && UnicodeEscapes.isEscape(text, i)) {
                int end = end(text, i);
                Character decoded = decoded(text, i, end);
                if (quote == 0) {
                    refusals.refuse(drl.locationOf(i), "the unicode escape " + text.substring(i, end)
                            + " is outside a string literal: javac decodes it before it reads the code and MVEL"
                            + " does not, so the rule policy refuses it; write the character itself");
                } else if (decoded == null || "\"'\\\n\r".indexOf(decoded) >= 0) {
                    refusals.refuse(drl.locationOf(i), "the unicode escape " + text.substring(i, end)
                            + " stands for a quote, a backslash or a line break (or is malformed): javac and MVEL"
                            + " read the string around it differently, so the rule policy refuses it;"
                            + " write \\\", \\', \\\\ or \\n instead");
                }
                i = end;
            } else if (quote != 0) {
                if (c == '\\') {
                    i += 2; // an ordinary escape: the next character belongs to the string
                } else {
                    if (c == quote) {
                        quote = 0;
                    }
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                i++;
            } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
                int end = commentEnd(text, i);
                refuseEscapesInComment(drl, i, end, refusals);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Where the comment starting at {@code from} ends, as written (before any escape is decoded). */
    private static int commentEnd(String text, int from) {
        if (text.startsWith("/*", from)) {
            int close = text.indexOf("*/", from + 2);
            return close < 0 ? text.length() : close + 2;
        }
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** javac decodes escapes in comments too (a new line ends a line comment), so each is refused. */
    private static void refuseEscapesInComment(DrlText drl, int from, int to, Refusals refusals) {
        String text = drl.text();
        for (int k = text.indexOf("\\u", from); k >= 0 && k < to; k = text.indexOf("\\u", k + 2)) {
            if (UnicodeEscapes.isEscape(text, k)) {
                refusals.refuse(drl.locationOf(k), "the unicode escape " + text.substring(k, end(text, k))
                        + " is in a comment: javac decodes it there too (it can end the comment),"
                        + " so the rule policy refuses it");
            }
        }
    }

    /** Where the escape at {@code i} ends: past its u's and four hex digits (or past the u's when malformed). */
    private static int end(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
            j++;
        }
        return j + 4 <= text.length() && UnicodeEscapes.isHex(text, j) ? j + 4 : j;
    }

    private static Character decoded(String text, int i, int end) {
        int j = i + 1;
        while (j < end && text.charAt(j) == 'u') {
            j++;
        }
        return end - j == 4 ? (char) Integer.parseInt(text.substring(j, end), 16) : null;
    }
}
