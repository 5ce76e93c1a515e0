package dev.accord.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * The optional FACTS argument of the commands that decide on one fact set (evaluate, what-if,
 * sensitivity): without it, the default fact set, which goes with the default pack only.
 */
final class FactsArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FACTS",
            description = "The fact set, YAML or JSON. Default: " + Defaults.FACTS + " (with the default pack only).")
    Path given;

    /**
     * The fact set to use.
     *
     * @throws picocli.CommandLine.ParameterException when none is given with a pack other than the default
     */
    Path file(PackOptions pack, CommandSpec spec) {
        return pack.facts(given, spec);
    }
}
