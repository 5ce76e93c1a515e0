package dev.accord.cli;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.explain.Format;
import dev.accord.explain.WhyNot;
import dev.accord.internal.Internals;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord why-not}: why an action is not recommended, a condition not met, a rule not fired. */
@Command(name = "why-not",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Explains why TARGET did not happen: an action that is not recommended, a condition that is not MET,"
                + " or a rule that did not fire. Names the rules that could have brought it about, the first of"
                + " their conditions no fact satisfies, the nearest facts and the constraints they fail."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./accord why-not WITHDRAW",
            "  ./accord why-not ties-cut facts/2021-02-15-nato-ministerial.yaml",
            "  ./accord why-not \"Withdraw when every condition is met\" --format json"})
public final class WhyNotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "An action (WITHDRAW), a condition id (ties-cut) or a rule name.")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FACTS",
            description = "The fact set. Default: " + Defaults.FACTS + " (with the default pack only).")
    Path facts;

    @Mixin
    PackOptions pack = new PackOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = FormatConverter.REPORT_FORMATS)
    Format format = Format.TEXT;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        FormatConverter.report(format, spec);
        Decision decision = pack.load().evaluate(FactSet.load(pack.facts(facts, spec)), limits.limits(spec));
        WhyNot answer;
        try {
            answer = decision.whyNot(target);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        output.write(format == Format.TEXT ? Internals.textReports().whyNot(answer, output.textStyle()) : answer.render(format),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
