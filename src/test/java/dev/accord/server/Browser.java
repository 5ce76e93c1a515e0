package dev.accord.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through chromium-driver, both Debian's packages, which .ci/run
 * installs. Without them a test is skipped with a message, except under CI, where it fails.
 * The driver and the browser are named explicitly, so Selenium never looks for one to download.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        Optional<Path> chromium = find("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = find("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "the browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(missing + "; .ci/run installs them");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Optional<Path> find(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    static List<String> screenshots() {
        return List.of("workbench.png", "workbench-why-not.png", "workbench-what-if.png", "workbench-editor.png");
    }
}
