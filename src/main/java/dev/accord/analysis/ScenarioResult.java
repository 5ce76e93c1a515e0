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

    public enum Verdict { PASSED, FAILED, ERROR }

    /** One expectation that did not hold: what was expected and what happened instead. */
    public record Mismatch(String what, String expected, String actual) {
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
