package dev.accord.server;

import dev.accord.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server for a test: a copy of the default pack and fact sets in a temporary folder (so saves
 * never touch the repository), bound to 127.0.0.1 on a free port, closed by the test.
 */
final class ServedFolders implements AutoCloseable {

    static final String PACK = "nato-afghanistan";
    static final String FACTS = "2021-02-15-nato-ministerial.yaml";
    /** Compiled packs are cached by content, so the test classes share one compile of the default pack. */
    static final Path CACHE = Path.of("target", "test-pack-cache");

    final Path root;
    final Path rules;
    final Path facts;
    final AccordServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final String token;

    private ServedFolders(Path root, java.util.function.UnaryOperator<ServerOptions> setup, boolean repository) {
        this(root, setup, repository, dev.accord.RulePack::load);
    }

    private ServedFolders(Path root, java.util.function.UnaryOperator<ServerOptions> setup, boolean repository,
            Packs.Loader loader) {
        this.root = root;
        this.rules = repository ? Path.of("rules") : root.resolve("rules");
        this.facts = repository ? Path.of("facts") : root.resolve("facts");
        if (!repository) {
            copy(Path.of("rules", PACK), rules.resolve(PACK));
            copy(Path.of("facts"), facts);
        }
        ServerOptions options = setup.apply(ServerOptions.defaults(List.of(rules), List.of(facts)).withPort(0)
                .withWatch(false).withAccessLog(false).withLoading(LoadOptions.defaults().withCache(CACHE)));
        this.token = options.editorToken();
        this.server = new AccordServer(options, System.err).compilingWith(loader).start();
    }

    static ServedFolders start(Path tmp) {
        return new ServedFolders(tmp, o -> o, false);
    }

    static ServedFolders start(Path tmp, java.util.function.UnaryOperator<ServerOptions> setup) {
        return new ServedFolders(tmp, setup, false);
    }

    /** As {@link #start(Path, java.util.function.UnaryOperator)}, compiling packs with {@code loader}. */
    static ServedFolders start(Path tmp, java.util.function.UnaryOperator<ServerOptions> setup, Packs.Loader loader) {
        return new ServedFolders(tmp, setup, false, loader);
    }

    /**
     * The repository's own rules/ and facts/, so that pages show the paths a user sees: only for
     * the screenshots in docs/, whose test puts back every file it saves.
     */
    static ServedFolders startOnRepository() {
        return new ServedFolders(Path.of("."), o -> o, true);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        return send(headers.length > 0 ? b.headers(headers) : b);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        return send(headers.length > 0 ? b.headers(headers) : b);
    }

    HttpResponse<String> put(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(headers.length > 0 ? b.headers(headers) : b);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
