package dev.accord.cli;

/**
 * What is known about the terminal the output goes to. The launcher passes the width as
 * {@code ACCORD_COLUMNS} when stdout is a terminal, since a JVM cannot ask for it.
 */
final class Terminal {

    private static final int DEFAULT_WIDTH = 100;

    private Terminal() {
    }

    /** True when stdin and stdout are a terminal (Java's own test). */
    static boolean isInteractive() {
        return System.console() != null;
    }

    static boolean isDumb() {
        return "dumb".equals(System.getenv("TERM"));
    }

    static int width() {
        for (String name : new String[] {"ACCORD_COLUMNS", "COLUMNS"}) {
            String value = System.getenv(name);
            if (value != null && value.matches("\\d{2,4}")) {
                return Integer.parseInt(value);
            }
        }
        return DEFAULT_WIDTH;
    }
}
