package dev.accord.rules.policy;

/**
 * Decodes unicode escapes (a backslash, one or more 'u's, four hex digits) the way javac does
 * before it reads anything else: an escape can spell an identifier ("backslash-u0052untime" is
 * Runtime) or end a comment (backslash-u000a is a new line), so the policy must
 * check the decoded text. Remembers where each decoded character came from, so a refusal points
 * at the line the user wrote.
 */
final class UnicodeEscapes {

    /** The decoded text, and for each of its characters the offset of its origin in the input. */
    record Decoded(String text, int[] origin) {

        /** The offset in the input of decoded offset {@code i} (the input's length past the end). */
        int originOf(int i, int inputLength) {
            if (i < 0) {
                return 0;
            }
            return i < origin.length ? origin[i] : inputLength;
        }
    }

    private UnicodeEscapes() {
    }

    static Decoded decode(String input) {
        StringBuilder out = new StringBuilder(input.length());
        int[] origin = new int[input.length()];
        int i = 0;
        while (i < input.length()) {
            int start = i;
            char c = input.charAt(i);
            if (c == '\\' && isEscape(input, i)) {
                int j = i + 1;
                while (j < input.length() && input.charAt(j) == 'u') {
                    j++; // javac allows any number of u's before the digits
                }
                if (j + 4 <= input.length() && isHex(input, j)) {
                    c = (char) Integer.parseInt(input.substring(j, j + 4), 16);
                    i = j + 4;
                } else {
                    i++; // not a well-formed escape: javac rejects it, keep the text as it is
                }
            } else {
                i++;
            }
            origin[out.length()] = start;
            out.append(c);
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(origin, 0, trimmed, 0, out.length());
        return new Decoded(out.toString(), trimmed);
    }

    /** A backslash starts an escape when it is followed by 'u' and preceded by an even number of backslashes. */
    static boolean isEscape(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) != 'u') {
            return false;
        }
        int backslashes = 0;
        for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    static boolean isHex(String s, int from) {
        for (int k = from; k < from + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
