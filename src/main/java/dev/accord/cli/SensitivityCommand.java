package dev.accord.cli;

import dev.accord.FactSet;
import dev.accord.analysis.Sensitivity;
import dev.accord.explain.Format;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code accord sensitivity}: how likely each recommendation is, given the facts' confidence. */
@Command(name = "sensitivity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Weighs the facts that carry a confidence (confidence: 0.7 means the analyst believes it holds with"
                + " probability 0.7): the probability of each recommendation, and which facts move it most. Exact"
                + " when the uncertain facts are few, Monte Carlo with a fixed seed otherwise, on every core."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  ./accord sensitivity", "  ./accord sensitivity my-facts.yaml --rules my-pack --samples 10000 --seed 7",
            "  ./accord sensitivity --format json"})
public final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Mixin
    FactsArgument facts = new FactsArgument();

    @Option(names = "--exact-up-to", paramLabel = "N", defaultValue = "10",
            description = "Weigh every combination when there are at most N uncertain facts. Default: ${DEFAULT-VALUE}.")
    int exactUpTo;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000",
            description = "Combinations to sample otherwise. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20210215", description = "The sampling seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = FormatConverter.REPORT_FORMATS)
    Format format = Format.TEXT;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (samples < 1 || exactUpTo < 0 || exactUpTo > 20) {
            throw new ParameterException(spec.commandLine(), "--samples must be at least 1 and --exact-up-to from 0 to 20");
        }
        FormatConverter.report(format, spec);
        Path file = facts.file(pack, spec);
        var options = new Sensitivity.Options(exactUpTo, samples, seed, limits.limits(spec));
        Sensitivity.Result result;
        try {
            result = Sensitivity.analyze(pack.load(), FactSet.load(file), options);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        output.write(FormatConverter.written(format, result.render(format)), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
