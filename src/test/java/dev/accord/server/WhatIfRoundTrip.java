package dev.accord.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A measurement, not a test (its name keeps it out of {@code mvn test}): the what-if round trip in
 * the workbench on the default pack, from an edit of a fact's field to the new decision painted.
 * With the Q4 violence report switched off, the Taliban–al-Qaeda tie goes SEVERED and back, so
 * each edit is a what-if request and flips ties-cut. Run it with
 * {@code mvn -B -o test -Dtest=WhatIfRoundTrip [-Daccord.edits=20]}; it prints the median and the spread.
 */
class WhatIfRoundTrip {

    /** Times one edit in the page: set the field, wait for ties-cut to show the status, then for the frame painted. */
    private static final String EDIT = """
            var value = arguments[0], expected = arguments[1], done = arguments[arguments.length - 1];
            var input = document.querySelector("input[data-field='taliban-al-qaeda.status']");
            var list = document.getElementById('conditions');
            var t0 = performance.now();
            var shown = function () {
              var li = list.querySelector("li[data-condition='ties-cut']");
              return li && li.getAttribute('data-status') === expected;
            };
            var observer = new MutationObserver(function () {
              if (shown()) { observer.disconnect(); requestAnimationFrame(function () { done(performance.now() - t0); }); }
            });
            observer.observe(list, { childList: true, subtree: true, attributes: true });
            input.value = value;
            input.dispatchEvent(new Event('change'));
            """;

    @TempDir
    Path tmp;

    @Test
    void measure() {
        int edits = Integer.getInteger("accord.edits", 20);
        try (ServedFolders served = ServedFolders.start(tmp.resolve("served"), o -> o.withAccessLog(false))) {
            ChromeDriver chrome = Browser.start(tmp.resolve("profile"));
            try {
                WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
                chrome.get("http://127.0.0.1:" + served.server.port() + "/");
                wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
                chrome.findElement(By.cssSelector("input[type=checkbox][data-fact='unama-2020-q4']")).click();
                wait.until(d -> "UNKNOWN".equals(d.findElement(By.cssSelector("#conditions li[data-condition='violence-falls']"))
                        .getAttribute("data-status")));
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < edits + 5; i++) {
                    boolean severed = i % 2 == 0;
                    Object ms = ((JavascriptExecutor) chrome).executeAsyncScript(EDIT, severed ? "SEVERED" : "ACTIVE",
                            severed ? "MET" : "NOT_MET");
                    if (i >= 5) { // the first edits warm the server's and the browser's code up
                        times.add(((Number) ms).doubleValue());
                    }
                }
                List<Double> sorted = times.stream().sorted().toList();
                System.out.printf("what-if round trip in the workbench, %d edits: median %.1f ms, min %.1f ms, max %.1f ms%n",
                        sorted.size(), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
            } finally {
                chrome.quit();
            }
        }
    }
}
