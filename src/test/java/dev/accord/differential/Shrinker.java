package dev.accord.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a finding smaller while the same check still finds a difference: drops facts one at a
 * time (cheap), then rules in halves, quarters and so on down to one at a time (each try
 * compiles the smaller pack on both sides), then facts again. Within a time budget: a finding
 * is reported shrunk as far as the budget allowed.
 */
final class Shrinker {

    private final DifferentialRun run;
    private int variants;
    /** The cause being shrunk: a smaller case counts only when the triage still gives this cause. */
    private Cause target;

    Shrinker(DifferentialRun run) {
        this.run = run;
    }

    /**
     * Shrinks one finding of each cause the triage found, the unexplained ones first, each for
     * at most half of {@code seconds}, until the time is up. A smaller case replaces the finding
     * only while the same check still differs and the triage still gives the same cause.
     */
    void shrinkOnePerCause(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Cause> order = new ArrayList<>(List.of(Cause.UNEXPLAINED));
        for (Cause c : Cause.values()) {
            if (c != Cause.UNEXPLAINED) {
                order.add(c);
            }
        }
        for (Cause cause : order) {
            List<Cause.Triaged> examples = run.examplesByCause.getOrDefault(cause, List.of());
            if (examples.isEmpty()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                run.shrunkByCause.put(cause, "(not shrunk: the time for shrinking went to other causes; run the pack alone,"
                        + " which gives shrinking ten times as long)\n" + examples.get(0).finding().report());
                continue;
            }
            Finding first = examples.get(0).finding();
            target = cause;
            try {
                Finding small = shrink(first, System.nanoTime() + Math.min(left, seconds * 1_000_000_000L / 2));
                run.shrunkByCause.put(cause, "MINIMAL REPRODUCTION (shrunk while the same check still differs):\n" + small.report()
                        + freshNote(small));
            } catch (RuntimeException e) {
                run.shrunkByCause.put(cause, "(shrinking failed: " + e + ")\n" + first.report());
            }
        }
    }

    Finding shrink(Finding finding, long deadline) {
        Finding best = finding;
        PackUnderTest p = run.open(best.pack(), best.pack().name() + "-shrink-" + (++variants));
        best = dropFacts(p, best, deadline);
        List<GeneratedPack.Rule> rules = new ArrayList<>(best.pack().rules());
        for (int chunk = Math.max(1, rules.size() / 2); chunk >= 1 && System.nanoTime() < deadline; chunk /= 2) {
            for (int start = 0; start < rules.size() && System.nanoTime() < deadline; ) {
                List<GeneratedPack.Rule> kept = new ArrayList<>(rules);
                kept.subList(start, Math.min(rules.size(), start + chunk)).clear();
                Finding smaller = kept.isEmpty() ? null : retry(best, best.pack().withRules(kept));
                if (smaller != null) {
                    best = smaller;
                    rules = kept;
                } else {
                    start += chunk;
                }
            }
            if (chunk == 1) {
                break;
            }
        }
        p = run.open(best.pack(), best.pack().name() + "-shrink-" + (++variants));
        return dropFacts(p, best, deadline);
    }

    /** The finding with the smaller pack, or null when the difference goes away (or the pack does not compile). */
    private Finding retry(Finding f, GeneratedPack smaller) {
        PackUnderTest p;
        try {
            p = run.open(smaller, smaller.name() + "-shrink-" + (++variants));
        } catch (RuntimeException e) {
            return null;
        }
        return again(f.check(), p, f.facts(), f.other());
    }

    /** Drops facts of the fact set (and of the one evaluated before it) in chunks, then one at a time. */
    private Finding dropFacts(PackUnderTest p, Finding f, long deadline) {
        Finding best = f;
        for (boolean changed = true; changed && System.nanoTime() < deadline; ) {
            changed = false;
            for (boolean ofOther : new boolean[] {false, true}) {
                if (ofOther && (best.other() == null || !best.usesOther())) {
                    continue;
                }
                List<GeneratedFacts.Fact> facts = new ArrayList<>((ofOther ? best.other() : best.facts()).facts());
                for (int chunk = Math.max(1, facts.size() / 2); chunk >= 1 && System.nanoTime() < deadline; chunk /= 2) {
                    for (int start = 0; start < facts.size() && System.nanoTime() < deadline; ) {
                        List<GeneratedFacts.Fact> kept = new ArrayList<>(facts);
                        kept.subList(start, Math.min(facts.size(), start + chunk)).clear();
                        Finding smaller = ofOther ? again(f.check(), p, best.facts(), best.other().withFacts(kept))
                                : again(f.check(), p, best.facts().withFacts(kept), best.other());
                        if (smaller != null) {
                            best = smaller;
                            facts = kept;
                            changed = true;
                        } else {
                            start += chunk;
                        }
                    }
                    if (chunk == 1) {
                        break;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The check once more, on a RulePack nothing ran on, with the check's own choices (shuffling,
     * which field to edit) made as before; a finding only when the triage gives the same cause.
     */
    private Finding again(Check check, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other) {
        PackUnderTest fresh = p.fresh();
        Finding f;
        try {
            GeneratedFacts o = other == null ? facts : other;
            f = check.run(fresh, facts, o, Check.randomFor(facts));
        } catch (Oracle.Failure e) {
            return null;
        } catch (RuntimeException e) {
            // Accord failing where Drools did not is a difference too; the oracle failing is not.
            f = e.getClass().getName().startsWith("dev.accord.") ? DifferentialRun.failure(check, fresh, facts, other, e) : null;
        }
        if (f == null || target == null) {
            return f;
        }
        try {
            return Cause.triage(f, fresh).cause() == target ? f : null;
        } catch (Oracle.Failure e) {
            return null;
        }
    }

    /** Whether a RulePack no evaluation ran on agrees with Drools on the minimal case: then only reuse differs. */
    private String freshNote(Finding f) {
        if (f.check() == Check.FIRST_EVALUATION_OF_A_PACK) {
            return "";
        }
        try {
            PackUnderTest p = run.open(f.pack(), f.pack().name() + "-shrink-" + (++variants));
            Finding fresh = Check.FIRST_EVALUATION_OF_A_PACK.run(p, f.facts(), f.other(), Check.randomFor(f.facts()));
            return fresh == null ? "NOTE: the first evaluation on a fresh RulePack agrees with Drools on this fact set;"
                    + " the difference needs an earlier evaluation on the same RulePack (or another path).\n"
                    : "NOTE: a fresh RulePack differs too: " + fresh.differences() + "\n";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
