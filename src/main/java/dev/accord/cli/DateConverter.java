package dev.accord.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date given on the command line (YYYY-MM-DD) with a year from 1 to 9999, as fact sets
 * allow: {@code +99999999-12-31} is a usage error, not a decision dated a hundred million years
 * ahead or a timeline that never ends.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new TypeConversionException("'" + value + "' is not a date from 0001-01-01 to 9999-12-31 (YYYY-MM-DD)");
    }
}
