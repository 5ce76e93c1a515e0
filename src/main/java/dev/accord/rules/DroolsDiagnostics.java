package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

/**
 * Turns Drools' build results into diagnostics a person can act on: one line of message, and the
 * real line and column. Drools often gives only the line where a rule or pattern starts (column
 * 0), with the position of the actual mistake buried in the text; this finds the offending token
 * in the DRL source instead.
 */
final class DroolsDiagnostics {

    /** How far past the reported line to look for the offending token: a pattern spans a few lines. */
    private static final int SEARCH_LINES = 20;

    private static final Pattern UNKNOWN_MEMBER = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error", Pattern.DOTALL);
    private static final Pattern INNER_ERROR = Pattern.compile("\\[Error: ([^\\]]+)\\]");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}\\]", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'|\"([^\"\\s]+)\"");

    private final Map<String, DrlSource> sources;

    DroolsDiagnostics(Map<String, DrlSource> sources) {
        this.sources = sources;
    }

    Diagnostic translate(KnowledgeBuilderResult result) {
        String file = result.getResource() == null ? "?" : result.getResource().getSourcePath();
        DrlSource source = sources.get(file);
        String raw = result.getMessage() == null ? "unknown error" : result.getMessage();
        int line = result.getLines() != null && result.getLines().length > 0 ? result.getLines()[0] : 0;
        Position position;
        if (result instanceof ParserError p && p.getRow() > 0) {
            position = new Position(p.getRow(), p.getCol() + 1);
        } else {
            position = locate(source, line, raw);
        }
        Location location = new Location(file, position.line(), position.column());
        String message = message(raw);
        return result.getSeverity() == ResultSeverity.ERROR
                ? Diagnostic.error(location, message)
                : Diagnostic.warning(location, message);
    }

    /** One line of text: Drools' own first line, with the inner MVEL error where there is one. */
    static String message(String raw) {
        Matcher member = UNKNOWN_MEMBER.matcher(raw);
        Matcher analyse = ANALYSE.matcher(raw);
        if (member.find()) {
            String type = member.group(1).substring(member.group(1).lastIndexOf('.') + 1);
            String expression = analyse.find() ? " in '" + analyse.group(1).trim() + "'" : "";
            return type + " has no field '" + member.group(2) + "'" + expression;
        }
        Matcher inner = INNER_ERROR.matcher(raw);
        String first = raw.strip().lines().findFirst().orElse(raw).strip();
        if (inner.find() && !first.contains(inner.group(1))) {
            first = first.replaceAll(":$", "") + ": " + inner.group(1).strip();
        }
        // Drools' own 0-based "Line 4:14" would contradict the 1-based position the diagnostic has.
        return first.replaceAll("\\s+", " ").replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
    }

    private Position locate(DrlSource source, int line, String raw) {
        if (source == null) {
            return new Position(line, 0);
        }
        if (line <= 0) {
            // No line at all (errors inside accumulate, for one): look for the whole expression first,
            // the most specific text, anywhere in the file.
            List<String> suspects = new ArrayList<>(suspects(raw));
            java.util.Collections.reverse(suspects);
            for (String token : suspects) {
                Position found = find(source, 1, token, source.lines().size());
                if (found != null) {
                    return found;
                }
            }
            return new Position(0, 0);
        }
        for (String token : suspects(raw)) {
            Position found = find(source, line, token, SEARCH_LINES);
            if (found != null) {
                return found;
            }
        }
        String text = source.line(line);
        int indent = text.length() - text.stripLeading().length();
        return new Position(line, indent + 1);
    }

    /** Candidate texts for where the error is: the offending name first, then wider expressions. */
    private static List<String> suspects(String raw) {
        List<String> out = new ArrayList<>();
        Matcher member = UNKNOWN_MEMBER.matcher(raw);
        if (member.find()) {
            out.add(member.group(2));
        }
        Matcher analyse = ANALYSE.matcher(raw);
        if (analyse.find()) {
            out.add(analyse.group(1).trim());
        }
        Matcher near = NEAR.matcher(raw);
        if (near.find()) {
            out.add(near.group(1).trim());
        }
        Matcher quoted = QUOTED.matcher(raw.lines().findFirst().orElse(""));
        while (quoted.find()) {
            out.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        return out;
    }

    private static Position find(DrlSource source, int fromLine, String token, int lines) {
        boolean word = token.matches("\\w+");
        Pattern p = word ? Pattern.compile("\\b" + Pattern.quote(token) + "\\b") : Pattern.compile(Pattern.quote(token));
        for (int n = fromLine; n < fromLine + lines && n <= source.lines().size(); n++) {
            Matcher m = p.matcher(source.line(n));
            if (m.find()) {
                return new Position(n, m.start() + 1);
            }
        }
        return null;
    }

    private record Position(int line, int column) {
    }
}
