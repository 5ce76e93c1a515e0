package dev.accord.rules.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers in a piece of code, outside string and character literals and numbers. A quote
 * that no quote closes starts no literal: what follows it is read for names too. (Drools hands a
 * constraint on with MVEL's single-quoted strings turned into double-quoted ones, inner quotes
 * unescaped: {@code '"\''} becomes {@code ""\'"}, whose last quote closes nothing and would
 * otherwise hide the rest of the constraint from this check.)
 */
final class Identifiers {

    private Identifiers() {
    }

    static List<String> of(String code) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                i = j < code.length() ? j + 1 : i + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < code.length() && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '.' || code.charAt(j) == '_')) {
                    j++;
                }
                i = j; // 12, 1.5d, 1h30m (a duration): not names
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < code.length() && Character.isJavaIdentifierPart(code.charAt(j))) {
                    j++;
                }
                names.add(code.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return names;
    }
}
