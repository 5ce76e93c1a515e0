package dev.accord.rules.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Drools' {@code modify( $fact ) { setA(1), setB(2) }} is not Java. This rewrites it, keeping every
 * character at its offset, into {@code modify( $fact ); setA(1); setB(2);} so that a Java parser
 * can read it, and remembers the regions whose unqualified calls and names are members of the
 * modified fact rather than functions or variables.
 */
final class ModifyBlocks {

    record Rewritten(String code, List<int[]> memberRegions) {

        boolean isMemberOfModified(int offset) {
            return memberRegions.stream().anyMatch(r -> offset >= r[0] && offset < r[1]);
        }
    }

    private ModifyBlocks() {
    }

    static Rewritten rewrite(String code) {
        char[] out = code.toCharArray();
        List<int[]> regions = new ArrayList<>();
        boolean[] isCode = codeMask(code);
        int i = 0;
        while ((i = code.indexOf("modify", i)) >= 0) {
            int afterWord = i + "modify".length();
            if (!isCode[i] || (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1)))
                    || (afterWord < code.length() && Character.isJavaIdentifierPart(code.charAt(afterWord)))) {
                i = afterWord;
                continue;
            }
            int open = skipSpace(code, afterWord);
            int close = open < code.length() && code.charAt(open) == '(' ? matching(code, isCode, open, '(', ')') : -1;
            int brace = close < 0 ? -1 : skipSpace(code, close + 1);
            if (brace < 0 || brace >= code.length() || code.charAt(brace) != '{') {
                i = afterWord;
                continue;
            }
            int end = matching(code, isCode, brace, '{', '}');
            if (end < 0) {
                break; // unbalanced: leave it to the parser to refuse
            }
            out[brace] = ';';
            out[end] = ';';
            int depth = 0;
            for (int k = brace + 1; k < end; k++) {
                char c = code.charAt(k);
                if (!isCode[k]) {
                    continue;
                }
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    out[k] = ';';
                }
            }
            regions.add(new int[] {brace + 1, end});
            i = end + 1;
        }
        return new Rewritten(new String(out), List.copyOf(regions));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matching(String s, boolean[] isCode, int open, char up, char down) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            if (!isCode[k]) {
                continue;
            }
            if (s.charAt(k) == up) {
                depth++;
            } else if (s.charAt(k) == down && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** True for characters outside string and char literals and comments. */
    static boolean[] codeMask(String s) {
        boolean[] mask = new boolean[s.length()];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j + 1, s.length());
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? s.length() : j;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                i = j < 0 ? s.length() : j + 2;
            } else {
                mask[i++] = true;
            }
        }
        return mask;
    }
}
