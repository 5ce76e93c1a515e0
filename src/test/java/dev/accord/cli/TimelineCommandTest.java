package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

    record Run(int code, String out, String err) {
    }

    private static Run accord(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheDecisionMonthByMonthWithWhatChangedAndWhy() {
        Run run = accord("timeline", "facts/timeline/");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("date        recommendation  ties-cut   talks-started  violence-falls")
                .contains("2020-05-31  STAY            NOT_MET *  NOT_MET        UNKNOWN")
                .contains("2021-02-15  STAY            NOT_MET    MET            NOT_MET")
                .contains("2020-09-30  talks-started NOT_MET -> MET")
                .contains("because the Taliban and the Afghan government have been in peace talks since 2020-09-12");
    }

    @Test
    void writesCsvWithOneRowPerDate() {
        Run run = accord("timeline", "facts/timeline/", "--from", "2020-09-01", "--to", "2020-11-01", "--format", "csv");

        assertThat(run.out()).isEqualTo("""
                date,recommendation,ties-cut,talks-started,violence-falls
                2020-09-01,STAY,NOT_MET,NOT_MET,UNKNOWN
                2020-10-01,STAY,NOT_MET,MET,UNKNOWN
                2020-11-01,STAY,NOT_MET,MET,UNKNOWN
                """);
    }

    @Test
    void writesTheChartPageToAFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("timeline.html");

        Run run = accord("timeline", "facts/timeline/", "--format", "html", "--output", page.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg class=\"timeline\"")
                .doesNotContain("<link").doesNotContain(" src=");
    }

    @Test
    void aStepItCannotReadIsAUsageError() {
        Run run = accord("timeline", "facts/timeline/", "--every", "monthly");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("expected a step such as 1M");
    }

    @Test
    void anEndBeforeTheStartIsAUsageError() {
        Run run = accord("timeline", "facts/timeline/", "--from", "2021-01-01", "--to", "2020-01-01");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the timeline ends (2020-01-01) before it starts (2021-01-01)");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aTimelineOfMoreThanTenThousandDatesIsAUsageErrorBeforeAnyIsEvaluated() {
        Run run = accord("timeline", "facts/timeline/", "--from", "2020-01-01", "--to", "2999-12-31", "--every", "1d");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the timeline from 2020-01-01 to 2999-12-31 every P1D has more than 10000 dates;"
                + " take a longer step or a shorter span");
    }

    @Test
    void aDatePastYear9999IsAUsageError() {
        Run timeline = accord("timeline", "facts/timeline/", "--to", "+99999999-12-31");
        Run evaluate = accord("evaluate", "--as-of", "+99999999-12-31");

        assertThat(timeline.code()).isEqualTo(ExitCode.USAGE);
        assertThat(timeline.err()).contains("'+99999999-12-31' is not a date from 0001-01-01 to 9999-12-31 (YYYY-MM-DD)");
        assertThat(evaluate.code()).isEqualTo(ExitCode.USAGE);
        assertThat(evaluate.err()).contains("'+99999999-12-31' is not a date from 0001-01-01 to 9999-12-31 (YYYY-MM-DD)");
    }
}
