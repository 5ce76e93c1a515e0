package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.accord.FactSet;
import dev.accord.TestPacks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium and checks that the derivation graph and the
 * "because" tree are laid out with a real size: the report's own script measures them in the
 * browser and the page as Chromium leaves it is read back. CI installs Chromium (.ci/run); on a
 * machine without it the test is skipped, but under CI it fails instead.
 */
class HtmlReportInBrowserTest {

    private static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as(name + " set by the report's script").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theGraphAndTheTreeAreDisplayed(@TempDir Path dir) throws Exception {
        Optional<String> browser = chromium();
        if (browser.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not installed; .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium is not installed (apt-get install chromium)");
        }
        Path report = dir.resolve("report.html");
        Files.writeString(report, TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.HTML));
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(browser.get(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,2000", "--dump-dom", report.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        String page = Files.readString(dom, StandardCharsets.UTF_8);

        assertThat(attribute(page, "data-graph-width")).isGreaterThan(400);
        assertThat(attribute(page, "data-graph-height")).isGreaterThan(200);
        assertThat(attribute(page, "data-graph-boxes")).isGreaterThan(10);
        assertThat(attribute(page, "data-tree-height")).isGreaterThan(100);
        assertThat(attribute(page, "data-tree-items")).isGreaterThan(5);
    }

    @Test
    void theReportLoadsNothingFromTheNetwork() {
        String html = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.HTML);

        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(http");
    }
}
