package dev.accord;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link RulePack} from text held in memory (generated, or read from a database)
 * instead of a folder: a {@code pack.yaml} and DRL files, each named as diagnostics should name
 * it. The DRL is checked against the rule policy of the options (by default
 * {@link dev.accord.RulePolicy#strict()}) and compiled exactly as a folder's is.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builder("orders")
 *     .manifest(packYaml)
 *     .drl("recommendation.drl", drlText)
 *     .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the pack it builds is immutable and thread-safe.
 */
public final class RulePackBuilder {

    private final String name;
    private final Map<String, String> drl = new LinkedHashMap<>();
    private String manifest;
    private LoadOptions options = LoadOptions.defaults();

    RulePackBuilder(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the text of the pack's {@code pack.yaml}: its name, conditions and actions.
     *
     * @param yaml the manifest's text, not null; replaces one set before
     * @return this builder
     */
    public RulePackBuilder manifest(String yaml) {
        this.manifest = Objects.requireNonNull(yaml, "yaml");
        return this;
    }

    /**
     * Adds a DRL file; files are compiled in the order of their names, as a folder's are.
     *
     * @param fileName names the file in diagnostics and explanations, e.g. {@code "ties.drl"}
     * @param text     the DRL, not null
     * @return this builder
     */
    public RulePackBuilder drl(String fileName, String text) {
        drl.put(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(text, "text"));
        return this;
    }

    /**
     * Sets the rule policy, compile timeout and cache to load with.
     *
     * @param options the options; {@link LoadOptions#defaults()} unless set
     * @return this builder
     */
    public RulePackBuilder options(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        return this;
    }

    /**
     * Checks and compiles the pack.
     *
     * @return the pack, immutable and safe to share between threads
     * @throws InvalidRulesException with every problem found: a missing or wrong {@code pack.yaml},
     *                              no DRL, refusals of the policy, compilation errors
     */
    public RulePack build() {
        return RulePack.fromTexts(Path.of(name), manifest, drl, options);
    }
}
