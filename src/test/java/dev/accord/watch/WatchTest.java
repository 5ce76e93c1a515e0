package dev.accord.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit loop through a good save, a broken save and a fix, reports in order. */
class WatchTest {

    /** Generous: a guard against a hang, not a measure of speed. */
    private static final long WAIT_SECONDS = 60;

    private static String next(BlockingQueue<String> reports) throws InterruptedException {
        String report = reports.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(report).as("a report after the change").isNotNull();
        return report;
    }

    @Test
    void reRunsOnEverySaveAndKeepsTheLastGoodPackWhenASaveBreaksIt(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("orders");
        copy(Path.of("src/test/resources/packs/orders"), pack);
        Path facts = pack.resolve("short.yaml");
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        Watch watch = new Watch(pack, List.of(facts), List.of(), reports::add);
        Thread loop = new Thread(watch::run, "watch");
        loop.start();
        try {
            assertThat(next(reports)).startsWith("── start ──").contains("short.yaml: HOLD (paid NOT_MET, stocked NOT_MET");

            edit(facts, "available: 3", "available: 9");
            assertThat(next(reports)).contains("short.yaml ──").contains("stocked MET");

            edit(pack.resolve("types.drl"), "total : double", "totl : double");
            assertThat(next(reports)).contains("types.drl ──")
                    .contains("conditions.drl:10:21: error: Order has no field 'total'")
                    .contains("still using the last good pack");

            edit(pack.resolve("types.drl"), "totl : double", "total : double");
            assertThat(next(reports)).contains("types.drl ──").contains("short.yaml: HOLD (paid NOT_MET, stocked MET");
        } finally {
            watch.close();
            loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertThat(loop.isAlive()).as("the loop ends when the watch is closed").isFalse();
    }

    @Test
    void reRunsWhenAnIncludedCsvFileIsSaved(@TempDir Path dir) throws Exception {
        Path scenarios = Path.of("rules/nato-afghanistan/scenarios");
        Path facts = dir.resolve("incidents-fell.yaml");
        Files.copy(scenarios.resolve("incidents-fell.yaml"), facts);
        Files.copy(scenarios.resolve("incidents-fell.csv"), dir.resolve("incidents-fell.csv"));
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        Watch watch = new Watch(Path.of("rules/nato-afghanistan"), List.of(facts), List.of(), reports::add);
        Thread loop = new Thread(watch::run, "watch");
        loop.start();
        try {
            assertThat(next(reports)).startsWith("── start ──").contains("violence-falls MET");

            // 600 casualties in the last 90 days instead of 60: against 150 a year earlier, a rise.
            edit(dir.resolve("incidents-fell.csv"), "i4,2021-02-01,explosion,Kabul,60", "i4,2021-02-01,explosion,Kabul,600");
            assertThat(next(reports)).contains("incidents-fell.csv ──").contains("violence-falls NOT_MET");
        } finally {
            watch.close();
            loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    @Test
    void aRuleThatSpinsLeavesNoMoreSpinningThreadsWithEverySave(@TempDir Path dir) throws Exception {
        Path pack = dev.accord.TestPacks.write(dir.resolve("spin"), dev.accord.TestPacks.SIMPLE_MANIFEST, java.util.Map.of("rules.drl", """
                package spin;
                declare Item
                    name : String
                end
                rule "Spin"
                when
                    $i : Item()
                then
                    while (true) { }
                end
                """));
        Path facts = Files.writeString(dir.resolve("facts.yaml"), "facts:\n  - { type: Item, id: i0, name: x }\n");
        long before = spinningEvaluations();
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        Watch watch = new Watch(pack, dev.accord.LoadOptions.defaults(),
                dev.accord.EvaluationLimits.defaults().withTimeout(java.time.Duration.ofMillis(300)), List.of(facts), List.of(),
                reports::add);
        Thread loop = new Thread(watch::run, "watch");
        loop.start();
        try {
            assertThat(next(reports)).contains("the action of rule \"Spin\" did not finish");
            for (int save = 1; save <= 6; save++) {
                edit(facts, "i" + (save - 1), "i" + save);
                assertThat(next(reports)).contains("the action of rule \"Spin\" did not finish")
                        .contains("stopped 1 evaluation of the last run still stuck in a rule's action");
            }
        } finally {
            watch.close();
            loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        // the last run's thread still spins (the watch ended before another save); the six before it do not
        assertThat(spinningEvaluations()).isLessThanOrEqualTo(before + 1);
        dev.accord.engine.SessionRunner.stopRunaways(); // so that it does not spin through the other tests
    }

    /** Evaluation threads busy right now (a stopped thread is idle, parked, waiting for the next). */
    private static long spinningEvaluations() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("accord-evaluation-") && t.getState() == Thread.State.RUNNABLE).count();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
