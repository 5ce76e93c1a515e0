package dev.accord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code accord}: with no subcommand, evaluates the default pack on the default fact set. */
@Command(name = "accord",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {EvaluateCommand.class, WhyNotCommand.class, TestCommand.class, CheckCommand.class,
            WatchCommand.class, WhatIfCommand.class, SensitivityCommand.class, TimelineCommand.class, ServeCommand.class},
        description = {
            "Decision support for condition-based agreements: evaluates a rule pack (DRL) on a fact set"
                + " (YAML/JSON) and explains the recommendation.",
            "",
            "With no command, evaluates the default pack (" + Defaults.PACK + ") on the default fact set ("
                + Defaults.FACTS + ")."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./accord                                    the default job",
            "  ./accord evaluate facts/hypothetical-all-conditions-met.yaml",
            "  ./accord evaluate --rules my-pack my-facts.yaml --format json"})
public final class AccordCommand implements Callable<Integer> {

    @Option(names = {"-v", "--verbose"}, description = "Show Drools' log messages and stack traces of internal errors.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--no-cache",
            description = "Compile the rule pack even if it was compiled before (see " + Defaults.PACK_CACHE + ").")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluateCommand evaluate = new EvaluateCommand();
        evaluate.pack.noCache = noCache;
        return evaluate.evaluate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
