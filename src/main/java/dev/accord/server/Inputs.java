package dev.accord.server;

import dev.accord.FactSet;
import dev.accord.internal.Internals;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a request decides on: a named fact set ({@code ?facts=NAME}) or one posted as the body,
 * JSON or YAML by its Content-Type, and the as-of date. A posted fact set is read like a file
 * but may not include other files: the server's files are named, never reached from a body.
 */
final class Inputs {

    private final Workspace workspace;
    private final ServerOptions options;
    /**
     * An empty private folder a posted fact set is read "in": an include it names is looked for
     * there, finds nothing, and is reported, so a body never reaches a file of the server.
     */
    private final Path postedIn;

    Inputs(Workspace workspace, ServerOptions options, Path postedIn) {
        this.workspace = workspace;
        this.options = options;
        this.postedIn = postedIn;
    }

    FactSet facts(Context ctx) {
        String name = ctx.queryParam("facts");
        if (name != null) {
            return named(name);
        }
        if (ctx.method().name().equals("POST") && !ctx.body().isBlank()) {
            return posted(ctx.body(), ctx.contentType());
        }
        throw Problem.badRequest("name a fact set with ?facts=NAME (see /v1/facts) or post one as the body");
    }

    FactSet named(String name) {
        Path file = workspace.factSet(name);
        if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Problem.notFound("no fact set '" + name + "'; see /v1/facts");
        }
        return limited(FactSet.load(file));
    }

    FactSet posted(String body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String fileName = type.contains("json") ? "request.json" : "request.yaml";
        if (!(type.isEmpty() || type.contains("json") || type.contains("yaml") || type.startsWith("text/plain"))) {
            throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "post a fact set as application/json or application/yaml, not " + contentType);
        }
        FactSet facts = FactSet.parse(body, postedIn.resolve(fileName).toString());
        if (!Internals.factSets().includes(facts).isEmpty()) {
            throw Problem.of(422, "include-refused", "A posted fact set may not include files",
                    "a fact set posted to the server cannot include files; post the rows as facts, or name a served fact set");
        }
        return limited(facts);
    }

    private FactSet limited(FactSet facts) {
        if (Internals.factSets().facts(facts).size() > options.maxFacts()) {
            throw Problem.tooLarge("the fact set has " + Internals.factSets().facts(facts).size() + " facts; this server takes at most "
                    + options.maxFacts() + " in one request");
        }
        return facts;
    }

    static LocalDate asOf(Context ctx, FactSet facts) {
        String given = ctx.queryParam("asOf");
        if (given == null || given.isBlank()) {
            return facts.asOf().orElse(null);
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("asOf: expected a date as YYYY-MM-DD, got '" + given + "'");
        }
    }
}
