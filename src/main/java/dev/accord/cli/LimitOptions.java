package dev.accord.cli;

import dev.accord.EvaluationLimits;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The guards on each evaluation a command runs. */
final class LimitOptions {

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + EvaluationLimits.DEFAULT_MAX_FIRINGS,
            description = "Stop an evaluation after N rule firings (the rules probably loop). Default: ${DEFAULT-VALUE}.")
    int maxFirings = EvaluationLimits.DEFAULT_MAX_FIRINGS;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Stop an evaluation after this long, e.g. 30s, 500ms, 2m. Default: ${DEFAULT-VALUE}.")
    Duration timeout = EvaluationLimits.DEFAULT_TIMEOUT;

    @Option(names = "--memory", paramLabel = "SIZE", converter = MemorySizeConverter.class,
            description = "Stop an evaluation when the heap left in use after a full garbage collection passes SIZE,"
                    + " e.g. 512m, 2g. Default: three quarters of the maximum heap (-Xmx).")
    Long memory;

    EvaluationLimits limits(CommandSpec spec) {
        if (maxFirings < 1) {
            throw new ParameterException(spec.commandLine(), "--max-firings must be at least 1, got " + maxFirings);
        }
        EvaluationLimits limits = EvaluationLimits.defaults().withMaxFirings(maxFirings).withTimeout(timeout);
        return memory == null ? limits : limits.withMaxMemory(memory);
    }
}
