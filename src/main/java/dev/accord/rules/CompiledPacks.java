package dev.accord.rules;

import dev.accord.RulePack;
import java.util.Objects;
import java.util.function.Function;

/**
 * The compiled rules of a {@link RulePack}, for the library's own analyses and explanations,
 * which work from the rules' structure; {@code RulePack} does not publish them, and this
 * package is not exported. {@code RulePack} registers the accessor when its class is
 * initialised, which it is before any pack exists.
 */
public final class CompiledPacks {

    private static volatile Function<RulePack, CompiledRules> access;

    private CompiledPacks() {
    }

    /** Called once, by {@code RulePack}'s static initialiser. */
    public static void register(Function<RulePack, CompiledRules> accessor) {
        access = Objects.requireNonNull(accessor, "accessor");
    }

    /** The pack's compiled rules: its rules' shapes, types and imports. */
    public static CompiledRules of(RulePack pack) {
        return access.apply(Objects.requireNonNull(pack, "pack"));
    }
}
