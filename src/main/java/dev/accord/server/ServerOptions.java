package dev.accord.server;

import dev.accord.EvaluationLimits;
import dev.accord.LoadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a server is set up: where it listens, what it serves, who may do what, and the limits on
 * each request. {@link #defaults} is safe: loopback only, small requests, a short queue.
 *
 * @param editorToken   the token that may also save files; null on a loopback bind means everyone local may
 * @param viewerToken   the token that may evaluate and explore; null for none
 * @param maxBodyBytes  the largest request body
 * @param maxFacts      the most facts in one posted fact set
 * @param workers       evaluations at the same time
 * @param queue         requests waiting for a worker before the server answers 503
 * @param watch         push a change event to open pages when a served file changes
 */
public record ServerOptions(String host, int port, List<Path> rules, List<Path> facts, String editorToken,
        String viewerToken, LoadOptions loading, EvaluationLimits limits, long maxBodyBytes, int maxFacts, int workers,
        int queue, Duration queueWait, boolean watch, boolean accessLog) {

    public static final String LOOPBACK = "127.0.0.1";

    public static ServerOptions defaults(List<Path> rules, List<Path> facts) {
        return new ServerOptions(LOOPBACK, 8080, rules, facts, null, null, LoadOptions.defaults(),
                EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(10)).withMaxFirings(100_000),
                1024 * 1024, 5_000, Math.max(2, Runtime.getRuntime().availableProcessors()), 64, Duration.ofSeconds(2),
                true, true);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, rules, facts, editorToken, viewerToken, loading, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, watch, accessLog);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, rules, facts, editorToken, viewerToken, loading, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, watch, accessLog);
    }

    public ServerOptions withTokens(String editor, String viewer) {
        return new ServerOptions(host, port, rules, facts, editor, viewer, loading, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, watch, accessLog);
    }

    public ServerOptions withLoading(LoadOptions l) {
        return new ServerOptions(host, port, rules, facts, editorToken, viewerToken, l, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, watch, accessLog);
    }

    public ServerOptions withLimits(EvaluationLimits l, long bodyBytes, int facts) {
        return new ServerOptions(host, port, rules, this.facts, editorToken, viewerToken, loading, l, bodyBytes, facts,
                workers, queue, queueWait, watch, accessLog);
    }

    public ServerOptions withQueue(int w, int q, Duration wait) {
        return new ServerOptions(host, port, rules, facts, editorToken, viewerToken, loading, limits, maxBodyBytes, maxFacts,
                w, q, wait, watch, accessLog);
    }

    public ServerOptions withWatch(boolean w) {
        return new ServerOptions(host, port, rules, facts, editorToken, viewerToken, loading, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, w, accessLog);
    }

    public ServerOptions withAccessLog(boolean a) {
        return new ServerOptions(host, port, rules, facts, editorToken, viewerToken, loading, limits, maxBodyBytes, maxFacts,
                workers, queue, queueWait, watch, a);
    }

    /** True when only this machine can connect. */
    public boolean loopback() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
