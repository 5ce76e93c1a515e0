package dev.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.explain.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One pack shared by many threads decides exactly as it does alone, and its JSON is the same
 * bytes every time. The number of evaluations per thread is {@code -Daccord.concurrency.evaluations}
 * (default 10,000, as the issue asks; 80,000 evaluations in all).
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int EVALUATIONS = Integer.getInteger("accord.concurrency.evaluations", 10_000);

    static List<FactSet> shippedFactSets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(p -> p.toString().matches(".*\\.(yaml|json)")).sorted().map(FactSet::load).toList();
        }
    }

    @Test
    @Timeout(600)
    void eightThreadsSharingOnePackDecideExactlyAsOneThreadDoes() throws Exception {
        RulePack pack = TestPacks.nato();
        List<FactSet> factSets = shippedFactSets();
        List<String> sequential = factSets.stream().map(f -> pack.evaluate(f).render(Format.JSON)).toList();
        assertThat(sequential).doesNotHaveDuplicates(); // the fact sets decide differently: a mix-up would show

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            results.add(threads.submit(() -> {
                int same = 0;
                for (int i = 0; i < EVALUATIONS; i++) {
                    int which = (i + offset) % factSets.size();
                    if (pack.evaluate(factSets.get(which)).render(Format.JSON).equals(sequential.get(which))) {
                        same++;
                    }
                }
                return same;
            }));
        }
        threads.shutdown();
        for (Future<Integer> r : results) {
            assertThat(r.get()).isEqualTo(EVALUATIONS);
        }
    }

    @Test
    void jsonIsTheSameBytesFromASeparatelyLoadedPack() throws IOException {
        RulePack again = RulePack.load(TestPacks.NATO_DIR);

        for (FactSet facts : shippedFactSets()) {
            assertThat(again.evaluate(facts).render(Format.JSON)).isEqualTo(TestPacks.nato().evaluate(facts).render(Format.JSON));
        }
    }
}
