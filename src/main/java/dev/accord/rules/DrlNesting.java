package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.Location;

/**
 * Refuses DRL whose brackets nest so deep that Drools' parser would never finish: its DRL6
 * expression parser backtracks exponentially on nested square brackets (16 levels take seconds,
 * 20 take minutes), and deep parentheses overflow its stack. Checked on the text, before Drools
 * parses anything; real rules stay far below both limits.
 */
final class DrlNesting {

    static final int MAX_SQUARE = 8;
    static final int MAX_ANY = 200;

    private DrlNesting() {
    }

    /** A diagnostic at the first bracket nested too deep, or null. */
    static Diagnostic check(DrlSource file) {
        String s = file.text();
        int square = 0;
        int any = 0;
        int line = 1;
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                column += Math.min(j, s.length() - 1) - i;
                i = Math.min(j, s.length() - 1);
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                column += (j < 0 ? s.length() : j) - i - 1;
                i = (j < 0 ? s.length() : j) - 1;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                int end = j < 0 ? s.length() : j + 2;
                for (int k = i; k < end; k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                        column = 0;
                    } else {
                        column++;
                    }
                }
                i = end - 1;
                column--;
            } else if (c == '[' && ++square > MAX_SQUARE || "([{".indexOf(c) >= 0 && ++any > MAX_ANY) {
                return Diagnostic.error(new Location(file.path(), line, column), "brackets nested more than "
                        + (c == '[' && square > MAX_SQUARE ? MAX_SQUARE + " deep ([ ])" : MAX_ANY + " deep")
                        + ", which Drools' parser cannot read in reasonable time");
            } else if (")]}".indexOf(c) >= 0) {
                any = Math.max(0, any - 1);
                if (c == ']') {
                    square = Math.max(0, square - 1);
                }
            }
        }
        return null;
    }
}
