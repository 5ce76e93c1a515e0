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
 * and errors, and the CPU time of this process (server and clients) per decision, which says more
 * than the rate on a machine shared with other work. {@code --soak MINUTES} instead runs 32
 * clients that long and prints the heap after a full GC each minute. The clients share the
 * machine and the JVM with the server: figures are for both.
 *
 * <p>{@code --client jdk} (the default) posts with {@link HttpClient}; {@code --client socket} with
 * a minimal blocking HTTP/1.1 client on one kept-alive socket per client thread, which sends the
 * same bytes and checks the same answer for a fraction of the CPU the JDK's client takes (its
 * selector and worker threads hand every exchange on), leaving more of the shared cores to the
 * server.
 *
 * <pre>java -cp target/bench/accord-benchmarks.jar dev.accord.bench.ServeLoad [--clients 1,4,16,32] [--seconds 20] [--warmup 30] [--client jdk|socket] [--soak 10]</pre>
 */
public final class ServeLoad {

    private static final long MAX_REQUESTS_PER_CLIENT = 2_000_000;
    private static final String EXPECTED = "\"action\" : \"STAY\"";

    /** Posts the fact set and returns the answer's status and body; one per client thread. */
    interface Poster extends AutoCloseable {
        Answer post() throws Exception;

        @Override
        default void close() {
        }
    }

    record Answer(int status, String body) {
    }

    private static boolean socketClient;

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> clients = List.of(1, 4, 16, 32);
        int seconds = 20;
        int soak = 0;
        int warmup = 30;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--soak" -> soak = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--client" -> socketClient = switch (args[i + 1]) {
                    case "jdk" -> false;
                    case "socket" -> true;
                    default -> throw new IllegalArgumentException("--client jdk or socket, not " + args[i + 1]);
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ServerOptions options = ServerOptions.defaults(List.of(Path.of("rules")), List.of(Path.of("facts")))
                .withPort(0).withWatch(false).withAccessLog(false)
                .withQueue(Runtime.getRuntime().availableProcessors(), 256, Duration.ofSeconds(10));
        String body = Files.readString(Path.of("facts/2021-02-15-nato-ministerial.yaml"));
        try (AccordServer server = new AccordServer(options, new PrintStream(System.err, true)).start()) {
            URI uri = URI.create(server.url() + "v1/packs/nato-afghanistan/decision");
            System.out.printf(Locale.ROOT, "accord serve on %s, %d cores, Java %s, load average %.2f, %s client%n",
                    server.url(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(),
                    socketClient ? "socket" : "jdk");
            if (soak > 0) {
                soak(uri, body, soak);
                return;
            }
            run(uri, body, 4, warmup); // the first compile, and the JIT: on a busy machine it compiles for a minute or more
            System.out.printf("%8s %12s %9s %9s %7s %10s %15s %8s%n", "clients", "decisions/s", "p50 ms", "p99 ms", "errors",
                    "requests", "CPU ms/decision", "GC ms");
            for (int n : clients) {
                run(uri, body, n, Math.max(3, seconds / 4));
                Result r = run(uri, body, n, seconds);
                System.out.printf(Locale.ROOT, "%8d %12.0f %9.2f %9.2f %7d %10d %15.3f %8d%n", n, r.perSecond(),
                        r.percentile(50), r.percentile(99), r.errors, r.latencies.length, r.cpuPerDecision(), r.gcMillis);
            }
            System.out.printf(Locale.ROOT, "load average %.2f at the end%n", loadAverage());
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time of this process so far (server, clients, JIT and GC), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    record Result(long[] latencies, long errors, double seconds, long cpuNanos, long gcMillis) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double cpuPerDecision() {
            return latencies.length == 0 ? Double.NaN : cpuNanos / 1e6 / latencies.length;
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
        java.util.function.Supplier<Poster> posters = socketClient ? () -> new SocketPoster(uri, body) : () -> () -> {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        };
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long cpu0 = processCpuNanos();
        long gc0 = gcMillis();
        for (int c = 0; c < clients; c++) {
            long[] times = new long[1 << 16];
            int[] count = {0};
            perClient.add(null);
            int index = c;
            Thread t = new Thread(() -> {
                long[] mine = times;
                try (Poster poster = posters.get()) {
                    for (long i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
                        long t0 = System.nanoTime();
                        try {
                            Answer r = poster.post();
                            if (r.status() != 200 || !r.body().contains(EXPECTED)) {
                                error(errors, r.status() + " " + r.body().lines().findFirst().orElse(""));
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
        long cpu = processCpuNanos() - cpu0;
        long gc = gcMillis() - gc0;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, errors.get(), elapsed, cpu, gc);
    }

    /** Counts an error and prints the first few, so a run with errors says what they were. */
    private static void error(AtomicLong errors, String what) {
        if (errors.incrementAndGet() <= 3) {
            System.err.println("error: " + what);
        }
    }

    static void soak(URI uri, String body, int minutes) throws InterruptedException {
        System.out.printf("%6s %12s %9s %9s %7s %18s %15s %12s%n", "minute", "decisions/s", "p50 ms", "p99 ms", "errors",
                "heap after GC MiB", "CPU ms/decision", "load average");
        for (int m = 1; m <= minutes; m++) {
            Result r = run(uri, body, 32, 60);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "%6d %12.0f %9.2f %9.2f %7d %18.1f %15.3f %12.2f%n", m, r.perSecond(),
                    r.percentile(50), r.percentile(99), r.errors, heap / 1048576.0, r.cpuPerDecision(), loadAverage());
        }
    }

    /**
     * A minimal HTTP/1.1 client for the load: one socket kept alive (opened again when the server
     * closes it), the request's bytes built once, the answer read by its Content-Length or its
     * chunks. Only what this benchmark's exchange needs.
     */
    static final class SocketPoster implements Poster {
        private final String host;
        private final int port;
        private final byte[] request;
        private java.net.Socket socket;
        private java.io.InputStream in;

        SocketPoster(URI uri, String body) {
            this.host = uri.getHost();
            this.port = uri.getPort();
            byte[] content = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/yaml\r\nContent-Length: " + content.length + "\r\n\r\n";
            byte[] h = head.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            request = Arrays.copyOf(h, h.length + content.length);
            System.arraycopy(content, 0, request, h.length, content.length);
        }

        @Override
        public Answer post() throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 65_536);
            }
            try {
                socket.getOutputStream().write(request);
                return read();
            } catch (java.io.IOException e) {
                close();
                throw e;
            }
        }

        private Answer read() throws java.io.IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closes = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(length > 0 ? (int) length : 32_768);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                closes = true;
                body.write(in.readAllBytes());
            }
            if (closes) {
                close();
            }
            return new Answer(code, body.toString(java.nio.charset.StandardCharsets.UTF_8));
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (java.io.IOException ignored) {
                    // closing after an error or at the end; nothing to do
                }
                socket = null;
            }
        }
    }
}
