package dev.accord.rules.policy;

import dev.accord.Location;

/** A DRL file's text with its line starts, to turn offsets into lines and columns. */
final class DrlText {

    private final String path;
    private final String text;
    private final int[] lineStarts;

    DrlText(String path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    /** The offset where 1-based {@code line} starts (0 for an unknown line, the end past the last). */
    int offsetOfLine(int line) {
        if (line <= 1) {
            return 0;
        }
        return line > lineStarts.length ? text.length() : lineStarts[line - 1];
    }

    /** 1-based line and column of an offset. */
    Location locationOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = java.util.Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Location(path, line + 1, clamped - lineStarts[line] + 1);
    }

    /**
     * Where {@code fragment} (a piece of code the DRL parser handed over) starts in the file,
     * searching from the start of {@code fromLine}; -1 if it is not there verbatim.
     */
    int find(String fragment, int fromLine) {
        if (fragment == null || fragment.isBlank()) {
            return -1;
        }
        String wanted = fragment.strip();
        int at = text.indexOf(wanted, offsetOfLine(fromLine));
        if (at < 0) {
            at = text.indexOf(wanted);
        }
        return at;
    }

    private static int[] lineStarts(String text) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
