package dev.accord.explain;

import dev.accord.Location;
import dev.accord.Rule;
import java.util.List;
import java.util.Map;

/**
 * Why one rule did not fire: the conditions of its {@code when} part that the final facts do not
 * satisfy, each with the facts that came nearest and the constraints they failed.
 *
 * @param fired     true when the rule did fire (then {@code blocks} is empty)
 * @param satisfied true when every condition holds on the final facts, yet the rule did not fire
 * @param blocks    the unsatisfied conditions, first the one the engine stopped at
 * @param note      something the reader should know about the analysis, or null
 */
public record RuleAttempt(Rule rule, boolean fired, boolean satisfied, List<Block> blocks, String note) {

    /**
     * One condition of the rule that no fact satisfies.
     *
     * @param condition the condition in words, with bound values filled in
     * @param written   the condition as written in the DRL
     * @param bindings  the variables bound by the conditions before it
     * @param nearest   facts of the right type that came nearest, fewest failures first
     * @param present   for a {@code not}: the facts that should be absent but are there
     * @param deeper    for a condition on a fact rules conclude: why those rules did not conclude it
     * @param note      why the analysis stops here, or null
     */
    public record Block(String condition, String written, Location location, Map<String, String> bindings,
            List<NearMiss> nearest, List<Evidence> present, List<WhyNot> deeper, String note) {
    }

    /** A fact that came near to satisfying a condition, and the constraints it failed. */
    public record NearMiss(Evidence fact, List<Miss> misses) {
    }

    /**
     * One constraint a near miss failed.
     *
     * @param actual what the constraint's subject is on the fact, e.g. {@code status is ACTIVE}; or null
     * @param error  why it could not be evaluated, or null
     */
    public record Miss(String constraint, Location location, String actual, String error) {
    }
}
