package dev.accord;

/**
 * A place in a file: the path as the user gave it (or relative to a rule pack), and 1-based line
 * and column. A line or column of 0 means "not known".
 */
public record Location(String file, int line, int column) {

    /**
     * A place known only by its file, or by an origin a caller named ("orders-db row 42").
     *
     * @param file the file or origin
     * @return the location, with line and column 0
     */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /**
     * Enough to find a rule or a fact, without the column's noise.
     *
     * @return {@code file:line}, or only the file when the line is not known
     */
    public String fileAndLine() {
        return line <= 0 ? file : file + ":" + line;
    }

    /** {@code file:line:column}, leaving out what is not known. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
