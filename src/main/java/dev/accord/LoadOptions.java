package dev.accord;

import dev.accord.rules.policy.RulePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RulePack#load(java.nio.file.Path, LoadOptions)} loads a pack: the rule policy its DRL
 * is checked against (default {@link RulePolicy#strict()}) and how long compiling may take
 * (default {@link #DEFAULT_COMPILE_TIMEOUT}). Immutable; {@code with...} returns a copy.
 */
public final class LoadOptions {

    /** Generous: the default pack compiles in about a second on a cold JVM. */
    public static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(60);

    private static final LoadOptions DEFAULTS = new LoadOptions(RulePolicy.strict(), DEFAULT_COMPILE_TIMEOUT);

    private final RulePolicy policy;
    private final Duration compileTimeout;

    private LoadOptions(RulePolicy policy, Duration compileTimeout) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.compileTimeout = positive(compileTimeout, "compileTimeout");
    }

    public static LoadOptions defaults() {
        return DEFAULTS;
    }

    public LoadOptions withPolicy(RulePolicy policy) {
        return new LoadOptions(policy, compileTimeout);
    }

    public LoadOptions withCompileTimeout(Duration timeout) {
        return new LoadOptions(policy, timeout);
    }

    public RulePolicy policy() {
        return policy;
    }

    public Duration compileTimeout() {
        return compileTimeout;
    }

    static Duration positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "LoadOptions[policy=" + policy + ", compileTimeout=" + compileTimeout + "]";
    }
}
