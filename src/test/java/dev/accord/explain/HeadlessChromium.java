package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a page in headless Chromium (Debian's chromium package) and returns the page as the
 * browser leaves it, after its scripts ran: the pages measure what they show and write the
 * figures into data- attributes. Without Chromium the calling test is skipped, except under CI,
 * where .ci/run installs it and its absence is a failure.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static String dumpDom(Path page, Path work, String windowSize) throws IOException, InterruptedException {
        String browser = find();
        Path dom = work.resolve("dom.html");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("profile"), "--window-size=" + windowSize, "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** A whole-number data- attribute the page's script set. */
    static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as(name + " set by the page's script").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        if (System.getenv("CI") != null) {
            fail("Chromium is not installed; .ci/run installs Debian's chromium package");
        }
        Assumptions.abort("Chromium is not installed (apt-get install chromium)");
        return null;
    }
}
