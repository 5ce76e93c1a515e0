package dev.accord.rules.policy;

import dev.accord.Location;

/**
 * A piece of code inside a DRL file (an action, a constraint, a function body...), decoded of
 * unicode escapes, that knows where it sits in the file so that a refusal points at the line
 * the user wrote.
 */
final class CodeFragment {

    private final DrlText drl;
    private final String raw;
    private final int start;
    private final int fallbackLine;
    private final UnicodeEscapes.Decoded decoded;

    /**
     * @param raw      the code as the DRL parser gave it
     * @param nearLine the line of the construct that holds it, where the search for it starts
     */
    CodeFragment(DrlText drl, String raw, int nearLine) {
        this.drl = drl;
        this.raw = raw == null ? "" : raw.strip();
        this.start = drl.find(this.raw, nearLine);
        this.fallbackLine = Math.max(nearLine, 0);
        this.decoded = UnicodeEscapes.decode(this.raw);
    }

    /** The code with its unicode escapes decoded: what a compiler reads. */
    String code() {
        return decoded.text();
    }

    String path() {
        return drl.path();
    }

    /** The location of offset {@code i} of {@link #code()}. */
    Location at(int i) {
        if (start < 0) {
            return new Location(drl.path(), fallbackLine, 0);
        }
        return drl.locationOf(start + decoded.originOf(i, raw.length()));
    }

    /** Where the fragment starts (or the line of its construct, when it cannot be found verbatim). */
    Location start() {
        return at(0);
    }

    /**
     * The offset in {@link #code()} of a 1-based line and column in {@code parsed}, which is
     * the code with {@code prefixLength} characters put before it.
     */
    static int offsetIn(String parsed, int prefixLength, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < parsed.length(); offset++) {
            char c = parsed.charAt(offset);
            if (c == '\n' || (c == '\r' && (offset + 1 >= parsed.length() || parsed.charAt(offset + 1) != '\n'))) {
                l++;
            }
        }
        return Math.max(0, offset + column - 1 - prefixLength);
    }
}
