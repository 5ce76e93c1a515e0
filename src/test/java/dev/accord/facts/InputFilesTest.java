package dev.accord.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.Diagnostic;
import dev.accord.FactSet;
import dev.accord.InvalidFactsException;
import dev.accord.SpecialFiles;
import dev.accord.TestPacks;
import dev.accord.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact files and CSV includes that are not what they seem: a FIFO or a device (made in the
 * test's temporary folder, never under /dev), a hard link to a file elsewhere, a byte order mark.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    private static List<String> errors(Runnable load) {
        try {
            load.run();
        } catch (InvalidFactsException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
        throw new AssertionError("expected the fact set to be refused");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoOrADeviceIsRefusedBeforeReadingIt() {
        Path fifo = SpecialFiles.fifo(dir.resolve("facts.yaml"));
        Path zero = SpecialFiles.characterDevice(dir.resolve("zero.yaml"), 1, 5);

        assertThat(errors(() -> FactSet.load(fifo))).containsExactly(fifo + ": error: not a regular file (a FIFO)");
        assertThat(errors(() -> FactSet.load(zero))).containsExactly(zero + ": error: not a regular file (a character device)");
        Cli.Run run = Cli.accord("evaluate", zero.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo(zero + ": error: not a regular file (a character device)\n");
    }

    @Test
    void aCsvHardLinkedToAFileElsewhereIsRefusedWithoutQuotingIt() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:the-secret-line:/root:/bin/bash\n");
        Path folder = Files.createDirectory(dir.resolve("facts"));
        Files.createLink(folder.resolve("incidents.csv"), secret);
        Path facts = Files.writeString(folder.resolve("facts.yaml"), """
                asOf: 2021-03-31
                facts: []
                include:
                  - { csv: incidents.csv, type: Incident }
                """);

        List<String> errors = errors(() -> TestPacks.nato().evaluate(FactSet.load(facts)));

        assertThat(errors).containsExactly(facts + ":4:12: error: include: 'incidents.csv' has other names (hard links);"
                + " an included file must be a file of its own: copy it into the folder instead");
        assertThat(String.join("\n", errors)).doesNotContain("secret", "root:x");
    }

    @Test
    void aByteOrderMarkBeforeACsvHeaderOrAFactSetIsNotPartOfTheText() throws Exception {
        Files.writeString(dir.resolve("incidents.csv"), "\uFEFFid,date,casualties\nq1-2020,2020-02-01,150\nrecent,2021-02-01,60\n");
        Path facts = Files.writeString(dir.resolve("facts.yaml"), """
                \uFEFFasOf: 2021-03-31
                facts:
                  - { type: Agreement, id: doha, signed: 2020-02-29 }
                include:
                  - { csv: incidents.csv, type: Incident }
                """);

        Decision d = TestPacks.nato().evaluate(FactSet.load(facts));

        assertThat(d.condition("violence-falls").orElseThrow().statusLabel()).isEqualTo("MET");
        assertThat(d.render(dev.accord.explain.Format.TEXT)).contains("fact Incident recent {date: 2021-02-01, casualties: 60}");
    }

    @Test
    void aCsvRowMayNotReuseTheIdOfAFactOfTheFactSet() throws Exception {
        Path csv = Files.writeString(dir.resolve("incidents.csv"), "date,id,casualties\n2020-02-01,doha,150\n2021-02-01,recent,60\n");
        Path facts = Files.writeString(dir.resolve("facts.yaml"), """
                asOf: 2021-03-31
                facts:
                  - { type: Agreement, id: doha, signed: 2020-02-29 }
                include:
                  - { csv: incidents.csv, type: Incident }
                """);

        List<String> errors = errors(() -> TestPacks.nato().evaluate(FactSet.load(facts)));

        assertThat(errors).containsExactly(csv + ":2:2: error: row 2: duplicate id 'doha' (the fact set gives it to the fact at "
                + facts + ":3:5)");
    }

    @Test
    void aCsvRowMayNotRepeatTheIdOfAnEarlierRow() throws Exception {
        Path csv = Files.writeString(dir.resolve("incidents.csv"),
                "date,id,casualties\n2020-02-01,kabul,150\n2020-03-01,herat,10\n2021-02-01,kabul,60\n");
        Path facts = Files.writeString(dir.resolve("facts.yaml"), """
                asOf: 2021-03-31
                facts: []
                include:
                  - { csv: incidents.csv, type: Incident }
                """);

        List<String> errors = errors(() -> TestPacks.nato().evaluate(FactSet.load(facts)));

        assertThat(errors).containsExactly(csv + ":4:2: error: row 4: duplicate id 'kabul' (row 2 has it too)");
    }
}
