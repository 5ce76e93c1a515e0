package dev.accord.server;

import dev.accord.AccordException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code accord serve}: the decision API and the workbench page on an embedded Javalin (Jetty 12)
 * server. It keeps no state between requests beyond the compiled packs, so several instances can
 * serve the same folders behind a load balancer.
 */
public final class AccordServer implements AutoCloseable {

    private final ServerOptions options;
    private final Workspace workspace;
    private final Access access;
    private final Metrics metrics = new Metrics();
    private final Admission admission;
    private final LiveUpdates live = new LiveUpdates();
    private final PrintStream log;
    private Javalin app;
    private Path postedIn;
    private Packs.Loader loader = dev.accord.RulePack::load;

    public AccordServer(ServerOptions options, PrintStream log) {
        if (!options.loopback() && options.editorToken() == null && options.viewerToken() == null) {
            throw new IllegalArgumentException("binding " + options.host() + " (not loopback) needs a token");
        }
        this.options = options;
        this.workspace = new Workspace(options.rules(), options.facts());
        this.access = new Access(options);
        this.admission = new Admission(options.workers(), options.queue(), options.queueWait());
        this.log = log;
    }

    /** Compiles packs with {@code l} instead of {@link dev.accord.RulePack#load}: for tests. */
    AccordServer compilingWith(Packs.Loader l) {
        this.loader = l;
        return this;
    }

    /** Starts listening; returns once the port is bound. */
    public AccordServer start() {
        Packs packs = new Packs(workspace, options.loading(), options.limits().timeout(), loader);
        try {
            postedIn = Files.createTempDirectory("accord-posted");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        Inputs inputs = new Inputs(workspace, options, postedIn);
        app = Javalin.create(config -> configure(config, packs, inputs));
        app.start(options.host(), options.port());
        if (options.watch()) {
            try {
                live.start(workspace, options.loading(), options.limits());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot watch the served folders", e);
            }
        }
        return this;
    }

    private void configure(JavalinConfig config, Packs packs, Inputs inputs) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.requestLogger.http(this::logged);
        var routes = config.routes;
        routes.before(ctx -> guard(ctx));
        routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "up")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.render(admission.waiting())));
        routes.sse("/v1/events", live::connect);
        new Page(access).register(routes);
        new WorkspaceRoutes(workspace, packs, inputs).register(routes, admission);
        new DecisionRoutes(packs, inputs, options).register(routes, admission);
        new AnalysisRoutes(packs, inputs, workspace, options).register(routes, admission);
        routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
        routes.exception(Page.SignInNeeded.class, (e, ctx) -> Page.signIn(ctx, e));
        routes.exception(AccordException.class, (e, ctx) -> problem(ctx, Problem.of(e, this::display)));
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, Problem.of(e.getStatus(),
                e.getStatus() == 413 ? "too-large" : "http-" + e.getStatus(), e.getMessage(), e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            log.println("accord serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            problem(ctx, Problem.of(500, "internal", "Internal error", "an internal error occurred; the server log has it"));
        });
        routes.error(404, ctx -> {
            if (ctx.attribute("problem") == null) {
                problem(ctx, Problem.notFound("no resource " + ctx.path() + "; the API is described at /openapi.json"));
            }
        });
    }

    /** Every request but health and readiness needs a role; saving needs an editor's (checked where it saves). */
    private void guard(Context ctx) {
        Access.Role role = access.check(ctx);
        ctx.attribute("role", role);
        String path = ctx.path();
        boolean open = path.equals("/health") || path.equals("/ready") || (path.equals("/") && ctx.queryParam("token") != null);
        if (role == Access.Role.NONE && !open && path.equals("/") && ctx.method().name().equals("GET")) {
            throw new Page.SignInNeeded(null);
        }
        if (role == Access.Role.NONE && !open) {
            throw Problem.of(401, "unauthorized", "Not signed in", "this server needs a token: send 'Authorization: Bearer"
                    + " TOKEN', or open the address 'accord serve' printed, with ?token=");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBodyBytes()) {
            throw Problem.tooLarge("the body has " + length + " bytes; this server takes at most " + options.maxBodyBytes());
        }
    }

    private void ready(Context ctx) {
        boolean ok = workspace.ruleRoots().stream().allMatch(Files::isDirectory)
                && workspace.factRoots().stream().allMatch(Files::isDirectory);
        ctx.status(ok ? 200 : 503).json(java.util.Map.of("status", ok ? "ready" : "folders missing"));
    }

    private void problem(Context ctx, Problem p) {
        ctx.attribute("problem", p);
        ProblemJson.write(ctx, p);
    }

    private String display(String file) {
        try {
            Path p = Path.of(file);
            return workspace.nameOf(p).orElse(p.isAbsolute() ? String.valueOf(p.getFileName()) : file);
        } catch (java.nio.file.InvalidPathException e) {
            return file; // a name no path can be is no server path either
        }
    }

    private void logged(Context ctx, Float ms) {
        String route;
        try {
            route = java.util.Objects.requireNonNullElse(ctx.endpoint().path, "unmatched");
        } catch (RuntimeException e) {
            route = "unmatched";
        }
        metrics.record(ctx.method().name(), route, ctx.status().getCode(), ms / 1000.0);
        if (options.accessLog()) {
            log.printf(Locale.ROOT, "%s \"%s %s\" %d %.1fms%n", ctx.ip(), ctx.method().name(), ctx.path(),
                    ctx.status().getCode(), ms);
        }
    }

    /** The port bound (useful with port 0, which picks a free one). */
    public int port() {
        return app.port();
    }

    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        live.close();
        if (app != null) {
            app.stop();
        }
        if (postedIn != null) {
            postedIn.toFile().delete();
        }
    }
}
