package dev.accord.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.accord.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON into {@link Node}s that remember their line and column. Duplicate keys,
 * YAML aliases and a second document are refused: each would make a file mean something other
 * than what its reader sees.
 */
public final class TreeReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    /** SnakeYAML's own size limit (3 MB by default) would cut in before Accord's, with a vaguer message. */
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputLimits.MAX_FACT_FILE_BYTES + 1);
        return options;
    }

    private static final Pattern CORE_BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    /** Decimal integers only: YAML 1.2 core also has 0o and 0x forms, which fact sets do not need. */
    private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CORE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private TreeReader() {
    }

    /** True for names ending in {@code .json}; everything else is read as YAML (a superset of JSON). */
    public static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Parses {@code text}; on a syntax error returns {@code null} after adding a diagnostic with
     * the position of the error to {@code problems}.
     */
    public static Node read(String text, String fileName, Problems problems) {
        Location surrogate = unpairedSurrogate(text, fileName);
        if (surrogate != null) {
            // Only text handed over as a Java string can hold one (files are decoded strictly), and
            // SnakeYAML fails on one at its buffer boundary with an IndexOutOfBoundsException.
            problems.error(surrogate, "an unpaired surrogate (U+" + Integer.toHexString(
                    text.charAt(offsetOf(text, surrogate))).toUpperCase(Locale.ROOT) + "): the text is not valid Unicode");
            return null;
        }
        JsonFactory factory = isJson(fileName) ? JSON : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(Location.of(fileName), "the file is empty");
                return null;
            }
            Node root = new Walker(parser, fileName, problems).node(first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                problems.error(at(parser, fileName), "unexpected content after the end of the document"
                        + " (a file holds one document)");
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.error(errorLocation(e, fileName), syntaxMessage(e));
            return null;
        } catch (RefusedSyntax e) {
            problems.error(e.location, e.getMessage());
            return null;
        } catch (IOException e) {
            problems.error(Location.of(fileName), "cannot read: " + e.getMessage());
            return null;
        }
    }

    private static Location unpairedSurrogate(String text, String fileName) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                column += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return new Location(fileName, line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return null;
    }

    private static int offsetOf(String text, Location location) {
        int offset = 0;
        for (int line = 1; line < location.line(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + location.column() - 1;
    }

    private static Location at(JsonParser parser, String fileName) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(fileName, l.getLineNr(), l.getColumnNr());
    }

    private static Location errorLocation(JsonProcessingException e, String fileName) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            return new Location(fileName, y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1);
        }
        JsonLocation l = e.getLocation();
        return l == null ? Location.of(fileName) : new Location(fileName, l.getLineNr(), l.getColumnNr());
    }

    private static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y) {
            String context = "";
            if (y.getContext() != null) {
                context = " (" + y.getContext() + (y.getContextMark() == null ? "" : " that starts at line "
                        + (y.getContextMark().getLine() + 1) + ", column " + (y.getContextMark().getColumn() + 1)) + ")";
            }
            return "malformed YAML: " + y.getProblem() + context;
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return "malformed " + (e.getProcessor() instanceof YAMLParser ? "YAML" : "JSON") + ": "
                + (cut < 0 ? message : message.substring(0, cut));
    }

    /** Valid YAML that Accord refuses; like a syntax error, it ends the reading. */
    private static final class RefusedSyntax extends RuntimeException {
        private final transient Location location;

        RefusedSyntax(Location location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /** Walks the token stream depth first, building nodes. */
    private static final class Walker {
        private final JsonParser parser;
        private final String fileName;
        private final Problems problems;
        private int depth;

        Walker(JsonParser parser, String fileName, Problems problems) {
            this.parser = parser;
            this.fileName = fileName;
            this.problems = problems;
        }

        Node node(JsonToken token) throws IOException {
            Location location = at(parser, fileName);
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new RefusedSyntax(location, "YAML aliases (*" + parser.getText() + ") are not supported: write the value out");
            }
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= InputLimits.MAX_NESTING_DEPTH) {
                throw new RefusedSyntax(location, "mappings and lists are nested more than "
                        + InputLimits.MAX_NESTING_DEPTH + " deep here, past the limit");
            }
            return switch (token) {
                case START_OBJECT -> nested(() -> mapping(location));
                case START_ARRAY -> nested(() -> sequence(location));
                case VALUE_STRING -> new Node.Scalar(limited(parser.getText(), location), location);
                case VALUE_NUMBER_INT -> !coreSchema(CORE_INT) ? text(location) : new Node.Scalar(
                        parser.getNumberValue() instanceof Integer i ? Long.valueOf(i) : parser.getNumberValue(), location);
                case VALUE_NUMBER_FLOAT -> !coreSchema(CORE_FLOAT) ? text(location) : decimal(location);
                case VALUE_TRUE, VALUE_FALSE -> !coreSchema(CORE_BOOLEAN) ? text(location)
                        : new Node.Scalar(token == JsonToken.VALUE_TRUE, location);
                case VALUE_NULL -> new Node.Scalar(null, location);
                case VALUE_EMBEDDED_OBJECT -> throw new RefusedSyntax(location, "a tagged value (!!binary)"
                        + " is not supported: write the value as text");
                default -> throw new RefusedSyntax(location, "a value of a kind Accord does not read (" + token + ")");
            };
        }

        /**
         * Whether a plain YAML scalar that Jackson resolved as a boolean or number is one in the
         * YAML 1.2 core schema too; Jackson follows YAML 1.1, where {@code NO}, {@code off} and
         * {@code y} are booleans and {@code 0x10} and {@code 1_000} numbers. JSON is exact already.
         */
        private boolean coreSchema(Pattern core) throws IOException {
            return !(parser instanceof YAMLParser) || core.matcher(parser.getText()).matches();
        }

        /** The scalar as written, as a text. */
        private Node text(Location location) throws IOException {
            return new Node.Scalar(limited(parser.getText(), location), location);
        }

        /** A decimal number; one past the range of a double is an error at its place (and kept as text). */
        private Node decimal(Location location) throws IOException {
            String written = parser.getText();
            BigDecimal value;
            try {
                value = new BigDecimal(written.startsWith("+") ? written.substring(1) : written);
            } catch (NumberFormatException exponentPastAnInt) { // 1e99999999999: no BigDecimal holds it
                value = null;
            }
            long exponent = value == null ? Long.MAX_VALUE : (long) value.precision() - value.scale() - 1;
            if (value == null || value.signum() != 0 && (exponent > 308 || exponent < -324)) {
                problems.error(location, "the number " + written + " is out of range: the largest is about"
                        + " 1.8e308, the smallest above zero about 4.9e-324");
                return new Node.Scalar(written, location);
            }
            return new Node.Scalar(value, location);
        }

        private interface Reading {
            Node read() throws IOException;
        }

        private Node nested(Reading reading) throws IOException {
            depth++;
            try {
                return reading.read();
            } finally {
                depth--;
            }
        }

        /** A text past the length limit is reported, and only its start is kept. */
        private String limited(String text, Location location) {
            if (text.length() <= InputLimits.MAX_STRING_LENGTH) {
                return text;
            }
            problems.error(location, "a text of " + text.length() + " characters, more than the limit of "
                    + InputLimits.MAX_STRING_LENGTH);
            return text.substring(0, InputLimits.MAX_STRING_LENGTH);
        }

        private Node mapping(Location location) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                Location keyLocation = at(parser, fileName);
                String key = limited(parser.currentName(), keyLocation);
                Node value = node(parser.nextToken());
                Node.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.error(keyLocation, "duplicate key '" + key + "' (first given at line "
                            + previous.keyLocation().line() + ")");
                } else {
                    entries.put(key, new Node.Entry(key, keyLocation, value));
                }
            }
            return new Node.Mapping(entries, location);
        }

        private Node sequence(Location location) throws IOException {
            List<Node> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(node(t));
            }
            return new Node.Sequence(items, location);
        }
    }
}
