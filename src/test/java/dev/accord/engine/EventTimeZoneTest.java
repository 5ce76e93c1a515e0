package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An event dated by a date (or a date and time without a zone) is placed on the session clock
 * in UTC, as the clock itself is, whatever the computer's time zone. Drools on its own converts
 * such timestamps in the system's default zone, so east of UTC the oldest day of a window fell
 * out of it (at 10,000 generated incidents in Asia/Tokyo, TimeBenchmark: 4,397 casualties in the last 90 days where
 * UTC and the plain aggregation give 4,452).
 */
class EventTimeZoneTest {

    @TempDir
    Path dir;

    private TimeZone saved;

    @BeforeEach
    void saveZone() {
        saved = TimeZone.getDefault();
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(saved);
    }

    private static final String PING = """
            package w;
            import dev.accord.vocabulary.Assessment;
            import dev.accord.vocabulary.Status;
            declare Ping
                @role(event)
                @timestamp(at)
                id : String
                at : %s
            end
            rule "Pings in the last 10 days"
            when
                $n : Number( intValue > 0 ) from accumulate( Ping() over window:time( 10d ), count( 1 ) )
            then
                insertLogical( new Assessment("c1", Status.MET) );
            end
            """;

    private static final LocalDate AS_OF = LocalDate.parse("2021-04-11");

    /** A window of 10 days up to 11 April covers 2 to 11 April: a ping on 2 April is in it, one on 1 April is not. */
    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({
        "Asia/Tokyo, java.time.LocalDate, 2021-04-02, MET",
        "Asia/Tokyo, java.time.LocalDate, 2021-04-01, NOT_ASSESSED",
        "Pacific/Kiritimati, java.time.LocalDate, 2021-04-02, MET",
        "America/New_York, java.time.LocalDate, 2021-04-02, MET",
        "America/New_York, java.time.LocalDate, 2021-04-01, NOT_ASSESSED",
        "UTC, java.time.LocalDate, 2021-04-02, MET",
        "Asia/Tokyo, java.time.LocalDateTime, 2021-04-02T00:00, MET",
        "Asia/Tokyo, java.time.LocalDateTime, 2021-04-01T23:59, NOT_ASSESSED",
        "America/New_York, java.time.LocalDateTime, 2021-04-01T23:59, NOT_ASSESSED",
    })
    void theOldestDayOfAWindowIsInItInEveryTimeZone(String zone, String type, String at, String expected) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("ping.drl", PING.formatted(type)));
        FactSet pings = TestPacks.facts("pings.yaml", """
                facts:
                  - { type: Ping, id: edge, at: "%s" }
                """.formatted(at));
        TimeZone.setDefault(TimeZone.getTimeZone(zone));

        Decision decision = pack.evaluate(pings, AS_OF);

        assertThat(decision.condition("c1").orElseThrow().statusLabel()).isEqualTo(expected);
    }
}
