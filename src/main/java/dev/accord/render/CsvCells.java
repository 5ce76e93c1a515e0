package dev.accord.render;

/**
 * A value as one CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, its
 * quotes doubled, so an id like {@code a,b} stays one cell and cannot add rows. A cell that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a
 * leading apostrophe, so opening the file runs nothing.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
