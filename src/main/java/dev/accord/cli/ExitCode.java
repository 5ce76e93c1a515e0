package dev.accord.cli;

/** The exit codes of {@code accord}, documented in {@code docs/cli.md} and shown by {@code --help}. */
public final class ExitCode {

    /** The command did what was asked (whatever the recommendation). */
    public static final int OK = 0;
    /** A fault in Accord itself; please report it. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The rule pack could not be loaded: pack.yaml or DRL errors, a refusal of the rule policy, the compile time limit. */
    public static final int INVALID_RULES = 3;
    /** The fact set could not be read or does not fit the pack. */
    public static final int INVALID_FACTS = 4;
    /** The rules failed while running: an action threw, or the firing or time limit was passed. */
    public static final int EVALUATION_FAILED = 5;
    /** The result could not be written to the {@code --output} file. */
    public static final int OUTPUT_FAILED = 6;
    /** {@code accord test}: a scenario failed or could not run; {@code accord check --strict}: the pack has warnings. */
    public static final int CHECKS_FAILED = 7;

    /** What each code means, for {@code --help}. */
    static java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(" " + OK, "Success (whatever the recommendation).");
        m.put(" " + INTERNAL_ERROR, "Internal error in Accord; run with --verbose and report it.");
        m.put(" " + USAGE, "Usage error: unknown option or missing argument.");
        m.put(" " + INVALID_RULES, "Invalid rule pack: pack.yaml or DRL errors, DRL the rule policy refuses,"
                + " or compiling past --compile-timeout.");
        m.put(" " + INVALID_FACTS, "Invalid fact set: unreadable, malformed, or not fitting the pack.");
        m.put(" " + EVALUATION_FAILED, "Evaluation failed: a rule's action threw, or the evaluation passed"
                + " --max-firings or --timeout.");
        m.put(" " + OUTPUT_FAILED, "The output file could not be written (nothing was written).");
        m.put(" " + CHECKS_FAILED, "test: a scenario failed or could not run; check --strict: warnings found.");
        return m;
    }

    private ExitCode() {
    }
}
