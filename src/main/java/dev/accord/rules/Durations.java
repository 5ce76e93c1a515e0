package dev.accord.rules;

import java.time.Duration;

/** Durations as people write them: 30s, 1.5s, 250ms. */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
}
