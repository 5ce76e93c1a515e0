package dev.accord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.Source;
import dev.accord.analysis.PackCheck;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * What the server serves and the files behind it: the packs and fact sets, a pack's check, a
 * file's text, a draft's check, and saving (editors only; checked first, written whole).
 */
final class WorkspaceRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Packs packs;
    private final Inputs inputs;
    private final Drafts drafts;

    WorkspaceRoutes(Workspace workspace, Packs packs, Inputs inputs) {
        this.workspace = workspace;
        this.packs = packs;
        this.inputs = inputs;
        this.drafts = new Drafts(workspace, packs);
    }

    void register(RoutesConfig routes, Admission admission) {
        routes.get("/v1/packs", this::listPacks);
        routes.get("/v1/packs/{pack}", admission.forPack(packs, this::pack));
        routes.get("/v1/packs/{pack}/check", admission.forPack(packs, this::check));
        routes.get("/v1/facts", this::listFacts);
        routes.get("/v1/facts/<name>", this::factSet);
        routes.get("/v1/files/<name>", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result(workspace.read(ctx.pathParam("name"))));
        routes.post("/v1/check", ctx -> admission.run(() -> checkDraft(ctx)));
        routes.put("/v1/files/<name>", ctx -> admission.run(() -> save(ctx)));
    }

    private void listPacks(Context ctx) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("packs");
        workspace.packs().keySet().forEach(name -> {
            ObjectNode p = list.addObject();
            p.put("name", name);
            ArrayNode files = p.putArray("files");
            workspace.packFiles(name).forEach(files::add);
        });
        ctx.json(out);
    }

    private Context pack(Context ctx) {
        RulePack pack = packs.get(ctx.pathParam("pack"));
        ObjectNode out = JSON.createObjectNode();
        out.put("name", ctx.pathParam("pack"));
        out.put("title", pack.title());
        out.put("rules", pack.ruleCount());
        ArrayNode conditions = out.putArray("conditions");
        pack.conditions().forEach(c -> conditions.addObject().put("id", c.id()).put("title", c.title()));
        ArrayNode actions = out.putArray("actions");
        pack.actions().forEach(a -> actions.addObject().put("id", a.id()).put("title", a.title()));
        ArrayNode files = out.putArray("files");
        workspace.packFiles(ctx.pathParam("pack")).forEach(files::add);
        return ctx.contentType("application/json").result(out.toString());
    }

    private Context check(Context ctx) {
        String name = ctx.pathParam("pack");
        RulePack pack = packs.get(name);
        return ctx.contentType("application/json").result(diagnostics(name, false,
                PackCheck.check(pack).stream().map(d -> d.relativeTo(java.nio.file.Path.of("rules", name))).toList()).toString());
    }

    private void listFacts(Context ctx) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("factSets");
        workspace.factSets().keySet().forEach(name -> list.addObject().put("name", name).put("file", "facts/" + name));
        ctx.json(out);
    }

    /** A fact set as the page lists it: each fact's label, type, fields as written, line and source. */
    private void factSet(Context ctx) {
        String name = ctx.pathParam("name");
        FactSet facts = inputs.named(name);
        ObjectNode out = JSON.createObjectNode();
        out.put("name", name);
        out.put("file", "facts/" + name);
        out.put("asOf", facts.asOf().map(Object::toString).orElse(null));
        ArrayNode list = out.putArray("facts");
        for (Fact f : Internals.factSets().facts(facts)) {
            ObjectNode n = list.addObject();
            n.put("label", f.label());
            n.put("type", f.type());
            n.put("id", f.id());
            n.put("line", f.location().line());
            n.put("fixed", f.isFixed());
            // The citation, so a page can show where a fact comes from beside its lines.
            Source source = f.source() == null ? null : facts.sources().get(f.source());
            n.put("source", f.source());
            n.put("citation", source == null ? null : source.citation());
            n.put("url", source == null ? null : source.url());
            ObjectNode fields = n.putObject("fields");
            f.fields().forEach((k, e) -> {
                if (e.value() instanceof Node.Scalar s) {
                    fields.put(k, s.value() == null ? null : s.value().toString());
                }
            });
        }
        ctx.json(out);
    }

    /** {@code {"file": NAME, "content": TEXT}}: the diagnostics the file would have, without saving it. */
    private Context checkDraft(Context ctx) {
        JsonNode body = draftBody(ctx);
        String name = body.path("file").asText();
        Drafts.Result r = drafts.check(name, body.path("content").asText());
        return ctx.contentType("application/json").result(diagnostics(name, r.errors(), r.diagnostics()).toString());
    }

    private Context save(Context ctx) {
        if (ctx.attribute("role") != Access.Role.EDITOR) {
            throw Problem.forbidden("saving files needs the editor role; this token is a viewer's");
        }
        String name = ctx.pathParam("name");
        String content = ctx.body();
        Drafts.Result r = drafts.check(name, content);
        if (r.errors()) {
            throw new Problem(422, "not-saved", "The file has errors and was not saved",
                    name + " was not saved: fix the errors first", r.diagnostics(), java.util.Map.of());
        }
        workspace.write(name, content);
        if (name.startsWith("rules/")) {
            packs.changed(name.split("/")[1]);
        }
        return ctx.contentType("application/json").result(diagnostics(name, false, r.diagnostics()).put("saved", true).toString());
    }

    private static JsonNode draftBody(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.path("file").isTextual() || !body.path("content").isTextual()) {
                throw Problem.badRequest("expected {\"file\": NAME, \"content\": TEXT}");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Problem.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static ObjectNode diagnostics(String file, boolean errors, List<Diagnostic> found) {
        ObjectNode out = JSON.createObjectNode();
        out.put("file", file);
        out.put("errors", errors);
        ArrayNode list = out.putArray("diagnostics");
        found.forEach(d -> ProblemJson.add(list, d));
        return out;
    }
}
