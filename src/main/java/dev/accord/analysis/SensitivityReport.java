package dev.accord.analysis;

import java.util.Locale;
import java.util.Map;

/** A sensitivity result as text. */
public final class SensitivityReport {

    private SensitivityReport() {
    }

    /**
     * The report {@code accord sensitivity} prints.
     *
     * @param factsFile names the facts in the heading
     * @param r         the result
     * @return the text, ending with a newline
     */
    public static String render(String factsFile, Sensitivity.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("Sensitivity of ").append(factsFile).append(": ").append(r.influences().size()).append(" uncertain facts, ")
                .append(r.exact() ? "every combination weighed (" + r.combinations() + ")"
                        : r.combinations() + " combinations sampled (Monte Carlo, fixed seed)")
                .append(", ").append(r.evaluations()).append(" distinct fact sets evaluated")
                .append(r.failed() > 0 ? ", " + r.failed() + " of which could not be evaluated" : "").append(".\n\n");
        if (r.influences().isEmpty()) {
            out.append("No fact carries a confidence below 1, so the decision is certain.\n");
        }
        out.append("Recommendation probabilities\n");
        for (Map.Entry<String, Double> e : r.probabilities().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-10s %5.1f%%%n", e.getKey(), 100 * e.getValue()));
        }
        if (!r.influences().isEmpty()) {
            out.append("\nWhat moves ").append(r.mostLikely()).append(" most\n");
            for (Sensitivity.Influence i : r.influences()) {
                out.append(String.format(Locale.ROOT, "  %-32s confidence %.2f: %s %5.1f%% if it holds, %5.1f%% if not (swing %+.1f points)%n",
                        i.fact(), i.confidence(), r.mostLikely(), 100 * i.whenHolds(), 100 * i.whenAbsent(), 100 * i.swing()));
            }
        }
        return out.toString();
    }
}
