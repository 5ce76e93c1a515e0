package dev.accord;

import dev.accord.rules.PackCache;
import dev.accord.rules.policy.RulePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RulePack#load(java.nio.file.Path, LoadOptions)} loads a pack: the rule policy its DRL
 * is checked against (default {@link RulePolicy#strict()}), how long compiling may take (default
 * {@link #DEFAULT_COMPILE_TIMEOUT}), and the cache of compiled packs to use (default none).
 * Immutable; {@code with...} returns a copy.
 */
public final class LoadOptions {

    /** Generous: the default pack compiles in about a second on a cold JVM. */
    public static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(60);

    private static final LoadOptions DEFAULTS = new LoadOptions(RulePolicy.strict(), DEFAULT_COMPILE_TIMEOUT, PackCache.none());

    private final RulePolicy policy;
    private final Duration compileTimeout;
    private final PackCache cache;

    private LoadOptions(RulePolicy policy, Duration compileTimeout, PackCache cache) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.compileTimeout = positive(compileTimeout, "compileTimeout");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    public static LoadOptions defaults() {
        return DEFAULTS;
    }

    public LoadOptions withPolicy(RulePolicy policy) {
        return new LoadOptions(policy, compileTimeout, cache);
    }

    public LoadOptions withCompileTimeout(Duration timeout) {
        return new LoadOptions(policy, timeout, cache);
    }

    /** Take compiled rules from {@code cache} when it holds them for exactly the pack's DRL, and store them there otherwise. */
    public LoadOptions withCache(PackCache cache) {
        return new LoadOptions(policy, compileTimeout, cache);
    }

    public RulePolicy policy() {
        return policy;
    }

    public Duration compileTimeout() {
        return compileTimeout;
    }

    public PackCache cache() {
        return cache;
    }

    static Duration positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "LoadOptions[policy=" + policy + ", compileTimeout=" + compileTimeout + ", cache=" + cache + "]";
    }
}
