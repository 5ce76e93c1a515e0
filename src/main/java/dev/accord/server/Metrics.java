package dev.accord.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies in the Prometheus text format (version 0.0.4), by method, route
 * template (never the raw path, whose variety would grow without bound) and status.
 */
final class Metrics {

    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String method, String route, int status) {
    }

    private static final class Series {
        final LongAdder count = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Series() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();

    void record(String method, String route, int status, double seconds) {
        Series s = series.computeIfAbsent(new Key(method, route, status), k -> new Series());
        s.count.increment();
        s.sum.add(seconds);
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                s.buckets[i].increment();
            }
        }
    }

    String render(int queueWaiting) {
        StringBuilder out = new StringBuilder();
        Map<Key, Series> sorted = new TreeMap<>(java.util.Comparator.comparing(Key::route).thenComparing(Key::method)
                .thenComparingInt(Key::status));
        sorted.putAll(series);
        out.append("# HELP accord_http_requests_total Requests answered, by method, route and status.\n");
        out.append("# TYPE accord_http_requests_total counter\n");
        sorted.forEach((k, s) -> out.append("accord_http_requests_total").append(labels(k, null)).append(' ')
                .append(s.count.sum()).append('\n'));
        out.append("# HELP accord_http_request_duration_seconds Time to answer a request.\n");
        out.append("# TYPE accord_http_request_duration_seconds histogram\n");
        sorted.forEach((k, s) -> {
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append("accord_http_request_duration_seconds_bucket").append(labels(k, format(BUCKETS[i]))).append(' ')
                        .append(s.buckets[i].sum()).append('\n');
            }
            out.append("accord_http_request_duration_seconds_bucket").append(labels(k, "+Inf")).append(' ')
                    .append(s.count.sum()).append('\n');
            out.append("accord_http_request_duration_seconds_sum").append(labels(k, null)).append(' ')
                    .append(String.format(Locale.ROOT, "%.6f", s.sum.sum())).append('\n');
            out.append("accord_http_request_duration_seconds_count").append(labels(k, null)).append(' ')
                    .append(s.count.sum()).append('\n');
        });
        out.append("# HELP accord_queue_waiting Requests waiting for an evaluation slot.\n");
        out.append("# TYPE accord_queue_waiting gauge\n");
        out.append("accord_queue_waiting ").append(queueWaiting).append('\n');
        return out.toString();
    }

    private static String labels(Key k, String le) {
        return "{method=\"" + k.method + "\",route=\"" + escape(k.route) + "\",status=\"" + k.status + "\""
                + (le == null ? "" : ",le=\"" + le + "\"") + "}";
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
