package dev.accord.engine;

import dev.accord.EvaluationException;
import dev.accord.rules.CompiledRules;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Runs one evaluation in a fresh session: sets the clock to the as-of date, inserts the facts
 * dated up to that day (the timeless ones too), fires the rules up to a limit, and returns what
 * happened. The session is disposed whatever the outcome.
 */
public final class SessionRunner {

    /** Generous for real packs; a pack that fires this often is almost certainly looping. */
    public static final int DEFAULT_FIRING_LIMIT = 100_000;

    private SessionRunner() {
    }

    /**
     * @param asOf the date the evaluation speaks for; null to see every fact, with the clock at
     *             the end of the latest date any fact has
     * @throws EvaluationException when a rule's action fails or the firing limit is passed
     */
    public static SessionRecord run(CompiledRules rules, FactFeed feed, LocalDate asOf, int firingLimit) {
        try (EvaluationSession session = EvaluationSession.open(rules, firingLimit)) {
            LocalDateTime[] latest = new LocalDateTime[1];
            if (asOf != null) {
                // The clock first, so that events too old for any window expire as they arrive.
                session.advanceClockTo(AsOf.clockFor(asOf));
            }
            feed.feed(null, asOf == null ? null : AsOf.firstUnseen(asOf), b -> {
                LocalDateTime date = feed.date(b.object());
                if (date != null && (latest[0] == null || date.isAfter(latest[0]))) {
                    latest[0] = date;
                }
                session.insert(b);
            });
            if (asOf == null && latest[0] != null) {
                session.advanceClockTo(AsOf.clockFor(latest[0].toLocalDate()));
            }
            return session.fire(eventTime(feed));
        }
    }

    /** An event's time on the session clock, for replaying windows in explanations. */
    public static SessionRecord.EventTime eventTime(FactFeed feed) {
        return fact -> feed.dating(fact.getClass()).filter(d -> d.event())
                .flatMap(d -> d.of(fact)).map(AsOf::millis).orElse(null);
    }
}
