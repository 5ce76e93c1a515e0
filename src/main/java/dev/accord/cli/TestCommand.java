package dev.accord.cli;

import dev.accord.RulePack;
import dev.accord.analysis.Coverage;
import dev.accord.analysis.ScenarioResult;
import dev.accord.analysis.ScenarioRunner;
import dev.accord.render.ControlCharacters;
import dev.accord.render.ScenarioReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord test}: run the scenarios and report failures and rule coverage. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs every scenario (a fact set with an expect block) against the pack and reports, for each failure,"
                + " expected against actual and the explanation of what happened; then which rules never fired and"
                + " which condition statuses were never seen. Exits non-zero when a scenario fails."},
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./accord test                                   the default pack's scenarios",
            "  ./accord test --rules my-pack my-pack/scenarios --junit target/accord-junit.xml"})
public final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packOptions = new PackOptions();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Scenario files or folders (every fact set with an expect block below them)."
                    + " Default: the pack's scenarios/ folder, and facts/ for the default pack.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junit;

    @Override
    public Integer call() {
        RulePack pack = packOptions.load();
        List<Path> files = ScenarioRunner.scenarioFiles(paths.isEmpty() ? packOptions.scenarioFolders() : paths);
        List<ScenarioResult> results = ScenarioRunner.run(pack, files, limits.limits(spec));
        Coverage coverage = Coverage.of(pack, results.stream().map(ScenarioResult::decision).filter(Objects::nonNull)
                .toList());
        spec.commandLine().getOut().print(ControlCharacters.escape(ScenarioReport.render(pack.name(), results, coverage)));
        spec.commandLine().getOut().flush();
        if (junit != null) {
            OutputOptions file = new OutputOptions();
            file.output = junit;
            file.write(JUnitReport.xml(pack.name(), results), spec.commandLine().getOut());
        }
        boolean allPassed = !results.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
        return allPassed ? ExitCode.OK : ExitCode.CHECKS_FAILED;
    }
}
