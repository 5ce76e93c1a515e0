package dev.accord.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.accord.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of an included CSV file one at a time, each as a {@link Fact} of the include's
 * type: the header names the fields, a column {@code id} gives the fact's id and a column
 * {@code source} its source (otherwise the include's). Cells keep their text; the binder converts
 * them to the field's type. Nothing but the current row is held, so a file of any size streams.
 * An empty cell is an unset field.
 */
public final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Include include;
    private final Problems problems;
    private final MappingIterator<String[]> rows;
    private String[] header;
    /** The column of the ids, or -1. */
    private int idColumn = -1;
    /** The number of the last row read, the header being row 1. */
    private int row;
    /** The line the last data row handed out starts on. */
    private int line;
    /** The ids of the rows read so far, to refuse a repeat. */
    private final SeenIds seenIds = new SeenIds();

    private CsvRows(Include include, Problems problems, MappingIterator<String[]> rows) {
        this.include = include;
        this.problems = problems;
        this.rows = rows;
    }

    /** Opens the file and reads its header; returns null after reporting why it cannot. */
    public static CsvRows open(Include include, Problems problems) {
        MappingIterator<String[]> rows;
        try {
            // Strict UTF-8, as for fact sets: a file in another encoding is reported, not garbled.
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(include.file()),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            skipByteOrderMark(reader);
            rows = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader);
        } catch (IOException e) {
            problems.error(Location.of(include.written()), "cannot read: " + e.getMessage());
            return null;
        }
        CsvRows csv = new CsvRows(include, problems, rows);
        String[] header = csv.nextCells();
        if (header == null) {
            csv.close();
            if (!problems.hasErrors()) {
                problems.error(new Location(include.written(), 1, 1), "empty CSV file: the first row must name the fields");
            }
            return null;
        }
        if (!checkHeader(include, header, problems)) {
            csv.close();
            return null;
        }
        csv.header = header;
        csv.idColumn = java.util.Arrays.asList(header).stream().map(String::strip).toList().indexOf("id");
        return csv;
    }

    /** Spreadsheets on Windows start a UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static boolean checkHeader(Include include, String[] header, Problems problems) {
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            Location at = new Location(include.written(), 1, c + 1);
            if (name.isEmpty() || name.equals("type")) {
                problems.error(at, "row 1, column " + (c + 1) + ": "
                        + (name.isEmpty() ? "empty column name" : "a column cannot be named 'type'; the include gives the type"));
                ok = false;
            } else if (seen.putIfAbsent(name, c + 1) != null) {
                problems.error(at, "row 1, column " + (c + 1) + ": duplicate column '" + name + "' (first in column " + seen.get(name) + ")");
                ok = false;
            }
        }
        return ok;
    }

    /** The next data row as a fact, or null at the end of the file (or after a malformed row was reported). */
    public Fact next() {
        String[] cells = nextRow();
        return cells == null ? null : fact(cells);
    }

    /**
     * The next data row's cells, one per header column, or null at the end of the file (or after
     * a malformed row was reported); blank lines are skipped, and a row with the wrong number of
     * cells is reported and skipped. For a caller that binds the common rows itself and asks for
     * {@link #fact(String[])} only when it needs the row as a fact.
     */
    public String[] nextRow() {
        while (true) {
            int line = currentLine();
            String[] cells = nextCells();
            if (cells == null) {
                return null;
            }
            if (cells.length == 1 && cells[0].isEmpty()) {
                continue; // a blank line
            }
            if (cells.length != header.length) {
                problems.error(new Location(include.written(), line, 1), "row " + row + ": " + cells.length
                        + " columns, but the header names " + header.length);
                continue;
            }
            if (hasFarDate(cells, line)) {
                continue;
            }
            if (idColumn >= 0 && !cells[idColumn].isEmpty() && include.listedIds().containsKey(cells[idColumn])) {
                Location first = include.listedIds().get(cells[idColumn]);
                problems.error(new Location(include.written(), line, idColumn + 1), "row " + row + ": duplicate id '"
                        + cells[idColumn] + "' (the fact set gives it to the fact at " + first + ")");
                continue;
            }
            if (idColumn >= 0 && !cells[idColumn].isEmpty()) {
                int first = seenIds.firstRow(cells[idColumn], row);
                if (first != 0) {
                    problems.error(new Location(include.written(), line, idColumn + 1), "row " + row + ": duplicate id '"
                            + cells[idColumn] + "' (row " + first + " has it too)");
                    continue;
                }
            }
            this.line = line;
            return cells;
        }
    }

    /** Reports each cell holding a date past year 9999 ({@link FactSetReader#isFarDate}). */
    private boolean hasFarDate(String[] cells, int line) {
        boolean found = false;
        for (int c = 0; c < cells.length; c++) {
            if (FactSetReader.isFarDate(cells[c])) {
                problems.error(new Location(include.written(), line, c + 1), "row " + row + ", column " + (c + 1)
                        + " (" + header[c].strip() + "): " + FactSetReader.farDate(cells[c]));
                found = true;
            }
        }
        return found;
    }

    /** The row {@link #nextRow()} returned, as a fact. */
    public Fact fact(String[] cells) {
        return fact(cells, line);
    }

    /** The number of the row {@link #nextRow()} returned, the header being row 1. */
    public int row() {
        return row;
    }

    /** The line the row {@link #nextRow()} returned starts on. */
    public int line() {
        return line;
    }

    private Fact fact(String[] cells, int line) {
        Map<String, Node.Entry> fields = new LinkedHashMap<>();
        String id = null;
        String source = include.source();
        for (int c = 0; c < cells.length; c++) {
            String name = header[c].strip();
            String text = cells[c];
            Location at = new Location(include.written(), line, c + 1);
            if (name.equals("id")) {
                id = text.isEmpty() ? null : text;
            } else if (name.equals("source")) {
                source = text.isEmpty() ? source : text;
            } else {
                fields.put(name, new Node.Entry(name, at, new Node.Scalar(text.isEmpty() ? null : text, at)));
            }
        }
        return new Fact(include.type(), id, source, row - 2, new Location(include.written(), line, 1),
                Collections.unmodifiableMap(fields), row);
    }

    /** The column names, in order. */
    public List<String> header() {
        return List.of(header);
    }

    private int currentLine() {
        JsonLocation at = rows.getParser().currentLocation();
        return Math.max(1, at.getLineNr());
    }

    private String[] nextCells() {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] cells = rows.nextValue();
            row++;
            return cells;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(new Location(include.written(), at == null ? row : at.getLineNr(), at == null ? 0 : Math.max(0, at.getColumnNr())),
                    "malformed CSV: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.error(Location.of(include.written()), e instanceof java.nio.charset.CharacterCodingException
                    ? "not UTF-8 text" : "cannot read: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            // nothing was written; a failure to close a read-only file changes nothing
        }
    }
}
