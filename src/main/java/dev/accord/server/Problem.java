package dev.accord.server;

import dev.accord.AccordException;
import dev.accord.Diagnostic;
import dev.accord.EvaluationException;
import dev.accord.InvalidFactsException;
import dev.accord.InvalidRulesException;
import dev.accord.Location;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A failed request as an RFC 9457 problem document: a status, a short title, what went wrong,
 * and Accord's diagnostics with file, line and column, so a client shows them where they belong.
 * Thrown by handlers; {@link ProblemJson} writes it.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String title;
    final transient List<Diagnostic> diagnostics;
    final transient Map<String, String> headers;

    Problem(int status, String type, String title, String detail, List<Diagnostic> diagnostics,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.diagnostics = List.copyOf(diagnostics);
        this.headers = Map.copyOf(headers);
    }

    static Problem of(int status, String type, String title, String detail) {
        return new Problem(status, type, title, detail, List.of(), Map.of());
    }

    static Problem badRequest(String detail) {
        return of(400, "bad-request", "The request is not valid", detail);
    }

    static Problem notFound(String detail) {
        return of(404, "not-found", "No such resource", detail);
    }

    static Problem forbidden(String detail) {
        return of(403, "forbidden", "Not allowed", detail);
    }

    static Problem tooLarge(String detail) {
        return of(413, "too-large", "The request is too large", detail);
    }

    static Problem busy(int retryAfterSeconds) {
        return new Problem(503, "busy", "The server is busy", "every evaluation slot is taken and the queue is full;"
                + " try again in " + retryAfterSeconds + "s", List.of(),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** A request that waited its time limit for another request's compile of the pack it needs. */
    static Problem compiling(String pack, int retryAfterSeconds) {
        return new Problem(503, "busy", "The server is busy", "the rule pack '" + pack + "' is still compiling;"
                + " try again in " + retryAfterSeconds + "s", List.of(), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /**
     * An error in the pack, the facts or an evaluation, with the status that tells them apart.
     *
     * @param display names a server path as the client knows it (rules/PACK/FILE, facts/NAME)
     */
    static Problem of(AccordException e, UnaryOperator<String> display) {
        String detail = e.getMessage().lines().findFirst().orElse("").replaceFirst(":$", "");
        List<Diagnostic> shown = e.located().stream().map(d -> new Diagnostic(
                new Location(display.apply(d.location().file()), d.location().line(), d.location().column()),
                d.severity(), d.message())).toList();
        if (e instanceof InvalidRulesException) {
            return new Problem(422, "invalid-rules", "The rule pack is not valid", detail, shown, Map.of());
        }
        if (e instanceof InvalidFactsException) {
            return new Problem(422, "invalid-facts", "The fact set is not valid", detail, shown, Map.of());
        }
        if (e instanceof EvaluationException) {
            return new Problem(422, "evaluation-failed", "The evaluation failed", detail, shown, Map.of());
        }
        return new Problem(500, "internal", "Internal error", detail, shown, Map.of());
    }

    /** The same problem with more diagnostics: a draft's warnings beside its errors. */
    Problem with(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new Problem(status, type, title, getMessage(), all, headers);
    }
}
