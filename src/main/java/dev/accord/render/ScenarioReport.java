package dev.accord.render;

import dev.accord.Rule;
import dev.accord.analysis.Coverage;
import dev.accord.analysis.ScenarioResult;
import dev.accord.explain.Format;
import dev.accord.vocabulary.Status;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scenario results and coverage as text: a line per scenario, then for each failure the
 * expected and actual values side by side and the explanation of what actually happened, then
 * the totals and what the scenarios left untested. Internal: what {@code accord test}, the
 * watch loop and the server print; a caller reads the {@link ScenarioResult}s.
 */
public final class ScenarioReport {

    private ScenarioReport() {
    }

    /**
     * The report {@code accord test} prints.
     *
     * @param packName names the pack in the heading
     * @param results  the scenarios' results
     * @param coverage what they exercised
     * @return the text, ending with a newline
     */
    public static String render(String packName, List<ScenarioResult> results, Coverage coverage) {
        StringBuilder out = new StringBuilder();
        out.append("Scenarios of ").append(packName).append('\n');
        if (results.isEmpty()) {
            out.append("  no scenarios found: a scenario is a fact set with an expect block\n");
        }
        for (ScenarioResult r : results) {
            out.append("  ").append(switch (r.verdict()) {
                case PASSED -> "PASS ";
                case FAILED -> "FAIL ";
                case ERROR -> "ERROR";
            }).append(' ').append(r.file()).append('\n');
            if (!r.passed()) {
                out.append(indent(r.verdict() == ScenarioResult.Verdict.FAILED ? failureDetail(r)
                        : String.join("\n", r.errors().stream().map(Object::toString).toList()) + "\n", "        "));
            }
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        long failed = results.size() - passed;
        out.append('\n').append(passed).append(" passed, ").append(failed).append(" failed\n");
        out.append('\n').append(coverage(coverage));
        return out.toString();
    }

    /**
     * Expected against actual, aligned, then the explanation of the actual decision.
     *
     * @param r a failed scenario's result
     * @return the text, as a JUnit report's failure shows it
     */
    public static String failureDetail(ScenarioResult r) {
        int what = r.mismatches().stream().mapToInt(m -> m.what().length()).max().orElse(0);
        int expected = r.mismatches().stream().mapToInt(m -> m.expected().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        out.append(pad("", what)).append("  ").append(pad("expected", expected)).append("  actual\n");
        for (ScenarioResult.Mismatch m : r.mismatches()) {
            out.append(pad(m.what(), what)).append("  ").append(pad(m.expected(), Math.max(expected, 8)))
                    .append("  ").append(m.actual()).append('\n');
        }
        out.append("\nWhat happened instead:\n").append(indent(r.decision().render(Format.TEXT), "  "));
        return out.toString();
    }

    static String coverage(Coverage c) {
        StringBuilder out = new StringBuilder();
        int total = c.fired().size() + c.neverFired().size();
        out.append("Coverage: ").append(c.fired().size()).append(" of ").append(total).append(" rules fired in at least one scenario\n");
        for (Rule r : c.neverFired()) {
            out.append("  never fired: rule \"").append(r.name()).append("\"  [").append(r.location().fileAndLine()).append("]\n");
        }
        for (Map.Entry<String, Set<Status>> e : c.seen().entrySet()) {
            Set<Status> missing = c.unseen().getOrDefault(e.getKey(), Set.of());
            out.append("  condition ").append(e.getKey()).append(": seen ")
                    .append(e.getValue().isEmpty() ? "never" : e.getValue().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append(missing.isEmpty() ? "" : "; never " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append(c.complete() ? "Coverage is complete.\n" : "Coverage is incomplete.\n");
        return out.toString();
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(l -> l.isEmpty() ? "" : prefix + l).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
