package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accord.explain.Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack reuses its Drools sessions from one evaluation to the next. Nothing of an earlier
 * evaluation may show in a later one: not its facts, conclusions or firings, not its clock (a
 * later evaluation may be as of an earlier date), and not a failure.
 */
class SessionReuseTest {

    @TempDir
    Path dir;

    private static final List<Path> FACT_SETS = List.of(
            Path.of("facts/2021-02-15-nato-ministerial.yaml"),
            Path.of("facts/hypothetical-all-conditions-met.yaml"),
            Path.of("facts/hypothetical-talks-suspended.yaml"),
            Path.of("facts/hypothetical-unverified-claims.json"),
            Path.of("rules/nato-afghanistan/scenarios/incidents-rose.yaml"),
            Path.of("rules/nato-afghanistan/scenarios/incidents-fell.yaml"),
            Path.of("rules/nato-afghanistan/scenarios/no-evidence-at-all.yaml"));

    /** Later dates first, so that a clock left standing would leave later evaluations in the future. */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2021, 4, 30), LocalDate.of(2021, 2, 15),
            LocalDate.of(2020, 3, 15));

    private static final Path TIMELINE = Path.of("facts/timeline/2020-02-29-to-2021-04.yaml");

    /** A pack of its own, whose sessions no evaluation has used; from a cache, which is quicker than compiling. */
    private RulePack newPack() {
        return RulePack.load(TestPacks.NATO_DIR, LoadOptions.defaults().withCache(dir.resolve("cache")));
    }

    @Test
    void everyEvaluationOnAReusedSessionEqualsOneOnANewPack() {
        RulePack reused = newPack();
        List<String> onReused = new ArrayList<>();
        List<String> onNew = new ArrayList<>();
        for (Path file : FACT_SETS) {
            onNew.add(newPack().evaluate(FactSet.load(file)).render(Format.JSON));
        }
        for (LocalDate date : DATES) {
            onNew.add(newPack().evaluate(FactSet.load(TIMELINE), date).render(Format.JSON));
        }
        onNew.addAll(List.copyOf(onNew)); // the reused pack goes through everything twice
        for (int round = 0; round < 2; round++) {
            for (Path file : FACT_SETS) {
                onReused.add(reused.evaluate(FactSet.load(file)).render(Format.JSON));
            }
            for (LocalDate date : DATES) {
                onReused.add(reused.evaluate(FactSet.load(TIMELINE), date).render(Format.JSON));
            }
        }

        assertThat(onReused).containsExactlyElementsOf(onNew);
        assertThat(onReused.get(FACT_SETS.size())).isNotEqualTo(onReused.get(FACT_SETS.size() + DATES.size() - 1));
    }

    @Test
    void eventsOfEarlierEvaluationsNeverReachLaterOnes() {
        FactSet incidents = FactSet.load(Path.of("rules/nato-afghanistan/scenarios/incidents-rose.yaml"));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 1, 15); d.isBefore(LocalDate.of(2021, 7, 15)); d = d.plusDays(20)) {
            dates.add(d);
        }
        RulePack reused = newPack();
        List<String> onReused = new ArrayList<>();
        List<String> onNew = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            reused.evaluateEach(incidents, dates, d -> onReused.add(d.render(Format.JSON)));
            for (LocalDate date : dates) {
                onReused.add(reused.evaluate(incidents, date).render(Format.JSON));
            }
        }
        newPack().evaluateEach(incidents, dates, d -> onNew.add(d.render(Format.JSON)));
        for (LocalDate date : dates) {
            onNew.add(newPack().evaluate(incidents, date).render(Format.JSON));
        }
        onNew.addAll(List.copyOf(onNew));

        assertThat(onReused).containsExactlyElementsOf(onNew);
    }

    @Test
    void anEvaluationThatLoopedLeavesNothingBehindForTheNext() {
        RulePack pack = TestPacks.load(dir, TestPacks.SIMPLE_MANIFEST, Map.of("loop.drl", TestPacks.LOOPING));
        FactSet looping = TestPacks.facts("loop.yaml", "facts:\n  - { type: Counter, n: 0 }\n");
        FactSet harmless = TestPacks.facts("harmless.yaml", "facts: []\n");
        String before = pack.evaluate(harmless).render(Format.JSON);

        for (int i = 0; i < 3; i++) {
            catchThrowableOfType(EvaluationException.class,
                    () -> pack.evaluate(looping, EvaluationLimits.defaults().withMaxFirings(50)));
            assertThat(pack.evaluate(harmless).render(Format.JSON)).isEqualTo(before);
        }
    }
}
