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
        return date.equals(LocalDate.MAX) ? Long.MAX_VALUE : millis(date.plusDays(1).atStartOfDay()) - 1;
    }

    /** The first instant not seen as of {@code date}: facts dated from here on are left out. */
    public static LocalDateTime firstUnseen(LocalDate date) {
        return date.equals(LocalDate.MAX) ? LocalDateTime.MAX : date.plusDays(1).atStartOfDay();
    }

    /**
     * Epoch milliseconds; a time past what a long holds (about 292 million years from 1970, which
     * a LocalDateTime can reach) saturates at the end of the range instead of overflowing.
     */
    public static long millis(LocalDateTime time) {
        try {
            return time.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (ArithmeticException pastTheRange) {
            return time.getYear() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }
}
