package dev.accord.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Who may do what. Two roles: a viewer evaluates and explores, an editor may also save files.
 * On a loopback bind with no token the local user is an editor; any other bind needs a token
 * ({@code Authorization: Bearer TOKEN}, or the cookie the page sets after {@code /?token=TOKEN}).
 *
 * <p>A browser sends cookies, and reaches 127.0.0.1, for any site the user visits; so a request
 * that changes anything must come from the page itself: a foreign {@code Origin} is refused, a
 * request carrying the session cookie must repeat the page's CSRF token in a header, which another
 * site cannot read, and on a loopback bind the {@code Host} must be the loopback address (DNS
 * rebinding would otherwise make evil.example resolve to 127.0.0.1).
 */
final class Access {

    enum Role { NONE, VIEWER, EDITOR }

    static final String COOKIE = "accord_session";
    static final String CSRF_HEADER = "X-Accord-CSRF";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** A port after a host name; compiled once, not on every request. */
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":\\d+$");

    private final ServerOptions options;
    /** Written into the page; a foreign site cannot read it, so it cannot send it. */
    private final String csrf = random();

    Access(ServerOptions options) {
        this.options = options;
    }

    static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String csrfToken() {
        return csrf;
    }

    boolean tokensRequired() {
        return options.editorToken() != null || options.viewerToken() != null;
    }

    Role role(String token) {
        if (!tokensRequired()) {
            return Role.EDITOR;
        }
        if (token == null) {
            return Role.NONE;
        }
        if (options.editorToken() != null && same(token, options.editorToken())) {
            return Role.EDITOR;
        }
        return options.viewerToken() != null && same(token, options.viewerToken()) ? Role.VIEWER : Role.NONE;
    }

    /** Checks a request before its handler runs; answers with a problem when it may not go on. */
    Role check(Context ctx) {
        checkHost(ctx);
        String bearer = bearer(ctx.header("Authorization"));
        String cookie = ctx.cookie(COOKIE);
        Role role = role(bearer != null ? bearer : cookie);
        boolean unsafe = !SAFE_METHODS.contains(ctx.method().name().toUpperCase(Locale.ROOT));
        if (unsafe) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
                throw Problem.forbidden("a request from another site (" + origin + ") may not change anything here");
            }
            boolean fromBrowser = bearer == null && (cookie != null || ctx.header("Sec-Fetch-Mode") != null || origin != null);
            if (fromBrowser && !same(String.valueOf(ctx.header(CSRF_HEADER)), csrf)) {
                throw Problem.forbidden("the request lacks the page's CSRF token (header " + CSRF_HEADER + ")");
            }
        }
        return role;
    }

    private void checkHost(Context ctx) {
        // DNS rebinding needs a browser, and browsers always send a Host; an HTTP/1.0 client such as
        // a container's health probe may send none, and is no browser.
        if (!options.loopback() || ctx.header("Host") == null) {
            return;
        }
        String host = ctx.host().toLowerCase(Locale.ROOT);
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : PORT.matcher(host).replaceFirst("");
        if (!(name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]"))) {
            throw Problem.forbidden("this server answers only to a loopback host name, not '" + host + "'");
        }
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
