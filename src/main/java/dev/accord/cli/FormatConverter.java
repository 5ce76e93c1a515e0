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
}
