package dev.accord.cli;

import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.RulePolicy;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which pack a command works on and how it is loaded: the same options on every command. */
final class PackOptions {

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR",
            description = "The rule pack: a folder with pack.yaml and .drl files. Default: " + Defaults.PACK + ".")
    Path rules;

    @Option(names = "--trust-rules",
            description = "Compile the pack's DRL without checking it against the rule policy. Only for rules you"
                + " would run as your own code: DRL can do anything Java can. See docs/SECURITY.md.")
    boolean trustRules;

    @Option(names = "--compile-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Give up compiling the pack after this long. Default: ${DEFAULT-VALUE}.")
    Duration compileTimeout = LoadOptions.DEFAULT_COMPILE_TIMEOUT;

    @Option(names = "--no-cache",
            description = "Compile the rule pack even if it was compiled before (see " + Defaults.PACK_CACHE + ").")
    boolean noCache;

    /** True when no {@code --rules} was given: the default pack, with the default fact set. */
    boolean isDefaultPack() {
        return rules == null;
    }

    Path directory() {
        return rules == null ? Defaults.pack() : rules;
    }

    /**
     * The fact set to work on: the one given, or the default one with the default pack. Another
     * pack's facts cannot be guessed, so {@code --rules} without a fact set is a usage error.
     */
    Path facts(Path given, CommandSpec spec) {
        if (given != null) {
            return given;
        }
        if (!isDefaultPack()) {
            throw new ParameterException(spec.commandLine(), "give the fact set to use with --rules " + rules);
        }
        return Defaults.facts();
    }

    /** Where a pack's scenarios are: its scenarios/ folder, and facts/ for the default pack. */
    java.util.List<Path> scenarioFolders() {
        java.util.List<Path> out = new java.util.ArrayList<>();
        if (java.nio.file.Files.isDirectory(directory().resolve("scenarios"))) {
            out.add(directory().resolve("scenarios"));
        }
        if (isDefaultPack()) {
            out.add(Defaults.facts().getParent());
        }
        return out;
    }

    LoadOptions loadOptions() {
        return Defaults.withPackCache(LoadOptions.defaults().withCompileTimeout(compileTimeout)
                .withPolicy(trustRules ? RulePolicy.trusted() : RulePolicy.strict()), noCache);
    }

    RulePack load() {
        return RulePack.load(directory(), loadOptions());
    }
}
