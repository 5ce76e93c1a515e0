package dev.accord.server;

import dev.accord.explain.Format;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * Which rendering a client asked for: {@code ?format=json|text|md|html} if given, else the first
 * media type of the Accept header that Accord writes; JSON when the client takes anything.
 */
final class Negotiation {

    private static final List<String[]> TYPES = List.of(
            new String[] {"application/json", "json"}, new String[] {"text/plain", "text"},
            new String[] {"text/markdown", "md"}, new String[] {"text/html", "html"});

    private Negotiation() {
    }

    static Format format(Context ctx, List<Format> offered) {
        String given = ctx.queryParam("format");
        if (given != null) {
            return Format.byId(given.toLowerCase(Locale.ROOT)).filter(offered::contains).orElseThrow(() -> Problem.of(406,
                    "not-acceptable", "Format not offered", "format '" + given + "': this resource is offered as "
                            + offered.stream().map(Format::id).toList()));
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*")) {
                return offered.get(0);
            }
            for (String[] t : TYPES) {
                if (t[0].equals(type)) {
                    Format f = Format.byId(t[1]).orElseThrow();
                    if (offered.contains(f)) {
                        return f;
                    }
                }
            }
        }
        throw Problem.of(406, "not-acceptable", "Format not offered", "Accept: " + accept + "; this resource is offered as "
                + offered.stream().map(Negotiation::mediaType).toList());
    }

    static String mediaType(Format f) {
        return switch (f) {
            case JSON -> "application/json";
            case TEXT -> "text/plain; charset=utf-8";
            case MD -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case DOT -> "text/vnd.graphviz; charset=utf-8";
        };
    }
}
