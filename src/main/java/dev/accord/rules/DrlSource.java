package dev.accord.rules;

import java.util.List;

/**
 * One DRL file of a pack: its path relative to the pack (with {@code /} separators, as
 * diagnostics show it) and its text, split into lines for locating errors.
 */
record DrlSource(String path, String text, List<String> lines) {

    static DrlSource of(String path, String text) {
        return new DrlSource(path, text, text.lines().toList());
    }

    /** Line {@code n} (1-based), or the empty string past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
