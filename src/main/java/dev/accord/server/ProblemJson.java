package dev.accord.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.Diagnostic;
import dev.accord.render.ControlCharacters;
import io.javalin.http.Context;

/** Writes a {@link Problem} as {@code application/problem+json} (RFC 9457), with Accord's diagnostics as an extension. */
final class ProblemJson {

    static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are relative URIs under this path; the OpenAPI document lists them. */
    static final String TYPE_BASE = "/problems/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemJson() {
    }

    static void write(Context ctx, Problem p) {
        p.headers.forEach(ctx::header);
        ctx.status(p.status).contentType(MEDIA_TYPE).result(render(p, ctx.path()));
    }

    static String render(Problem p, String instance) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", TYPE_BASE + p.type);
        doc.put("title", p.title);
        doc.put("status", p.status);
        doc.put("detail", ControlCharacters.escape(String.valueOf(p.getMessage())));
        doc.put("instance", instance);
        ArrayNode diagnostics = doc.putArray("diagnostics");
        p.diagnostics.forEach(d -> add(diagnostics, d));
        return doc.toString();
    }

    /** One diagnostic as the API writes it everywhere: file, line, column, severity, message. */
    static void add(ArrayNode list, Diagnostic d) {
        list.addObject().put("file", d.location().file()).put("line", d.location().line())
                .put("column", d.location().column()).put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT))
                .put("message", d.message());
    }
}
