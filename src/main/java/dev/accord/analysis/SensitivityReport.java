package dev.accord.analysis;

import java.util.Locale;
import java.util.Map;

/** A sensitivity result as text; {@link Sensitivity.Result#render} calls it for {@code Format.TEXT}. */
final class SensitivityReport {

    private SensitivityReport() {
    }

    /** The report {@code accord sensitivity} prints, the facts named as {@code factsFile}; ends with a newline. */
    static String render(String factsFile, Sensitivity.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("Sensitivity of ").append(factsFile).append(": ").append(counts(r)).append(".\n\n");
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

    /** How much was weighed, e.g. "3 uncertain facts, every combination weighed (8), 8 distinct fact sets evaluated". */
    static String counts(Sensitivity.Result r) {
        return r.influences().size() + " uncertain facts, " + (r.exact() ? "every combination weighed (" + r.combinations() + ")"
                : r.combinations() + " combinations sampled (Monte Carlo, fixed seed)") + ", " + r.evaluations()
                + " distinct fact sets evaluated" + (r.failed() > 0 ? ", " + r.failed() + " of which could not be evaluated" : "");
    }

    /** A probability as a percentage with one decimal; a dash when it was never weighed. */
    static String percent(double p) {
        return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
