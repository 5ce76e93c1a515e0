package dev.accord.differential;

import java.time.LocalDate;
import java.util.List;

/**
 * What a difference comes from, as far as a few cheap experiments on the same case tell (the
 * first that makes Accord agree with Drools names the cause): the known bugs of issue 13, and
 * "unexplained" for anything else. A triage, not a proof: each finding's minimal reproduction
 * is what shows the cause.
 */
public enum Cause {
    SESSION_REUSE("known bug 1 (session reuse leaks state, e.g. an activation-group's): the first evaluation on a fresh"
            + " RulePack agrees with Drools on this fact set (for a timeline: the same timeline on a fresh RulePack does);"
            + " the check, which evaluates after others on the same RulePack, does not"),
    LEFT_OUT_BOXED_FIELD_IS_ZERO("known bug 2: an Integer/Double field a fact leaves out reads as 0 instead of null"
            + " (a fresh RulePack agrees with Drools once the fact set writes those fields as null)"),
    DATING_NOT_INHERITED("known bug 3: @dated/@timestamp not inherited through declare Sub extends Base"
            + " (a fresh RulePack agrees with Drools once the dated facts of SubRep/SubEv are left out)"),
    TIMELINE_DIFFERS_FROM_AS_OF("known bug 4: a timeline row differs from evaluating as of that date (on a fresh RulePack,"
            + " RulePack.evaluate agrees with Drools at every date of the timeline, evaluateEach does not)"),
    UNEXPLAINED("none of the known bugs: none of the experiments made Accord agree with Drools");

    private final String description;

    Cause(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * A cause, and the finding to shrink for it: the check's own for session reuse, otherwise the
     * difference of a fresh RulePack's first evaluation (or timeline) with the experiments
     * before it applied.
     */
    record Triaged(Cause cause, Finding finding) {
    }

    /**
     * Runs the experiments on a finding of pack {@code p}, in order, each on a RulePack nothing
     * ran on (read back from the pack cache), so that the earlier evaluations of the run cannot
     * sway them.
     */
    static Triaged triage(Finding f, PackUnderTest p) {
        Check single = f.check() == Check.TIMELINE ? Check.TIMELINE : Check.FIRST_EVALUATION_OF_A_PACK;
        GeneratedFacts facts = f.facts();
        Finding fresh = rerun(single, p, facts);
        if (fresh == null) {
            return new Triaged(f.check() == Check.FIRST_EVALUATION_OF_A_PACK ? UNEXPLAINED : SESSION_REUSE, f);
        }
        GeneratedFacts nulls = facts.withExplicitNulls(p.pack);
        if (!nulls.equals(facts)) {
            Finding withNulls = rerun(single, p, nulls);
            if (withNulls == null) {
                return new Triaged(LEFT_OUT_BOXED_FIELD_IS_ZERO, fresh);
            }
            fresh = withNulls;
        }
        GeneratedFacts undated = nulls.withoutDatedSubtypeFacts(p.pack);
        if (!undated.equals(nulls)) {
            Finding withoutSubtypes = rerun(single, p, undated);
            if (withoutSubtypes == null) {
                return new Triaged(DATING_NOT_INHERITED, fresh);
            }
            fresh = withoutSubtypes;
        }
        if (single == Check.TIMELINE && freshAgreesAtEveryDate(p, undated)) {
            return new Triaged(TIMELINE_DIFFERS_FROM_AS_OF, fresh);
        }
        return new Triaged(UNEXPLAINED, fresh);
    }

    /** The check on a fresh RulePack; a finding when it differs or Accord fails. */
    private static Finding rerun(Check c, PackUnderTest p, GeneratedFacts facts) {
        PackUnderTest fresh = p.fresh();
        try {
            return c.run(fresh, facts, facts, Check.randomFor(facts));
        } catch (RuntimeException e) {
            return DifferentialRun.failure(c, fresh, facts, facts, e);
        }
    }

    /** Whether evaluating as of each date a timeline would show, each on a fresh RulePack, agrees with Drools. */
    private static boolean freshAgreesAtEveryDate(PackUnderTest p, GeneratedFacts facts) {
        List<LocalDate> dates = Check.timelineDates(p.pack, facts, Check.randomFor(facts));
        for (LocalDate date : dates) {
            if (rerun(Check.FIRST_EVALUATION_OF_A_PACK, p, facts.withAsOf(date)) != null) {
                return false;
            }
        }
        return true;
    }
}
