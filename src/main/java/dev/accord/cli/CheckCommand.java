package dev.accord.cli;

import dev.accord.Diagnostic;
import dev.accord.RulePack;
import dev.accord.analysis.PackCheck;
import dev.accord.render.ControlCharacters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord check}: everything wrong with a pack, in compiler form, before it runs. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks a rule pack without running it and prints each problem as file:line:column: error|warning: message,"
                + " so editors can jump to it: compile errors; rules without @explain or whose @explain names variables"
                + " the rule does not bind; conditions no rule assesses and actions no rule recommends; declared types"
                + " and fields no rule reads; rules that can recommend different actions on the same facts with nothing"
                + " to decide between them."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  ./accord check", "  ./accord check --rules my-pack --strict"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Option(names = "--strict", description = "Exit with code 7 when there are warnings (errors always exit with 3).")
    boolean strict;

    @Override
    public Integer call() {
        Path dir = packOptions.directory();
        RulePack pack = packOptions.load();
        List<Diagnostic> problems = PackCheck.check(pack);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(d -> out.println(ControlCharacters.escape(String.valueOf(d.relativeTo(dir)))));
        out.println(problems.isEmpty() ? dir + ": no problems found (" + pack.ruleCount() + " rules)"
                : dir + ": " + problems.size() + (problems.size() == 1 ? " warning" : " warnings"));
        out.flush();
        return strict && !problems.isEmpty() ? ExitCode.CHECKS_FAILED : ExitCode.OK;
    }
}
