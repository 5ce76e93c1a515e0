package dev.accord.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates rule code in which a forbidden call ({@link #PAYLOAD}, which only sets a system
 * property) may be code, or only look like code inside a string, a character literal or a comment,
 * depending on how escapes, quotes, comment markers and line ends are read. The pieces are the
 * ones on which readers of Java and MVEL have disagreed: unicode escapes for quotes, backslashes,
 * line ends and comment ends, escaped quotes, comment markers inside strings, a lone carriage
 * return, MVEL's single-quoted strings. Same seed, same code.
 */
final class TrickyCode {

    static final String PROPERTY = "accord.fuzz";
    static final String PAYLOAD = "System.setProperty(\"accord.fuzz\", \"hit\")";

    /** What may go inside a string or a character literal: each piece keeps or ends the literal. */
    private static final List<String> IN_LITERAL = List.of(
            "a", " ", "x y", "\\\"", "\\'", "\\\\", "\\n", "\\t", "\\u0041", "\\u0022", "\\u005c", "\\u005C", "\\u0027",
            "\\u000a", "\\u000d", "\\u002a\\u002f", "//", "/*", "*/", "'", "\"", "\\", "\\\\\"", "\" + \"",
            PAYLOAD, "\" + " + PAYLOAD + " + \"", "\\u0022 + " + PAYLOAD + " + \\u0022", "é", "\\uuu0041");

    /** What may go inside a comment: each piece keeps or ends the comment. */
    private static final List<String> IN_COMMENT = List.of(
            "note", " ", "\"", "'", "*/", "/*", "//", "\\u002a/", "\\u002A\\u002F", "\\u000a", "\\u000d", "\r", "\r\n",
            "\n", "\\n", PAYLOAD + ";", "\\u0053ystem", "*", "/", "\\");

    private final Random random;

    TrickyCode(long seed) {
        this.random = new Random(seed);
    }

    /** A few Java statements for a rule's action. */
    String javaAction() {
        StringBuilder code = new StringBuilder();
        int statements = 1 + random.nextInt(4);
        for (int i = 0; i < statements; i++) {
            switch (random.nextInt(7)) {
                case 0 -> code.append("String s").append(i).append(" = \"").append(body(IN_LITERAL)).append("\";\n");
                case 1 -> code.append("char c").append(i).append(" = '").append(pick(IN_LITERAL)).append("';\n");
                case 2 -> code.append("// ").append(body(IN_COMMENT)).append('\n');
                case 3 -> code.append("/* ").append(body(IN_COMMENT)).append(" */\n");
                case 4 -> code.append(PAYLOAD).append(";\n");
                case 5 -> code.append("int n").append(i).append(" = ").append(random.nextInt(9)).append(";\n");
                default -> code.append("String t").append(i).append(" = \"").append(body(IN_LITERAL)).append("\" + \"")
                        .append(body(IN_LITERAL)).append("\";\n");
            }
        }
        return perturb(code.toString());
    }

    /** An MVEL expression of string literals (double- or single-quoted) for a constraint. */
    String mvelExpression() {
        StringBuilder code = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                code.append(" + ");
            }
            if (random.nextInt(8) == 0) {
                code.append(PAYLOAD);
            } else {
                char quote = random.nextBoolean() ? '"' : '\'';
                code.append(quote).append(body(IN_LITERAL)).append(quote);
            }
        }
        return perturb(code.toString());
    }

    /** Sometimes one piece more at a random place, which may move where a literal or comment ends. */
    private String perturb(String code) {
        if (random.nextInt(4) != 0) {
            return code;
        }
        int at = random.nextInt(code.length() + 1);
        List<String> pieces = random.nextBoolean() ? IN_LITERAL : IN_COMMENT;
        return code.substring(0, at) + pick(pieces) + code.substring(at);
    }

    private String body(List<String> pieces) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(pick(pieces));
        }
        return b.toString();
    }

    private String pick(List<String> pieces) {
        return pieces.get(random.nextInt(pieces.size()));
    }
}
