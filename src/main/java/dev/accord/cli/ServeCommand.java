package dev.accord.cli;

import dev.accord.LoadOptions;
import dev.accord.server.AccordServer;
import dev.accord.server.ServerOptions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code accord serve}: the workbench page and the decision API over HTTP, until Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the workbench page and the decision API (/v1, described at /openapi.json) for the packs and fact"
                + " sets in the given folders, and prints the address. The files stay the source of truth: the page"
                + " saves edits to them, nothing else. Binds 127.0.0.1 unless told otherwise; any other address needs a"
                + " token (generated and printed when none is given). Every pack is checked under the strict rule"
                + " policy. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  ./accord serve", "  ./accord serve --rules my-packs --facts my-facts --port 9000",
            "  ACCORD_EDITOR_TOKEN=... ./accord serve --host 0.0.0.0"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "A folder of rule packs, or one pack (repeatable). Default: rules.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--facts", paramLabel = "DIR", description = "A folder of fact sets (repeatable). Default: facts.")
    List<Path> facts = new ArrayList<>();

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "The port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--max-facts", paramLabel = "N", defaultValue = "5000",
            description = "The most facts in one posted fact set. Default: ${DEFAULT-VALUE}.")
    int maxFacts;

    @Option(names = "--workers", paramLabel = "N", description = "Evaluations at the same time. Default: the number of cores.")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "Requests waiting for a worker before the server answers 503. Default: ${DEFAULT-VALUE}.")
    int queue;

    @Option(names = "--no-watch", description = "Do not watch the folders for changes to push to open pages.")
    boolean noWatch;

    @Option(names = "--no-cache", description = "Compile packs even if " + Defaults.PACK_CACHE + " holds them.")
    boolean noCache;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Stop an evaluation after this long. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "100000",
            description = "Stop an evaluation after N rule firings. Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> ruleDirs = folders(rules, Defaults.pack().getParent(), "--rules");
        List<Path> factDirs = folders(facts, Defaults.facts().getParent(), "--facts");
        if (maxBody < 1 || maxFacts < 1 || queue < 0 || maxFirings < 1 || (workers != null && workers < 1)) {
            throw new ParameterException(spec.commandLine(), "--max-body, --max-facts, --workers and --max-firings must be"
                    + " at least 1, --queue at least 0");
        }
        String editor = System.getenv("ACCORD_EDITOR_TOKEN");
        String viewer = System.getenv("ACCORD_VIEWER_TOKEN");
        PrintWriter out = spec.commandLine().getOut();
        ServerOptions defaults = ServerOptions.defaults(ruleDirs, factDirs);
        ServerOptions options = defaults.withHost(host).withPort(port);
        if (!options.loopback() && blank(editor) && blank(viewer)) {
            editor = dev.accord.server.Tokens.generate();
            viewer = dev.accord.server.Tokens.generate();
            out.println("Not loopback: generated tokens (set ACCORD_EDITOR_TOKEN / ACCORD_VIEWER_TOKEN to choose them)");
            out.println("  editor token: " + editor);
            out.println("  viewer token: " + viewer);
        }
        options = options.withTokens(blank(editor) ? null : editor, blank(viewer) ? null : viewer)
                .withLoading(Defaults.withPackCache(LoadOptions.defaults(), noCache))
                .withLimits(defaults.limits().withTimeout(timeout).withMaxFirings(maxFirings), maxBody, maxFacts)
                .withQueue(workers == null ? defaults.workers() : workers, queue, defaults.queueWait())
                .withWatch(!noWatch);
        AccordServer server = new AccordServer(options, new PrintStream(System.err, true));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        String token = options.editorToken() != null ? "?token=" + options.editorToken() : "";
        out.println("Accord workbench: " + server.url() + token);
        out.println("API: " + server.url() + "v1/packs (described at " + server.url() + "openapi.json). Ctrl-C stops.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "accord-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    private List<Path> folders(List<Path> given, Path fallback, String option) {
        List<Path> dirs = given.isEmpty() ? List.of(fallback) : given;
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                throw new ParameterException(spec.commandLine(), option + " " + d + ": not a folder");
            }
        }
        return dirs;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
