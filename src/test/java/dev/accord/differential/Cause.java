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
    LEFT_OUT_BOXED_FIELD_IS_ZERO("known bug 2: an Integer/Double field a fact leaves out reads as 0 instead of null"
            + " (the check agrees with Drools on a fresh RulePack once the fact set writes those fields as null)"),
    DATING_NOT_INHERITED("known bug 3: @dated/@timestamp not inherited through declare Sub extends Base"
            + " (the check agrees with Drools on a fresh RulePack once the dated facts of SubRep/SubEv are left out too)"),
    SESSION_REUSE("known bug 1 (session reuse leaks state, e.g. an activation-group's): with the changes above, the first"
            + " evaluation on a fresh RulePack agrees with Drools (for a timeline: the same timeline on a fresh RulePack"
            + " does); the check, which evaluates after others on the same RulePack, does not"),
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
     * A cause, and the finding to shrink for it: the check's own, on the facts as the experiments
     * before the one that made Accord agree left them.
     */
    record Triaged(Cause cause, Finding finding) {
    }

    /**
     * Runs the experiments on a finding of pack {@code p}, in order, each on a RulePack nothing
     * ran on (read back from the pack cache), so that the earlier evaluations of the run cannot
     * sway them; each keeps the changes of the ones before it, so that a case with two causes
     * is put down to the later one once the earlier one's part is taken out.
     */
    static Triaged triage(Finding f, PackUnderTest p) {
        Check c = f.check();
        GeneratedFacts facts = f.facts();
        GeneratedFacts other = f.other() == null ? facts : f.other();
        Finding current = f;
        GeneratedFacts nulls = facts.withExplicitNulls(p.pack);
        GeneratedFacts otherNulls = other.withExplicitNulls(p.pack);
        if (!nulls.equals(facts) || !otherNulls.equals(other)) {
            Finding withNulls = rerun(c, p, nulls, otherNulls);
            if (withNulls == null) {
                return new Triaged(LEFT_OUT_BOXED_FIELD_IS_ZERO, current);
            }
            current = withNulls;
        }
        GeneratedFacts undated = nulls.withoutDatedSubtypeFacts(p.pack);
        GeneratedFacts otherUndated = otherNulls.withoutDatedSubtypeFacts(p.pack);
        if (!undated.equals(nulls) || !otherUndated.equals(otherNulls)) {
            Finding withoutSubtypes = rerun(c, p, undated, otherUndated);
            if (withoutSubtypes == null) {
                return new Triaged(DATING_NOT_INHERITED, current);
            }
            current = withoutSubtypes;
        }
        if (c == Check.TIMELINE) {
            // The difference stays on a fresh RulePack (rerun above, or the timeline's own run).
            if (rerun(c, p, undated, otherUndated) == null) {
                return new Triaged(SESSION_REUSE, current);
            }
            return new Triaged(freshAgreesAtEveryDate(p, undated) ? TIMELINE_DIFFERS_FROM_AS_OF : UNEXPLAINED, current);
        }
        if (c != Check.FIRST_EVALUATION_OF_A_PACK && rerun(Check.FIRST_EVALUATION_OF_A_PACK, p, undated, otherUndated) == null) {
            return new Triaged(SESSION_REUSE, current);
        }
        return new Triaged(UNEXPLAINED, current);
    }

    /** The check on a fresh RulePack; a finding when it differs or Accord fails. */
    private static Finding rerun(Check c, PackUnderTest p, GeneratedFacts facts, GeneratedFacts other) {
        PackUnderTest fresh = p.fresh();
        try {
            return c.run(fresh, facts, other, Check.randomFor(facts));
        } catch (Oracle.Failure e) {
            throw e;
        } catch (RuntimeException e) {
            return DifferentialRun.failure(c, fresh, facts, other, e);
        }
    }

    /** Whether evaluating as of each date a timeline would show, each on a fresh RulePack, agrees with Drools. */
    private static boolean freshAgreesAtEveryDate(PackUnderTest p, GeneratedFacts facts) {
        List<LocalDate> dates = Check.timelineDates(p.pack, facts, Check.randomFor(facts));
        for (LocalDate date : dates) {
            if (rerun(Check.FIRST_EVALUATION_OF_A_PACK, p, facts.withAsOf(date), facts.withAsOf(date)) != null) {
                return false;
            }
        }
        return true;
    }
}
