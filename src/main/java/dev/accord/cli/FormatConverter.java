package dev.accord.cli;

import dev.accord.explain.Format;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} by the names users type ({@code text}, {@code json}). */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        return Format.byId(value).orElseThrow(() -> new TypeConversionException("unknown format '" + value
                + "'; expected one of " + Arrays.stream(Format.values()).map(Format::id).collect(Collectors.joining(", "))));
    }

    /** The help of a report's {@code --format}: every format but DOT, which only a decision has. */
    static final String REPORT_FORMATS = "Output format: text, json, md (Markdown) or html (a self-contained page)."
            + " Default: ${DEFAULT-VALUE}.";

    /** {@code --format} of a report that is not a decision: DOT draws a decision's graph, so it is refused. */
    static Format report(Format format, picocli.CommandLine.Model.CommandSpec spec) {
        if (format == Format.DOT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format dot draws a decision's derivation"
                    + " graph; " + spec.name() + " writes text, json, md or html");
        }
        return format;
    }

    /** A report as the command prints it: text with control characters escaped, any other format as rendered. */
    static String written(Format format, String rendered) {
        return format == Format.TEXT ? dev.accord.render.ControlCharacters.escape(rendered) : rendered;
    }
}
