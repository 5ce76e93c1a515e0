package dev.accord.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets the DRL parser, which stops at a file's first syntax error, go on to the next: the rule
 * the error is in is blanked out, line for line, so every later error keeps its position.
 */
final class SyntaxRecovery {

    private static final Pattern RULE_START = Pattern.compile("\\s*rule\\b.*");
    private static final Pattern RULE_END = Pattern.compile("(.*\\s)?end\\s*(//.*)?");

    private SyntaxRecovery() {
    }

    /**
     * The file with the rule around {@code line} (1-based) blanked out, or null when the line is
     * in no rule (a package, import or declaration), which nothing after could be read without.
     */
    static DrlSource withoutRuleAt(DrlSource file, int line) {
        List<String> lines = file.lines();
        int start = -1;
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            if (RULE_START.matcher(lines.get(i)).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = lines.size() - 1;
        for (int i = Math.max(start, line - 1); i < lines.size(); i++) {
            if (RULE_END.matcher(lines.get(i)).matches()) {
                end = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>(lines);
        for (int i = start; i <= end; i++) {
            kept.set(i, "");
        }
        return DrlSource.of(file.path(), String.join("\n", kept) + "\n");
    }
}
