package dev.accord.cli;

import dev.accord.Decision;
import dev.accord.EvaluationLimits;
import dev.accord.LoadOptions;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.explain.Format;
import dev.accord.explain.TextRenderer;
import dev.accord.rules.policy.RulePolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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
            description = "Output format: text (a \"because\" tree), json, md (Markdown), dot (Graphviz) or html"
                    + " (a self-contained report with the graph as a picture). Default: ${DEFAULT-VALUE}.")
    Format format = Format.TEXT;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--trust-rules",
            description = "Compile the pack's DRL without checking it against the rule policy. Only for rules you"
                + " would run as your own code: DRL can do anything Java can. See docs/SECURITY.md.")
    boolean trustRules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + EvaluationLimits.DEFAULT_MAX_FIRINGS,
            description = "Stop the evaluation after N rule firings (the rules probably loop). Default: ${DEFAULT-VALUE}.")
    int maxFirings = EvaluationLimits.DEFAULT_MAX_FIRINGS;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Stop the evaluation after this long, e.g. 30s, 500ms, 2m. Default: ${DEFAULT-VALUE}.")
    Duration timeout = EvaluationLimits.DEFAULT_TIMEOUT;

    @Option(names = "--compile-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Give up compiling the pack after this long. Default: ${DEFAULT-VALUE}.")
    Duration compileTimeout = LoadOptions.DEFAULT_COMPILE_TIMEOUT;

    @Override
    public Integer call() {
        if (maxFirings < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-firings must be at least 1, got " + maxFirings);
        }
        if (rules != null && facts == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give the fact set to evaluate with --rules " + rules);
        }
        return evaluate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Loads, evaluates and prints; failures propagate as exceptions that {@link Failures} reports. */
    int evaluate(PrintWriter out, PrintWriter err) {
        LoadOptions options = LoadOptions.defaults().withCompileTimeout(compileTimeout)
                .withPolicy(trustRules ? RulePolicy.trusted() : RulePolicy.strict());
        RulePack pack = RulePack.load(rules == null ? Defaults.pack() : rules, options);
        pack.warnings().forEach(w -> err.println(w.relativeTo(pack.directory())));
        FactSet factSet = FactSet.load(facts == null ? Defaults.facts() : facts);
        Decision decision = pack.evaluate(factSet, EvaluationLimits.defaults().withMaxFirings(maxFirings).withTimeout(timeout));
        String rendered = format == Format.TEXT ? TextRenderer.render(decision, output.textStyle()) : decision.render(format);
        output.write(rendered, out);
        err.flush();
        return ExitCode.OK;
    }
}
