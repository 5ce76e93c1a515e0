package dev.accord.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events older than every window a rule looks through: the windows turn them away and Drools
 * expires them on arrival, so a decision neither counts nor lists them; but an event some rule
 * sees without a window still counts, and one that {@code @expires} keeps in working memory is
 * still listed there.
 */
class OldEventsTest {

    @TempDir
    Path dir;

    private static final String PING = """
            package w;
            import dev.accord.vocabulary.Assessment;
            import dev.accord.vocabulary.Status;
            declare Ping
                @role(event)
                @timestamp(at)
                %s
                id : String
                at : java.time.LocalDate
            end
            rule "Pings in the last 10 days"
            when
                $n : Number( intValue > 0 ) from accumulate( Ping() over window:time( 10d ), count( 1 ) )
            then
                insertLogical( new Assessment("c1", Status.MET) );
            end
            """;

    private static final String ANY_PING = """
            rule "Any ping at all"
            when
                Ping()
            then
                insertLogical( new Assessment("c2", Status.MET) );
            end
            """;

    /** A ping 100 days before the as-of date, and one 3 days before. */
    private static final FactSet PINGS = TestPacks.facts("pings.yaml", """
            facts:
              - { type: Ping, id: old, at: 2021-01-01 }
              - { type: Ping, id: recent, at: 2021-04-08 }
            """);

    private static final LocalDate AS_OF = LocalDate.parse("2021-04-11");

    private Decision decide(String drl) {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("ping.drl", drl));
        return pack.evaluate(PINGS, AS_OF);
    }

    private static boolean holds(Decision decision, String id) {
        return decision.workingMemory().stream().anyMatch(o -> o.toString().contains("id=" + id));
    }

    @Test
    void anEventOnlyWindowsLookAtIsGoneOnceTooOldForThemAll() {
        Decision decision = decide(PING.formatted(""));

        assertThat(decision.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(holds(decision, "recent")).isTrue();
        assertThat(holds(decision, "old")).isFalse();
    }

    @Test
    void anEventARuleSeesWithoutAWindowStillCountsHoweverOld() {
        FactSet onlyOld = TestPacks.facts("old.yaml", "facts:\n  - { type: Ping, id: old, at: 2021-01-01 }\n");
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("ping.drl", PING.formatted("") + ANY_PING));

        Decision decision = pack.evaluate(onlyOld, AS_OF);

        assertThat(decision.condition("c2").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(decision.condition("c1").orElseThrow().assessed()).isFalse();
        assertThat(holds(decision, "old")).isTrue();
    }

    @Test
    void anEventThatExpiresLaterThanItsWindowsStaysInWorkingMemory() {
        Decision decision = decide(PING.formatted("@expires(1000d)"));

        assertThat(holds(decision, "old")).isTrue();
        assertThat(decision.condition("c1").orElseThrow().statusLabel()).isEqualTo("MET");
    }
}
