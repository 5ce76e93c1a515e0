package dev.accord.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * Which field dates the facts of one type, and how to read it. An event type is dated by its
 * {@code @timestamp} field; another declared type by the field its {@code @dated(field)} names.
 * A fact whose date field is unset is timeless: it is seen at every date.
 *
 * @param event true for an event ({@code @role(event)}), which Drools places on its session clock
 */
public record Dating(Class<?> type, String field, Method getter, boolean event) {

    /** The types a date field may have. */
    static boolean isDateType(Class<?> t) {
        return t == LocalDate.class || t == LocalDateTime.class || t == Date.class || t == long.class || t == Long.class;
    }

    /** The fact's date and time, in UTC (a date is its start), or empty when the field is unset. */
    public Optional<LocalDateTime> of(Object fact) {
        Object value;
        try {
            value = getter.invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + field, e);
        }
        if (value instanceof LocalDate d) {
            return Optional.of(d.atStartOfDay());
        }
        if (value instanceof LocalDateTime t) {
            return Optional.of(t);
        }
        if (value instanceof Date d) {
            return Optional.of(LocalDateTime.ofEpochSecond(Math.floorDiv(d.getTime(), 1000), 0, ZoneOffset.UTC));
        }
        if (value instanceof Long millis) {
            return Optional.of(LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC));
        }
        return Optional.empty();
    }
}
