package dev.accord.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.Timeline;
import dev.accord.analysis.Counterfactuals;
import dev.accord.analysis.Coverage;
import dev.accord.analysis.ScenarioResult;
import dev.accord.analysis.ScenarioRunner;
import dev.accord.analysis.Sensitivity;
import dev.accord.analysis.TimelineBuilder;
import dev.accord.explain.Format;
import dev.accord.render.ScenarioReport;
import dev.accord.render.TimelineFormat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The analyses of the command line over HTTP: the counterfactual search, sensitivity, the
 * timeline and the pack's scenarios, each bounded more tightly than on the command line, since
 * a request's author is not the machine's owner.
 */
final class AnalysisRoutes {

    static final int MAX_BUDGET = 5_000;
    static final int MAX_SAMPLES = 20_000;
    static final int MAX_DATES = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The formats of the search and the sensitivity, JSON first: the same documents as the command line's. */
    private static final List<Format> FORMATS = List.of(Format.JSON, Format.TEXT, Format.MD, Format.HTML);

    private final Packs packs;
    private final Inputs inputs;
    private final Workspace workspace;
    private final ServerOptions options;

    AnalysisRoutes(Packs packs, Inputs inputs, Workspace workspace, ServerOptions options) {
        this.packs = packs;
        this.inputs = inputs;
        this.workspace = workspace;
        this.options = options;
    }

    void register(RoutesConfig routes, Admission admission) {
        routes.get("/v1/packs/{pack}/what-if/search", admission.forPack(packs, this::search));
        routes.get("/v1/packs/{pack}/sensitivity", admission.forPack(packs, this::sensitivity));
        routes.get("/v1/packs/{pack}/timeline", admission.forPack(packs, this::timeline));
        routes.get("/v1/packs/{pack}/test", admission.forPack(packs, this::test));
    }

    private static boolean text(Context ctx) {
        return "text".equals(ctx.queryParam("format")) || String.valueOf(ctx.header("Accept")).startsWith("text/plain");
    }

    private static int bounded(Context ctx, String name, int fallback, int max) {
        String given = ctx.queryParam(name);
        try {
            int n = given == null ? fallback : Integer.parseInt(given);
            if (n < 1 || n > max) {
                throw Problem.badRequest(name + " must be between 1 and " + max + " on this server, got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + ": expected a whole number, got '" + given + "'");
        }
    }

    /**
     * {@code ?facts=NAME[&target=ACTION][&maxChanges=2][&budget=1000]}: the smallest sets of changes
     * that flip the answer, as {@code accord what-if --format} writes them, every change set in full.
     */
    private Context search(Context ctx) {
        Format format = Negotiation.format(ctx, FORMATS);
        RulePack pack = packs.get(ctx.pathParam("pack"));
        FactSet facts = inputs.named(required(ctx, "facts"));
        String target = ctx.queryParam("target");
        if (target != null && pack.action(target).isEmpty()) {
            throw Problem.notFound("unknown action '" + target + "'");
        }
        var result = Counterfactuals.search(pack, facts, Counterfactuals.Options.defaults().withTarget(target)
                .withMaxChanges(bounded(ctx, "maxChanges", 2, 3)).withBudget(bounded(ctx, "budget", 1000, MAX_BUDGET))
                .withLimits(options.limits()));
        return ctx.contentType(Negotiation.mediaType(format)).result(result.render(format));
    }

    /** {@code ?facts=NAME[&samples=2000][&seed=1]}: the probability of each recommendation given the facts' confidence. */
    private Context sensitivity(Context ctx) {
        Format format = Negotiation.format(ctx, FORMATS);
        RulePack pack = packs.get(ctx.pathParam("pack"));
        String name = required(ctx, "facts");
        FactSet facts = inputs.named(name);
        Sensitivity.Options o = Sensitivity.Options.defaults().withSamples(bounded(ctx, "samples", 2000, MAX_SAMPLES))
                .withSeed(bounded(ctx, "seed", 1, Integer.MAX_VALUE)).withLimits(options.limits());
        Sensitivity.Result r = Sensitivity.analyze(pack, facts, o);
        // Named as the client knows it, not by the served folder's path on this machine.
        Sensitivity.Result named = new Sensitivity.Result("facts/" + name, r.probabilities(), r.mostLikely(), r.influences(),
                r.exact(), r.combinations(), r.evaluations(), r.failed());
        return ctx.contentType(Negotiation.mediaType(format)).result(named.render(format));
    }

    /** {@code ?facts=NAME[&from=DATE][&to=DATE][&every=1M][&format=json|text|md|csv|html]}: the decision at each date. */
    private Context timeline(Context ctx) {
        RulePack pack = packs.get(ctx.pathParam("pack"));
        String name = required(ctx, "facts");
        FactSet facts = inputs.named(name);
        String fmt = Objects.requireNonNullElse(ctx.queryParam("format"), "json").toLowerCase(Locale.ROOT);
        TimelineFormat format = TimelineFormat.byId(fmt).orElseThrow(() -> Problem.of(406, "not-acceptable",
                "Format not offered", "a timeline is offered as json, text, md, csv or html, not '" + fmt + "'"));
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        Timeline timeline;
        try {
            Period every = TimelineBuilder.step(Objects.requireNonNullElse(ctx.queryParam("every"), "1M"));
            // The dates are counted before any is evaluated, so a long span costs nothing.
            Timeline built = TimelineBuilder.build(pack, facts, from, to, every, options.limits(), MAX_DATES);
            // Named as the client knows it, not by the served folder's path on this machine.
            timeline = new Timeline(built.packTitle(), "facts/" + name, built.conditions(), built.steps(), built.markers());
        } catch (TimelineBuilder.TooManyDatesException e) {
            throw Problem.tooLarge(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        String type = switch (format) {
            case JSON -> "application/json";
            case CSV -> "text/csv; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case MD -> "text/markdown; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
        return ctx.contentType(type).result(format.render(timeline));
    }

    /** The scenarios in the pack's scenarios/ folder: passed, failed, and what differed. */
    private Context test(Context ctx) {
        String name = ctx.pathParam("pack");
        RulePack pack = packs.get(name);
        Path folder = workspace.pack(name).resolve("scenarios");
        List<Path> files = Files.isDirectory(folder) ? ScenarioRunner.scenarioFiles(List.of(folder)) : List.of();
        List<ScenarioResult> results = ScenarioRunner.run(pack, files, options.limits());
        if (text(ctx)) {
            Coverage coverage = Coverage.of(pack, results.stream().map(ScenarioResult::decision).filter(Objects::nonNull).toList());
            return ctx.contentType("text/plain; charset=utf-8").result(ScenarioReport.render(pack.name(), results, coverage));
        }
        ObjectNode out = JSON.createObjectNode().put("schema", "accord.test/1")
                .put("passed", results.stream().filter(ScenarioResult::passed).count())
                .put("failed", results.stream().filter(r -> !r.passed()).count());
        ArrayNode list = out.putArray("scenarios");
        for (ScenarioResult r : results) {
            ObjectNode s = list.addObject().put("file", workspace.nameOf(Path.of(r.file())).orElse(r.file()))
                    .put("verdict", r.verdict().name());
            ArrayNode mismatches = s.putArray("mismatches");
            r.mismatches().forEach(m -> mismatches.addObject().put("what", m.what()).put("expected", m.expected())
                    .put("actual", m.actual()));
            ArrayNode errors = s.putArray("errors");
            r.errors().forEach(d -> errors.add(d.toString()));
        }
        return ctx.contentType("application/json").result(out.toString());
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw Problem.badRequest("give ?" + name + "=");
        }
        return v;
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.badRequest(name + ": expected a date as YYYY-MM-DD, got '" + v + "'");
        }
    }
}
