package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.FactSet;
import dev.accord.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium and checks that the derivation graph and the
 * "because" tree are laid out with a real size: the report's own script measures them in the
 * browser and the page as Chromium leaves it is read back. CI installs Chromium (.ci/run); on a
 * machine without it the test is skipped, but under CI it fails instead.
 */
class HtmlReportInBrowserTest {

    @Test
    void theGraphAndTheTreeAreDisplayed(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.html");
        Files.writeString(report, TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.HTML));
        String page = HeadlessChromium.dumpDom(report, dir, "1280,2000");

        assertThat(HeadlessChromium.attribute(page, "data-graph-width")).isGreaterThan(400);
        assertThat(HeadlessChromium.attribute(page, "data-graph-height")).isGreaterThan(200);
        assertThat(HeadlessChromium.attribute(page, "data-graph-boxes")).isGreaterThan(10);
        assertThat(HeadlessChromium.attribute(page, "data-tree-height")).isGreaterThan(100);
        assertThat(HeadlessChromium.attribute(page, "data-tree-items")).isGreaterThan(5);
    }

    @Test
    void theReportLoadsNothingFromTheNetwork() {
        String html = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.HTML);

        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(http");
    }
}
