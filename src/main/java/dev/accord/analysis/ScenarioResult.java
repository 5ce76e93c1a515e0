package dev.accord.analysis;

import dev.accord.Decision;
import dev.accord.Diagnostic;
import java.util.List;

/**
 * How one scenario (a fact set with an {@code expect} block) came out.
 *
 * @param decision   the decision, or null when the scenario could not be evaluated
 * @param mismatches what differed from the expectation; empty when it passed
 * @param errors     why it could not be evaluated; empty unless {@link Verdict#ERROR}
 */
public record ScenarioResult(String file, Verdict verdict, List<Mismatch> mismatches, Decision decision,
        List<Diagnostic> errors) {

    /** The scenario's outcome. */
    public enum Verdict {
        /** The decision matched every expectation. */
        PASSED,
        /** The decision differed from an expectation; see {@link ScenarioResult#mismatches()}. */
        FAILED,
        /** The scenario could not be evaluated; see {@link ScenarioResult#errors()}. */
        ERROR
    }

    /** One expectation that did not hold: what was expected and what happened instead. */
    public record Mismatch(String what, String expected, String actual) {
    }

    /**
     * Whether the decision matched the expectation.
     *
     * @return true for {@link Verdict#PASSED}
     */
    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
