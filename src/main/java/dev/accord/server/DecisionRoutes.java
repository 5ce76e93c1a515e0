package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.Decision;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.analysis.WhatIf;
import dev.accord.explain.Format;
import dev.accord.explain.WhyNot;
import dev.accord.internal.Internals;
import dev.accord.render.TextStyle;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision API under {@code /v1}: evaluate, why-not and what-if, each answering the same JSON
 * as the command line's {@code --format json} (the same renderers write it), or text, Markdown or
 * HTML where the command line offers them.
 */
final class DecisionRoutes {

    /** Trailing tokens fail, so a query value such as 2020-10-01 is a text, not the number 2020. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<Format> DECISION_FORMATS = List.of(Format.JSON, Format.TEXT, Format.MD, Format.HTML);
    private static final List<Format> WHY_NOT_FORMATS = List.of(Format.JSON, Format.TEXT, Format.MD, Format.HTML);

    private final Packs packs;
    private final Inputs inputs;
    private final ServerOptions options;

    DecisionRoutes(Packs packs, Inputs inputs, ServerOptions options) {
        this.packs = packs;
        this.inputs = inputs;
        this.options = options;
    }

    void register(RoutesConfig routes, Admission admission) {
        routes.get("/v1/packs/{pack}/decision", admission.forPack(packs, this::decision));
        routes.post("/v1/packs/{pack}/decision", admission.forPack(packs, this::decision));
        routes.get("/v1/packs/{pack}/why-not/{target}", admission.forPack(packs, this::whyNot));
        routes.post("/v1/packs/{pack}/why-not/{target}", admission.forPack(packs, this::whyNot));
        routes.get("/v1/packs/{pack}/what-if", admission.forPack(packs, this::whatIf));
        routes.post("/v1/packs/{pack}/what-if", admission.forPack(packs, this::whatIf));
    }

    private Decision evaluate(Context ctx, FactSet facts) {
        RulePack pack = packs.get(ctx.pathParam("pack"));
        return pack.evaluate(facts, Inputs.asOf(ctx, facts), options.limits());
    }

    private Context decision(Context ctx) {
        Format format = Negotiation.format(ctx, DECISION_FORMATS);
        Decision d = evaluate(ctx, inputs.facts(ctx));
        return ctx.contentType(Negotiation.mediaType(format)).result(render(d, format));
    }

    /** As {@code accord evaluate --format} writes it; text unwrapped and without colour. */
    private static String render(Decision d, Format format) {
        return format == Format.TEXT ? Internals.textReports().decision(d, TextStyle.PLAIN) : d.render(format);
    }

    private Context whyNot(Context ctx) {
        Format format = Negotiation.format(ctx, WHY_NOT_FORMATS);
        Decision d = evaluate(ctx, inputs.facts(ctx));
        WhyNot answer;
        try {
            answer = d.whyNot(ctx.pathParam("target"));
        } catch (IllegalArgumentException e) {
            throw Problem.notFound(e.getMessage());
        }
        return ctx.contentType(Negotiation.mediaType(format)).result(answer.render(format));
    }

    /**
     * Explicit edits on the fact set named by {@code ?facts=}: posted as {@code {"set": [{"fact":
     * ID, "field": F, "value": V}], "remove": [ID]}}, or in the query as {@code set=ID.FIELD=VALUE}
     * (VALUE as JSON, or a bare text) and {@code remove=ID}, so a link or a frame can show it.
     * JSON as {@code accord what-if --format json} writes it: both decisions in full and what
     * changed; text, Markdown and HTML render the new decision, which the workbench shows.
     */
    private Context whatIf(Context ctx) {
        String name = ctx.queryParam("facts");
        if (name == null) {
            throw Problem.badRequest("name the fact set to change with ?facts=NAME");
        }
        Format format = Negotiation.format(ctx, DECISION_FORMATS);
        FactSet facts = inputs.named(name);
        List<FactEdit> edits = ctx.method().name().equals("POST") ? edits(body(ctx)) : edits(query(ctx));
        RulePack pack = packs.get(ctx.pathParam("pack"));
        WhatIf.Comparison c;
        try {
            c = WhatIf.apply(pack, facts, edits, Inputs.asOf(ctx, facts), options.limits());
        } catch (IllegalArgumentException e) {
            throw Problem.of(422, "invalid-edit", "The edit does not apply", e.getMessage());
        }
        // The new decision in full for text, Markdown and HTML: the workbench shows it, graph and all, in its frame.
        String body = format == Format.JSON ? c.render(format) : render(c.after(), format);
        return ctx.contentType(Negotiation.mediaType(format)).result(body);
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw Problem.badRequest("expected a JSON object with 'set' and/or 'remove'");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Problem.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The query form of the edits, as the JSON form. */
    private static JsonNode query(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode sets = body.putArray("set");
        for (String set : ctx.queryParams("set")) {
            int eq = set.indexOf('=');
            int dot = eq < 0 ? -1 : set.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0) {
                throw Problem.badRequest("set=" + set + ": expected ID.FIELD=VALUE");
            }
            ObjectNode s = sets.addObject().put("fact", set.substring(0, dot)).put("field", set.substring(dot + 1, eq));
            String value = set.substring(eq + 1);
            try {
                s.set("value", JSON.readTree(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                s.put("value", value); // a bare word is a text
            }
        }
        ArrayNode removes = body.putArray("remove");
        ctx.queryParams("remove").forEach(removes::add);
        return body;
    }

    private static List<FactEdit> edits(JsonNode body) {
        List<FactEdit> edits = new ArrayList<>();
        for (JsonNode set : body.path("set")) {
            String fact = set.path("fact").asText(null);
            String field = set.path("field").asText(null);
            if (fact == null || field == null || !set.has("value")) {
                throw Problem.badRequest("each 'set' needs 'fact', 'field' and 'value'");
            }
            edits.add(new FactEdit.SetField(fact, field, value(set.get("value"))));
        }
        for (JsonNode remove : body.path("remove")) {
            edits.add(new FactEdit.RemoveFact(remove.asText()));
        }
        if (edits.isEmpty()) {
            throw Problem.badRequest("no edits: give 'set' and/or 'remove'");
        }
        return edits;
    }

    /** A value as a fact set writes it: a text, a number, a boolean, or null to unset the field. */
    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        throw Problem.badRequest("a value must be a text, a number, a boolean or null");
    }
}
