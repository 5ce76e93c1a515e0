package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactSet;
import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once on a server that has not compiled its pack yet: one request compiles it,
 * the others wait for that compile (holding no evaluation slot) instead of waiting for a slot
 * past the queue's time and being turned away with 503. Only a compile longer than the request
 * time limit turns them away.
 */
class ColdStartTest {

    private static final String DECISION = "/v1/packs/" + ServedFolders.PACK + "/decision";
    private static final int CLIENTS = 16;

    @TempDir
    Path tmp;

    /** Compiles as {@link RulePack#load} does, taking at least {@code millis}, and counts the compiles. */
    private static Packs.Loader slow(long millis, AtomicInteger compiles) {
        return (dir, options) -> {
            compiles.incrementAndGet();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RulePack.load(dir, options);
        };
    }

    /** Posts the default fact set from {@link #CLIENTS} threads at once; the answers in any order. */
    private static List<HttpResponse<String>> allAtOnce(ServedFolders served) throws Exception {
        String body = Files.readString(served.facts.resolve(ServedFolders.FACTS));
        CountDownLatch go = new CountDownLatch(1);
        List<HttpResponse<String>> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answers.add(served.post(DECISION, body, "Content-Type", "application/yaml"));
            });
            t.start();
            clients.add(t);
        }
        go.countDown();
        for (Thread t : clients) {
            t.join(60_000);
        }
        return answers;
    }

    /**
     * Loads classes and warms the engine in this JVM, so that what is timed below is the wait for
     * the compile, not the first evaluations of a cold JVM.
     */
    @BeforeAll
    static void warm() {
        Path pack = Path.of("rules", ServedFolders.PACK);
        RulePack loaded = RulePack.load(pack, LoadOptions.defaults().withCache(ServedFolders.CACHE));
        for (int i = 0; i < 20; i++) {
            loaded.evaluate(FactSet.load(Path.of("facts", ServedFolders.FACTS))).render(Format.JSON);
        }
    }

    @Test
    void concurrentFirstRequestsWaitForOneCompileAndAreAllAnswered() throws Exception {
        AtomicInteger compiles = new AtomicInteger();
        // Two slots, and a slot waited for at most 1 s: far less than the 3 s compile, and far
        // more than the 16 evaluations need once it is done.
        try (ServedFolders served = ServedFolders.start(tmp, o -> o.withQueue(2, 64, Duration.ofSeconds(1)),
                slow(3_000, compiles))) {
            List<HttpResponse<String>> answers = allAtOnce(served);
            assertThat(answers).hasSize(CLIENTS);
            assertThat(answers).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body()).contains("\"action\" : \"STAY\"");
            });
            assertThat(compiles).hasValue(1);
        }
    }

    @Test
    void aCompileLongerThanTheRequestTimeLimitTurnsTheWaitingAwayWithRetryAfter() throws Exception {
        AtomicInteger compiles = new AtomicInteger();
        try (ServedFolders served = ServedFolders.start(tmp, o -> o.withLimits(o.limits().withTimeout(Duration.ofSeconds(2)),
                o.maxBodyBytes(), o.maxFacts()), slow(4_000, compiles))) {
            List<HttpResponse<String>> answers = allAtOnce(served);
            assertThat(answers).hasSize(CLIENTS);
            // The request that compiles is answered; those that waited 2 s for it are told to come back.
            assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            assertThat(answers).filteredOn(r -> r.statusCode() == 503).hasSize(CLIENTS - 1).allSatisfy(r -> {
                assertThat(r.headers().firstValue("Retry-After")).hasValue("2");
                assertThat(r.body()).contains("still compiling");
            });
            assertThat(compiles).hasValue(1);
            assertThat(served.post(DECISION, Files.readString(served.facts.resolve(ServedFolders.FACTS)),
                    "Content-Type", "application/yaml").statusCode()).isEqualTo(200);
        }
    }
}
