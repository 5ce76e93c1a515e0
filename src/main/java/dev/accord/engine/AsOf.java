package dev.accord.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The instant a session's clock stands at when it speaks for a date: the last millisecond of
 * that day, in UTC. Facts dated that day are seen; facts dated the next day are not. A window of
 * {@code 90d} then covers exactly the 90 days up to and including the date, so windows over
 * date-only timestamps have no edge left to chance.
 */
public final class AsOf {

    private AsOf() {
    }

    /** Clock time in epoch milliseconds for an evaluation as of {@code date}. */
    public static long clockFor(LocalDate date) {
        return millis(date.plusDays(1).atStartOfDay()) - 1;
    }

    /** The first instant not seen as of {@code date}: facts dated from here on are left out. */
    public static LocalDateTime firstUnseen(LocalDate date) {
        return date.plusDays(1).atStartOfDay();
    }

    public static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
