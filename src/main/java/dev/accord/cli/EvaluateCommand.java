package dev.accord.cli;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "The rule pack: a folder with pack.yaml and .drl files. Default: " + Defaults.PACK + ".")
    Path rules;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FACTS",
            description = "The fact set, YAML or JSON. Default: " + Defaults.FACTS + " (with the default pack only).")
    Path facts;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Output format: text or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.TEXT;

    @Option(names = "--no-cache",
            description = "Compile the rule pack even if it was compiled before (see " + Defaults.PACK_CACHE + ").")
    boolean noCache;

    @Override
    public Integer call() {
        if (rules != null && facts == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give the fact set to evaluate with --rules " + rules);
        }
        return evaluate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Loads, evaluates and prints; failures propagate as exceptions that {@link Failures} reports. */
    int evaluate(PrintWriter out, PrintWriter err) {
        // The fact set does not depend on the pack: read it while the pack loads. A pack that
        // fails to load is still reported first, as when the two were read one after the other.
        Path factsFile = facts == null ? Defaults.facts() : facts;
        CompletableFuture<FactSet> reading = CompletableFuture.supplyAsync(() -> FactSet.load(factsFile));
        RulePack pack = RulePack.load(rules == null ? Defaults.pack() : rules, Defaults.packCache(noCache));
        pack.warnings().forEach(w -> err.println(w.relativeTo(pack.directory())));
        Decision decision = pack.evaluate(join(reading));
        out.print(decision.render(format));
        out.flush();
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
