package dev.accord.cli;

import dev.accord.FactEdit;
import dev.accord.FactSet;
import dev.accord.Location;
import dev.accord.RulePack;
import dev.accord.analysis.Counterfactuals;
import dev.accord.analysis.WhatIf;
import dev.accord.explain.Format;
import dev.accord.facts.Fact;
import dev.accord.facts.Node;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code accord what-if}: what would change the answer, or what a given change does. */
@Command(name = "what-if",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Without edits: searches for the smallest sets of changes to the facts that flip the recommendation"
                + " (or reach --target), trying changes drawn from the pack itself: other values for the fields rules"
                + " read, removing a fact, adding a fact a rule asks for. Facts marked fixed are never changed.",
            "With --set, --remove or --add: applies those edits and shows the decision before and after."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./accord what-if --target WITHDRAW",
            "  ./accord what-if --set taliban-al-qaeda.status=SEVERED --remove unama-2020-q4",
            "  ./accord what-if my-facts.yaml --rules my-pack --max-changes 3",
            "  ./accord what-if --target WITHDRAW --format html --output search.html"})
public final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Mixin
    FactsArgument facts = new FactsArgument();

    @Option(names = "--target", paramLabel = "ACTION", description = "Look for changes that lead to this action.")
    String target;

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "2", description = "The most changes in one set. Default: ${DEFAULT-VALUE}.")
    int maxChanges;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "5000",
            description = "The most changed fact sets to evaluate. Default: ${DEFAULT-VALUE}.")
    int budget;

    @Option(names = "--show", paramLabel = "N", defaultValue = "5",
            description = "Show the N most plausible sets of changes in full (text, md, html; json has them all)."
                    + " Default: ${DEFAULT-VALUE}.")
    int show;

    @Option(names = "--set", paramLabel = "ID.FIELD=VALUE", description = "Set a field of a fact (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "ID", description = "Remove a fact (repeatable).")
    List<String> removes = new ArrayList<>();

    @Option(names = "--add", paramLabel = "FILE", description = "Add the facts of a fact-set file (repeatable).")
    List<Path> adds = new ArrayList<>();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = FormatConverter.REPORT_FORMATS)
    Format format = Format.TEXT;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (maxChanges < 1 || budget < 1) {
            throw new ParameterException(spec.commandLine(), "--max-changes and --budget must be at least 1");
        }
        FormatConverter.report(format, spec);
        RulePack loaded = pack.load();
        FactSet factSet = FactSet.load(facts.file(pack, spec));
        String report;
        if (sets.isEmpty() && removes.isEmpty() && adds.isEmpty()) {
            if (target != null && loaded.action(target).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "unknown action '" + target + "'; the pack's actions are "
                        + String.join(", ", loaded.actions().stream().map(a -> a.id()).toList()));
            }
            var options = Counterfactuals.Options.defaults().withTarget(target).withMaxChanges(maxChanges).withBudget(budget)
                    .withLimits(limits.limits(spec));
            report = Counterfactuals.search(loaded, factSet, options).render(format, Math.max(1, show));
        } else {
            try {
                report = WhatIf.apply(loaded, factSet, edits(), factSet.asOf().orElse(null), limits.limits(spec)).render(format);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        output.write(FormatConverter.written(format, report), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private List<FactEdit> edits() {
        List<FactEdit> edits = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            int dot = eq < 0 ? -1 : set.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0) {
                throw new ParameterException(spec.commandLine(), "--set " + set + ": expected ID.FIELD=VALUE");
            }
            edits.add(new FactEdit.SetField(set.substring(0, dot), set.substring(dot + 1, eq), value(set.substring(eq + 1)),
                    Location.of("--set " + set)));
        }
        removes.forEach(r -> edits.add(new FactEdit.RemoveFact(r)));
        for (Path file : adds) {
            for (Fact f : Internals.factSets().facts(FactSet.load(file))) {
                Map<String, Object> fields = new LinkedHashMap<>();
                f.fields().forEach((k, e) -> fields.put(k, e.value() instanceof Node.Scalar s ? s.value() : null));
                edits.add(new FactEdit.AddFact(f.type(), f.id(), fields, f.location()));
            }
        }
        return edits;
    }

    /**
     * A value as a fact set would read it: true/false, a number, null (the field unset), or a
     * text (quotes optional; quoted, {@code 'null'} is the text).
     */
    static Object value(String text) {
        String t = text.strip();
        if (t.equals("null")) {
            return null;
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        if (t.matches("-?\\d+")) {
            return Long.valueOf(t);
        }
        if (t.matches("-?\\d+\\.\\d+")) {
            return new java.math.BigDecimal(t);
        }
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
