package dev.accord.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The workbench page and its assets, from the jar: plain HTML, CSS and JavaScript with no
 * network access, so it works offline. The page carries the CSRF token it must send back.
 */
final class Page {

    private static final String ROOT = "/dev/accord/server/page/";
    private static final Map<String, String> ASSETS = Map.of(
            "workbench.js", "text/javascript; charset=utf-8", "workbench.css", "text/css; charset=utf-8",
            "highlight.js", "text/javascript; charset=utf-8");
    /** The parts of Prism the editor uses, from its WebJar: only these are served. */
    private static final String PRISM = "META-INF/resources/webjars/prismjs/1.29.0/";
    private static final Map<String, String> PRISM_FILES = Map.of(
            "prism-core.min.js", "components/prism-core.min.js", "prism-yaml.min.js", "components/prism-yaml.min.js",
            "LICENSE", "LICENSE");

    private final Access access;

    Page(Access access) {
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get("/assets/{name}", this::asset);
        routes.get("/assets/prism/{name}", this::prism);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/dev/accord/server/openapi.json")));
        routes.get("/schemas/decision.schema.json", ctx -> ctx.contentType("application/json")
                .result(resource("/dev/accord/server/schemas/decision.schema.json")));
    }

    /**
     * Thrown for the page itself when the server needs a token and the browser has none (or a wrong
     * one): a person gets a page that asks for it, where the API answers a 401 problem.
     */
    static final class SignInNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SignInNeeded(String error) {
            super(error, null, false, false);
        }
    }

    /** The sign-in page, with a 401 status; it has no script and posts the token to {@code /?token=}. */
    static void signIn(Context ctx, SignInNeeded e) {
        String error = e.getMessage() == null ? "" : "<p class=\"error\" role=\"alert\">" + e.getMessage() + "</p>";
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                + " base-uri 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
        ctx.status(401).contentType("text/html; charset=utf-8").result(resource(ROOT + "sign-in.html").replace("{{error}}", error));
    }

    private void index(Context ctx) {
        String token = ctx.queryParam("token");
        if (token != null) {
            if (access.role(token) == Access.Role.NONE) {
                throw new SignInNeeded("That token is not valid.");
            }
            // The token leaves the address bar: a cookie only this site gets, sent back with no script.
            ctx.cookie(new Cookie(Access.COOKIE, token, "/", -1, ctx.scheme().equals("https"), true, null,
                    SameSite.STRICT));
            ctx.redirect("/");
            return;
        }
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'");
        ctx.contentType("text/html; charset=utf-8")
                .result(resource(ROOT + "index.html").replace("{{csrf}}", access.csrfToken()));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw Problem.notFound("no asset '" + name + "'");
        }
        ctx.contentType(type).result(resource(ROOT + name));
    }

    private void prism(Context ctx) {
        String name = ctx.pathParam("name");
        String path = PRISM_FILES.get(name);
        if (path == null) {
            throw Problem.notFound("no asset 'prism/" + name + "'");
        }
        try (InputStream in = Page.class.getClassLoader().getResourceAsStream(PRISM + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PRISM + path);
            }
            ctx.contentType(name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8")
                    .header("Cache-Control", "max-age=86400").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = Page.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
