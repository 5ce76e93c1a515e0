package dev.accord.cli;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import dev.accord.internal.Internals;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord evaluate}: decide on a fact set and print the decision with its explanation. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Evaluates a rule pack on a fact set and prints the recommendation, the status of each condition,"
                + " and why: a \"because\" tree from the recommendation down to the cited facts."},
        exitCodeListHeading = "%nExit codes:%n")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Mixin
    FactsArgument facts = new FactsArgument();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Output format: text (a \"because\" tree), json, md (Markdown), dot (Graphviz) or html"
                    + " (a self-contained report with the graph as a picture). Default: ${DEFAULT-VALUE}.")
    Format format = Format.TEXT;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Decide as of the end of DATE (YYYY-MM-DD): facts dated later are not seen, and windows"
                    + " count back from that day. Default: the fact set's asOf.")
    LocalDate asOf;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() {
        facts.file(pack, spec); // before loading anything: a missing FACTS is a usage error
        return evaluate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Loads, evaluates and prints; failures propagate as exceptions that {@link Failures} reports. */
    int evaluate(PrintWriter out, PrintWriter err) {
        // The fact set does not depend on the pack: read it while the pack loads. A pack that
        // fails to load is still reported first, as when the two were read one after the other.
        Path factsFile = facts.given == null ? Defaults.facts() : facts.given;
        CompletableFuture<FactSet> reading = CompletableFuture.supplyAsync(() -> FactSet.load(factsFile));
        RulePack loaded = pack.load();
        loaded.warnings().forEach(w -> err.println(w.relativeTo(loaded.directory())));
        FactSet factSet = join(reading);
        Decision decision = loaded.evaluate(factSet, asOf != null ? asOf : factSet.asOf().orElse(null),
                limits == null ? dev.accord.EvaluationLimits.defaults() : limits.limits(spec));
        String rendered = format == Format.TEXT ? Internals.textReports().decision(decision, output.textStyle()) : decision.render(format);
        output.write(rendered, out);
        err.flush();
        return ExitCode.OK;
    }

    private static FactSet join(CompletableFuture<FactSet> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // an InvalidFactsException, reported as if read here
            }
            throw e;
        }
    }
}
