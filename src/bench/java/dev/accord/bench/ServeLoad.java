package dev.accord.bench;

import dev.accord.server.AccordServer;
import dev.accord.server.ServerOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code accord serve}, bounded in time and requests and on loopback only: starts a
 * server on 127.0.0.1 (a free port) in this JVM, then for each client count N, N threads post
 * the default fact set to {@code /v1/packs/nato-afghanistan/decision} (full explanation JSON) as
 * fast as answers come, for a warm-up and then a measured time; prints decisions/s, p50, p99
 * and errors. {@code --soak MINUTES} instead runs 32 clients that long and prints the heap after
 * a full GC each minute. The clients share the machine with the server: figures are for both.
 *
 * <pre>java -cp target/bench/accord-benchmarks.jar dev.accord.bench.ServeLoad [--clients 1,4,16,32] [--seconds 20] [--soak 10]</pre>
 */
public final class ServeLoad {

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> clients = List.of(1, 4, 16, 32);
        int seconds = 20;
        int soak = 0;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--soak" -> soak = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ServerOptions options = ServerOptions.defaults(List.of(Path.of("rules")), List.of(Path.of("facts")))
                .withPort(0).withWatch(false).withAccessLog(false)
                .withQueue(Runtime.getRuntime().availableProcessors(), 256, Duration.ofSeconds(10));
        String body = Files.readString(Path.of("facts/2021-02-15-nato-ministerial.yaml"));
        try (AccordServer server = new AccordServer(options, new PrintStream(System.err, true)).start()) {
            URI uri = URI.create(server.url() + "v1/packs/nato-afghanistan/decision");
            System.out.printf(Locale.ROOT, "accord serve on %s, %d cores, Java %s%n", server.url(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            if (soak > 0) {
                soak(uri, body, soak);
                return;
            }
            run(uri, body, 4, 5); // the first compile and the JIT
            System.out.printf("%8s %12s %9s %9s %7s %10s%n", "clients", "decisions/s", "p50 ms", "p99 ms", "errors", "requests");
            for (int n : clients) {
                run(uri, body, n, Math.max(3, seconds / 4));
                Result r = run(uri, body, n, seconds);
                System.out.printf(Locale.ROOT, "%8d %12.0f %9.2f %9.2f %7d %10d%n", n, r.perSecond(), r.percentile(50),
                        r.percentile(99), r.errors, r.latencies.length);
            }
        }
    }

    record Result(long[] latencies, long errors, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100.0 * latencies.length) - 1)] / 1e6;
        }
    }

    static Result run(URI uri, String body, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] times = new long[1 << 16];
            int[] count = {0};
            perClient.add(null);
            int index = c;
            Thread t = new Thread(() -> {
                long[] mine = times;
                for (long i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"action\" : \"STAY\"")) {
                            error(errors, r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
                            continue;
                        }
                    } catch (Exception e) {
                        error(errors, e.toString());
                        continue;
                    }
                    if (count[0] == mine.length) {
                        mine = Arrays.copyOf(mine, mine.length * 2);
                    }
                    mine[count[0]++] = System.nanoTime() - t0;
                }
                synchronized (perClient) {
                    perClient.set(index, Arrays.copyOf(mine, count[0]));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, errors.get(), elapsed);
    }

    /** Counts an error and prints the first few, so a run with errors says what they were. */
    private static void error(AtomicLong errors, String what) {
        if (errors.incrementAndGet() <= 3) {
            System.err.println("error: " + what);
        }
    }

    static void soak(URI uri, String body, int minutes) throws InterruptedException {
        System.out.printf("%6s %12s %9s %9s %7s %18s%n", "minute", "decisions/s", "p50 ms", "p99 ms", "errors", "heap after GC MiB");
        for (int m = 1; m <= minutes; m++) {
            Result r = run(uri, body, 32, 60);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "%6d %12.0f %9.2f %9.2f %7d %18.1f%n", m, r.perSecond(), r.percentile(50),
                    r.percentile(99), r.errors, heap / 1048576.0);
        }
    }
}
