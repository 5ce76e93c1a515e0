package dev.accord;

import dev.accord.rules.PackCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link RulePack#load(java.nio.file.Path, LoadOptions)} loads a pack: the rule policy its DRL
 * is checked against (default {@link RulePolicy#strict()}), how long compiling may take (default
 * {@link #DEFAULT_COMPILE_TIMEOUT}), and the folder of compiled packs to use (default none).
 * Immutable; {@code with...} returns a copy.
 */
public final class LoadOptions {

    /** Generous: the default pack compiles in about a second on a cold JVM. */
    public static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(60);

    private static final LoadOptions DEFAULTS = new LoadOptions(RulePolicy.strict(), DEFAULT_COMPILE_TIMEOUT, null);

    private final RulePolicy policy;
    private final Duration compileTimeout;
    /** The cache's folder, absolute; null for none. */
    private final Path cache;

    private LoadOptions(RulePolicy policy, Duration compileTimeout, Path cache) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.compileTimeout = positive(compileTimeout, "compileTimeout");
        this.cache = cache == null ? null : cache.toAbsolutePath().normalize();
    }

    /**
     * The defaults: the strict policy, {@link #DEFAULT_COMPILE_TIMEOUT}, no cache.
     *
     * @return the shared defaults
     */
    public static LoadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A copy that checks the DRL against another policy.
     *
     * @param policy what the DRL may use, not null
     * @return the copy; this one is unchanged
     */
    public LoadOptions withPolicy(RulePolicy policy) {
        return new LoadOptions(policy, compileTimeout, cache);
    }

    /**
     * A copy with another limit on the time compiling may take.
     *
     * @param timeout longer than zero
     * @return the copy; this one is unchanged
     * @throws IllegalArgumentException when {@code timeout} is null, zero or negative
     */
    public LoadOptions withCompileTimeout(Duration timeout) {
        return new LoadOptions(policy, timeout, cache);
    }

    /**
     * A copy that takes compiled rules from a cache folder when it holds them for exactly the
     * pack's DRL (and the code that compiles it), and stores them there otherwise. The result is
     * the same pack either way; only the time to load differs. Keep the folder as private as the
     * packs: what is in it is run (see {@code docs/SECURITY.md}).
     *
     * @param directory the cache's folder, created when first written; not null
     * @return the copy; this one is unchanged
     */
    public LoadOptions withCache(Path directory) {
        return new LoadOptions(policy, compileTimeout, Objects.requireNonNull(directory, "directory"));
    }

    /**
     * A copy that compiles every pack, with no cache.
     *
     * @return the copy; this one is unchanged
     */
    public LoadOptions withoutCache() {
        return new LoadOptions(policy, compileTimeout, null);
    }

    /**
     * What the DRL is checked against.
     *
     * @return the policy, never null
     */
    public RulePolicy policy() {
        return policy;
    }

    /**
     * How long compiling a pack may take.
     *
     * @return a positive duration
     */
    public Duration compileTimeout() {
        return compileTimeout;
    }

    /**
     * Where compiled packs are kept.
     *
     * @return the cache's folder, absolute; empty when there is no cache
     */
    public Optional<Path> cacheDirectory() {
        return Optional.ofNullable(cache);
    }

    /** The cache as the compiler uses it. */
    PackCache cache() {
        return cache == null ? PackCache.none() : PackCache.in(cache);
    }

    static Duration positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "LoadOptions[policy=" + policy + ", compileTimeout=" + compileTimeout + ", cache=" + (cache == null ? "none" : cache) + "]";
    }
}
