package dev.accord.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text output is laid out: wrapped to a terminal's width (0: never wrapped, as when piped to
 * a file or another program) and coloured with ANSI codes or not. Wrapped lines continue with a
 * deeper indent so the tree stays readable. Internal: the command line and the server choose a
 * style through {@link dev.accord.internal.Internals#textReports()}; callers render a report with
 * its {@code render(Format.TEXT)}, which is {@link #PLAIN}.
 */
public record TextStyle(int width, boolean colour) {

    /** No wrapping, no colour: what files, pipes and tests get. */
    public static final TextStyle PLAIN = new TextStyle(0, false);

    private static final String RESET = "\u001b[0m";
    private static final Pattern STATUS = Pattern.compile("\\b(NOT_MET|MET|UNKNOWN|NOT_ASSESSED|CONFLICT)\\b");
    private static final Pattern WHERE = Pattern.compile("\\[[^\\[\\]]*\\]");
    private static final Pattern KEYWORD = Pattern.compile("^(\\s*)(because|fact|nearest:|fails|it needs|it also needs|but there is:)\\b");

    /**
     * One logical line, wrapped and coloured; {@code heading} lines are bold.
     *
     * @param indent  the line's indent
     * @param text    the line, its control characters shown escaped
     * @param heading whether the line is a heading
     * @return the physical lines, each ending with a newline
     */
    public String format(String indent, String text, boolean heading) {
        // Text from fact sets may hold control characters; shown escaped, before any colour is added.
        List<String> physical = wrap(indent, ControlCharacters.escape(text));
        StringBuilder out = new StringBuilder();
        for (String line : physical) {
            out.append(colour ? paint(line, heading) : line).append('\n');
        }
        return out.toString();
    }

    private List<String> wrap(String indent, String text) {
        List<String> lines = new ArrayList<>();
        if (width <= 0 || indent.length() + text.length() <= width) {
            lines.add(indent + text);
            return lines;
        }
        String continuation = indent + "    ";
        int room = Math.max(20, width - indent.length());
        String rest = text;
        String lead = indent;
        while (lead.length() + rest.length() > width && rest.length() > room / 2) {
            int cut = rest.lastIndexOf(' ', Math.max(1, width - lead.length()));
            if (cut <= 0) {
                cut = rest.indexOf(' ');
                if (cut <= 0) {
                    break;
                }
            }
            lines.add(lead + rest.substring(0, cut));
            rest = rest.substring(cut + 1);
            lead = continuation;
            room = Math.max(20, width - lead.length());
        }
        lines.add(lead + rest);
        return lines;
    }

    private static String paint(String line, boolean heading) {
        if (heading) {
            return "\u001b[1m" + line + RESET;
        }
        String s = WHERE.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\u001b[2m" + m.group() + RESET));
        s = STATUS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(code(m.group()) + m.group() + RESET));
        return KEYWORD.matcher(s).replaceFirst("$1\u001b[36m$2" + Matcher.quoteReplacement(RESET));
    }

    private static String code(String status) {
        return switch (status) {
            case "MET" -> "\u001b[32m";
            case "NOT_MET" -> "\u001b[31m";
            case "UNKNOWN" -> "\u001b[33m";
            default -> "\u001b[35m";
        };
    }
}
