package dev.accord.cli;

import dev.accord.LoadOptions;
import dev.accord.RulePack;
import dev.accord.rules.policy.RulePolicy;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

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

    /** True when no {@code --rules} was given: the default pack, with the default fact set. */
    boolean isDefaultPack() {
        return rules == null;
    }

    Path directory() {
        return rules == null ? Defaults.pack() : rules;
    }

    LoadOptions loadOptions() {
        return LoadOptions.defaults().withCompileTimeout(compileTimeout)
                .withPolicy(trustRules ? RulePolicy.trusted() : RulePolicy.strict());
    }

    RulePack load() {
        return RulePack.load(directory(), loadOptions());
    }
}
