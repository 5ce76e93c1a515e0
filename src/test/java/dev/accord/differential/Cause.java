package dev.accord.differential;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * What a difference comes from, as far as a few cheap experiments on the same case tell (the
 * first that makes Accord agree with Drools names the cause): the known bugs of issue 13, and
 * "unexplained" for anything else. A triage, not a proof: each finding's minimal reproduction
 * is what shows the cause.
 */
public enum Cause {
    LEFT_OUT_BOXED_FIELD_IS_ZERO("known bug 2: an Integer/Double field a fact leaves out reads as 0 instead of null"
            + " (Accord agrees once the fact set writes those fields as null)"),
    DATING_NOT_INHERITED("known bug 3: @dated/@timestamp not inherited through declare Sub extends Base"
            + " (Accord agrees once the dated facts of SubRep/SubEv are left out)"),
    SESSION_REUSE("known bug 1 (session reuse leaks state, e.g. of an activation-group): a fresh RulePack agrees with Drools"
            + " on this fact set, the reused one does not"),
    TIMELINE_DIFFERS_FROM_AS_OF("known bug 4: a timeline row differs from evaluating as of that date"
            + " (RulePack.evaluate at every date of the timeline agrees with Drools, evaluateEach does not)"),
    UNEXPLAINED("none of the known bugs: none of the experiments made Accord agree with Drools");

    private final String description;

    Cause(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** A cause and the finding as it stands once the experiments before it are applied (a better start for shrinking). */
    record Triaged(Cause cause, Finding finding) {
    }

    /** Runs the experiments on a finding of pack {@code p}, in order. */
    static Triaged triage(Finding f, PackUnderTest p) {
        Check c = f.check();
        GeneratedFacts other = f.other() == null ? f.facts() : f.other();
        GeneratedFacts nulls = f.facts().withExplicitNulls(p.pack);
        GeneratedFacts otherNulls = other.withExplicitNulls(p.pack);
        Finding withNulls = rerun(c, p, nulls, otherNulls);
        if (withNulls == null) {
            return new Triaged(LEFT_OUT_BOXED_FIELD_IS_ZERO, f);
        }
        GeneratedFacts undated = nulls.withoutDatedSubtypeFacts(p.pack);
        GeneratedFacts otherUndated = otherNulls.withoutDatedSubtypeFacts(p.pack);
        Finding withoutSubtypes = rerun(c, p, undated, otherUndated);
        if (withoutSubtypes == null) {
            return new Triaged(DATING_NOT_INHERITED, withNulls);
        }
        if (c == Check.TIMELINE) {
            return new Triaged(freshAgreesAtEveryDate(p, undated) ? TIMELINE_DIFFERS_FROM_AS_OF : UNEXPLAINED, withoutSubtypes);
        }
        if (c != Check.FIRST_EVALUATION_OF_A_PACK && rerun(Check.FIRST_EVALUATION_OF_A_PACK, p, undated, otherUndated) == null) {
            return new Triaged(SESSION_REUSE, withoutSubtypes);
        }
        return new Triaged(UNEXPLAINED, withoutSubtypes);
    }

    private static Finding rerun(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other) {
        try {
            return c.run(p, facts, other, Check.randomFor(facts));
        } catch (RuntimeException e) {
            return DifferentialRun.failure(c, p, facts, other, e);
        }
    }

    /** Whether evaluating as of each date a timeline would show, each on a fresh RulePack, agrees with Drools. */
    private static boolean freshAgreesAtEveryDate(PackUnderTest p, GeneratedFacts facts) {
        List<LocalDate> dates = Check.timelineDates(p.pack, facts, Check.randomFor(facts));
        for (LocalDate date : dates) {
            GeneratedFacts asOf = facts.withAsOf(date);
            Finding f = rerun(Check.FIRST_EVALUATION_OF_A_PACK, p, asOf, asOf);
            if (f != null) {
                return false;
            }
        }
        return true;
    }
}
