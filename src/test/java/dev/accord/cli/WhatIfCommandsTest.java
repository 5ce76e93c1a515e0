package dev.accord.cli;

import static dev.accord.cli.Cli.accord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** what-if and sensitivity as a user runs them. */
class WhatIfCommandsTest {

    @Test
    void searchesForTheChangesThatReachATarget() {
        Run run = accord("what-if", "--target", "WITHDRAW");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("What would lead to WITHDRAW? Now: STAY")
                .contains("1. 2 changes → WITHDRAW", "   - Tie taliban-al-qaeda: status ACTIVE → SEVERED",
                        "   - ViolenceReport unama-2020-q4: changePercent 45 → -20", "   Why WITHDRAW");
    }

    @Test
    void appliesExplicitEdits() {
        Run run = accord("what-if", "--set", "taliban-al-qaeda.status=SEVERED", "--set", "unama-2020-q4.changePercent=-30");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Recommendation: STAY → WITHDRAW");
    }

    @Test
    void nullUnsetsAFieldAsAFactSetMay() {
        Run unset = accord("what-if", "--set", "intra-afghan-negotiations.started=null");
        Run primitive = accord("what-if", "--set", "taliban-al-qaeda.verified=null");

        assertThat(unset.code()).as(unset.err()).isZero();
        assertThat(unset.out()).contains("Talks intra-afghan-negotiations: started 2020-09-12 → not stated");
        assertThat(primitive.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(primitive.err()).contains("--set taliban-al-qaeda.verified=null", "a boolean field cannot be null");
    }

    @Test
    void aBadEditIsAUsageErrorOrALocatedFactError() {
        Run fixed = accord("what-if", "--remove", "doha-agreement");
        Run unknown = accord("what-if", "--target", "LEAVE");
        Run badValue = accord("what-if", "--set", "taliban-al-qaeda.status=CUT");

        assertThat(fixed.code()).isEqualTo(ExitCode.USAGE);
        assertThat(fixed.err()).contains("fact 'doha-agreement' is fixed and cannot be removed");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown action 'LEAVE'");
        assertThat(badValue.code()).isEqualTo(ExitCode.INVALID_FACTS);
        assertThat(badValue.err()).startsWith("--set taliban-al-qaeda.status=CUT: error: fact 'taliban-al-qaeda':"
                + " Tie.status: expected one of ACTIVE, SEVERED, UNKNOWN, got 'CUT'");
    }

    @Test
    void sensitivityWeighsTheUncertainFacts() {
        Run run = accord("sensitivity");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("3 uncertain facts, every combination weighed (8)", "STAY        98.5%",
                "REVIEW       1.5%", "taliban-al-qaeda");
    }

    @Test
    void theAnalysesWriteEveryReportFormatButDot() {
        Run json = accord("what-if", "--set", "taliban-al-qaeda.status=SEVERED", "--format", "json");
        Run html = accord("sensitivity", "--format", "html");
        Run md = accord("why-not", "WITHDRAW", "--format", "md");
        Run dot = accord("what-if", "--target", "WITHDRAW", "--format", "dot");
        Run limited = accord("what-if", "--target", "WITHDRAW", "--max-firings", "1");

        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{\n  \"schema\" : \"accord.what-if/1\"");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("What moves STAY most");
        assertThat(md.out()).startsWith("# Why not WITHDRAW?\n\n- WITHDRAW is not recommended");
        assertThat(dot.code()).isEqualTo(ExitCode.USAGE);
        assertThat(dot.err()).contains("--format dot draws a decision's derivation graph; what-if writes text, json, md or html");
        assertThat(limited.code()).as("the facts as given pass the firing limit").isEqualTo(ExitCode.EVALUATION_FAILED);
    }
}
