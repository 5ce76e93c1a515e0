package dev.accord.server;

import dev.accord.EvaluationLimits;
import dev.accord.LoadOptions;
import dev.accord.watch.Watch;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells open pages when a served file changes, over server-sent events: the same {@link Watch}
 * loop as {@code accord watch} (one per pack, over the pack and the fact sets), whose report of
 * each re-run goes to every page as a {@code change} event. The page then asks again; nothing is
 * pushed that a request would not give. Files are named in the report as the API names them
 * ({@code facts/NAME}, {@code rules/PACK/FILE}), not by the server's paths to them.
 */
final class LiveUpdates implements AutoCloseable {

    private static final int MAX_CLIENTS = 64;

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final List<Watch> watches = new ArrayList<>();
    /** Server folders, longest first, and the client name each stands for. */
    private final List<String[]> names = new ArrayList<>();

    void start(Workspace workspace, LoadOptions loading, EvaluationLimits limits) throws IOException {
        List<Path> facts = List.copyOf(workspace.factSets().values());
        // A folder given as "." is the empty path: its files' paths have no prefix to replace.
        workspace.factRoots().stream().filter(root -> !root.toString().isEmpty())
                .forEach(root -> names.add(new String[] {root + java.io.File.separator, "facts/"}));
        workspace.packs().forEach((name, dir) -> {
            if (!dir.toString().isEmpty()) {
                names.add(new String[] {dir + java.io.File.separator, "rules/" + name + "/"});
            }
        });
        names.sort(java.util.Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        for (var pack : workspace.packs().entrySet()) {
            String name = pack.getKey();
            boolean[] started = {false};
            Watch w = new Watch(pack.getValue(), loading, limits, facts, List.of(), report -> {
                if (started[0]) { // the first run is the start, not a change
                    broadcast(name, clientNames(report));
                }
                started[0] = true;
            });
            watches.add(w);
            Thread t = new Thread(w::run, "accord-watch-" + name);
            t.setDaemon(true);
            t.start();
        }
    }

    /** The report with each served file named as the API names it. */
    String clientNames(String report) {
        String named = report;
        for (String[] n : names) {
            named = named.replace(n[0], n[1]);
        }
        return named;
    }

    void connect(SseClient client) {
        if (clients.size() >= MAX_CLIENTS) {
            client.sendEvent("refused", "too many open pages");
            client.close();
            return;
        }
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.sendEvent("hello", "watching");
        client.keepAlive();
    }

    void broadcast(String pack, String report) {
        String data = "{\"pack\":" + quote(pack) + ",\"report\":" + quote(report) + "}";
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent("change", data);
            }
        }
    }

    private static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    @Override
    public void close() {
        for (Watch w : watches) {
            try {
                w.close();
            } catch (IOException ignored) {
                // closing a watch service only fails if it is already closed
            }
        }
        clients.forEach(SseClient::close);
    }
}
