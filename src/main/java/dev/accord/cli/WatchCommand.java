package dev.accord.cli;

import dev.accord.render.ControlCharacters;
import dev.accord.watch.Watch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord watch}: re-check and re-run on every save, until interrupted. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Watches the pack and the fact sets; on every save, reloads the pack and re-runs: evaluates each FACTS"
                + " file (one line each), or with no FACTS runs the scenarios as 'accord test' does. A save that breaks"
                + " the pack prints its diagnostics and leaves the last good pack in use. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  ./accord watch", "  ./accord watch --rules my-pack my-facts.yaml other-facts.yaml"})
public final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Parameters(paramLabel = "FACTS", arity = "0..*", description = "Fact sets to evaluate on every change.")
    List<Path> facts = new ArrayList<>();

    @Override
    public Integer call() {
        Path dir = packOptions.directory();
        List<Path> scenarios = packOptions.scenarioFolders();
        PrintWriter out = spec.commandLine().getOut();
        try (Watch watch = new Watch(dir, packOptions.loadOptions(), limits.limits(spec), facts, scenarios, report -> {
            out.print(ControlCharacters.escape(report));
            out.println();
            out.flush();
        })) {
            watch.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
        return ExitCode.OK;
    }
}
