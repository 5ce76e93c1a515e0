package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.accord.FactSet;
import dev.accord.TestPacks;
import dev.accord.Timeline;
import dev.accord.analysis.TimelineBuilder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the timeline page of the real timeline in headless Chromium and checks that the chart is
 * laid out: its script measures the chart and counts its spans and marks as the browser shows
 * them. As for the decision report, the test is skipped without Chromium, except under CI.
 */
class TimelineChartInBrowserTest {

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
        assertThat(m.find()).as(name + " set by the page's script").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theChartIsDisplayedWithALanePerConditionAndTheEventsMarked(@TempDir Path dir) throws Exception {
        Optional<String> browser = chromium();
        if (browser.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not installed; .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium is not installed (apt-get install chromium)");
        }
        Timeline timeline = TimelineBuilder.build(TestPacks.nato(), FactSet.load(Path.of("facts/timeline/2020-02-29-to-2021-04.yaml")),
                null, null, Period.ofMonths(1));
        Path page = dir.resolve("timeline.html");
        Files.writeString(page, TimelineFormat.HTML.render(timeline));
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(browser.get(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,1200", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        String shown = Files.readString(dom, StandardCharsets.UTF_8);

        assertThat(attribute(shown, "data-chart-width")).isGreaterThan(600);
        assertThat(attribute(shown, "data-chart-height")).isGreaterThan(150);
        // One span per date in the recommendation lane and in each of the three condition lanes.
        assertThat(attribute(shown, "data-chart-spans")).isEqualTo(timeline.steps().size() * 4);
        assertThat(attribute(shown, "data-chart-markers")).isEqualTo(timeline.markers().size()).isGreaterThan(10);
    }
}
