package example;

import dev.accord.ConditionStatus;
import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.RulePack;
import dev.accord.analysis.Counterfactuals;
import dev.accord.analysis.WhatIf;
import dev.accord.explain.Conclusion;
import dev.accord.explain.Evidence;
import dev.accord.explain.Format;
import dev.accord.explain.InputFact;
import dev.accord.explain.Justification;
import dev.accord.explain.WhyNot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an application does with Accord, checked: exits with status 1 and the failed checks on
 * stderr when the library does not behave as its guide (docs/java-api.md) says.
 */
public final class Embedding {

    private static final List<String> FAILED = new ArrayList<>();

    public static void main(String[] args) {
        RulePack pack = RulePack.fromClasspath("packs/nato-afghanistan");
        check(pack.directory().toString().equals("packs/nato-afghanistan"),
                "the pack is read from the application's jar: " + pack.directory());

        FactSet facts = FactSet.builder("intake-api")
                .asOf(LocalDate.of(2021, 2, 15))
                .source("unama-2020", "UNAMA annual report 2020")
                .fact("Agreement", f -> f.id("doha-agreement").set("signed", LocalDate.of(2020, 2, 29)).fixed())
                .fact("Actor", f -> f.id("taliban").set("name", "the Taliban").set("kind", "INSURGENT_GROUP"))
                .fact("Actor", f -> f.id("al-qaeda").set("name", "al-Qaeda").set("kind", "TERRORIST_ORGANISATION"))
                .fact("Tie", f -> f.id("taliban-al-qaeda").set("from", "taliban").set("to", "al-qaeda")
                        .set("status", "ACTIVE").set("verified", true).origin("ties-db row 7"))
                .fact("Actor", f -> f.id("afghan-government").set("name", "the Afghan government").set("kind", "GOVERNMENT"))
                .fact("Talks", f -> f.id("intra-afghan-negotiations").set("party", "taliban")
                        .set("counterpart", "afghan-government").set("status", "ONGOING")
                        .set("started", LocalDate.of(2020, 9, 12)))
                .fact("ViolenceReport", f -> f.id("unama-2020-q4")
                        .set("periodFrom", LocalDate.of(2020, 10, 1)).set("periodTo", LocalDate.of(2020, 12, 31))
                        .set("changePercent", 45).source("unama-2020").confidence(0.85))
                .build();
        check(pack.validate(facts).isEmpty(), "facts built in code fit the pack");

        Decision decision = pack.evaluate(facts);
        check(decision.action().orElse("").equals("STAY"), "recommends STAY: " + decision);
        check(decision.condition("ties-cut").orElseThrow().status() == ConditionStatus.NOT_MET, "ties-cut is NOT_MET");

        List<String> walked = new ArrayList<>();
        decision.condition("ties-cut").orElseThrow().assessments().forEach(a -> walk(a.derivation(), walked));
        check(walked.contains("ties.drl:8"), "the derivation names the rule's line: " + walked);
        check(walked.contains("ties-db row 7"), "the derivation names the fact's origin: " + walked);

        WhyNot whyNot = decision.whyNot("WITHDRAW");
        check(!whyNot.holds() && whyNot.render(Format.TEXT).startsWith("Why not WITHDRAW?"), "why-not WITHDRAW answers");

        WhatIf.Comparison severed = WhatIf.apply(pack, facts,
                List.of(new FactEdit.SetField("taliban-al-qaeda", "status", "SEVERED")));
        check(severed.after().condition("ties-cut").orElseThrow().status() == ConditionStatus.MET,
                "what-if: a severed tie meets ties-cut");
        Counterfactuals.Result search = Counterfactuals.search(pack, facts,
                Counterfactuals.Options.defaults().withTarget("WITHDRAW"));
        check(!search.changeSets().isEmpty(), "what-if finds a way to WITHDRAW");

        FactSet form = FactSet.builder("web-form").fact("Tie", f -> f.id("t1").set("status", "BROKEN")).build();
        List<Diagnostic> problems = pack.validate(form);
        check(problems.size() == 1 && problems.get(0).toString().startsWith("web-form: error: fact 't1': Tie.status"),
                "a bad fact set is refused with a located diagnostic: " + problems);
        try {
            pack.evaluate(form);
            check(false, "evaluating a bad fact set throws");
        } catch (InvalidFactsException e) {
            check(e.diagnostics().equals(problems), "evaluate raises what validate found");
        }

        boundary();

        if (!FAILED.isEmpty()) {
            FAILED.forEach(f -> System.err.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("embedding: all checks passed, " + (Embedding.class.getModule().isNamed()
                ? "as module " + Embedding.class.getModule().getName() + " on the module path"
                : "on the class path"));
    }

    /**
     * On the module path, only the API packages are Accord's to use: an internal class can be
     * loaded by name but not used, even by reflection. On the class path there is no such boundary.
     */
    private static void boundary() {
        Module accord = RulePack.class.getModule();
        if (!Embedding.class.getModule().isNamed()) {
            check(!accord.isNamed(), "on the class path, Accord is in the unnamed module too");
            return;
        }
        check(accord.isNamed() && accord.getName().equals("dev.accord"), "Accord is the module dev.accord: " + accord);
        check(accord.getDescriptor().exports().stream().map(e -> e.source()).sorted().toList().equals(List.of(
                "dev.accord", "dev.accord.analysis", "dev.accord.explain", "dev.accord.vocabulary")),
                "dev.accord exports the four API packages only: " + accord.getDescriptor().exports());
        check(!accord.isExported("dev.accord.engine") && !accord.isOpen("dev.accord.engine", Embedding.class.getModule()),
                "dev.accord.engine is neither exported nor open to the application");
        try {
            Class<?> internal = Class.forName("dev.accord.engine.SessionRunner");
            internal.getMethod("shutdownThreads").invoke(null);
            check(false, "an internal class's public method cannot be called by reflection");
        } catch (IllegalAccessException expected) {
            check(expected.getMessage().contains("does not export dev.accord.engine"),
                    "the refusal names the unexported package: " + expected.getMessage());
        } catch (ReflectiveOperationException e) {
            check(false, "dev.accord.engine.SessionRunner.shutdownThreads() is there to be refused: " + e);
        }
    }

    private static void walk(Evidence evidence, List<String> locations) {
        if (evidence instanceof Conclusion c) {
            for (Justification j : c.justifications()) {
                locations.add(j.rule().location().fileAndLine());
                j.premises().forEach(p -> walk(p, locations));
            }
        } else if (evidence instanceof InputFact f) {
            locations.add(f.location().fileAndLine());
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            FAILED.add(what);
        }
    }
}
