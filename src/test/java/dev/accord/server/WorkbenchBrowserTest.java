package dev.accord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser, as an analyst uses it: the default decision, why-not, what-if
 * in place, and a typo in the DRL editor. Screenshots go to target/screenshots, or to the folder
 * named by -Daccord.screenshots (docs/ keeps the ones the README shows).
 */
class WorkbenchBrowserTest {

    @TempDir
    Path tmp;
    ServedFolders served;
    ChromeDriver chrome;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        // Screenshots for docs/ show the repository's own folders, as a user sees them; the editor test restores what it saves.
        served = System.getProperty("accord.screenshots") != null ? ServedFolders.startOnRepository()
                : ServedFolders.start(tmp.resolve("served"));
        chrome = Browser.start(tmp.resolve("profile"));
        wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // lists are drawn anew on each answer
        chrome.get("http://127.0.0.1:" + served.server.port() + "/");
    }

    @AfterEach
    void close() {
        if (chrome != null) {
            chrome.quit();
        }
        served.close();
    }

    @Test
    void showsTheDefaultDecisionExplainsWhyNotAndAnswersWhatIfInPlace() throws Exception {
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        WebElement violence = condition("violence-falls");
        assertThat(violence.getAttribute("data-status")).isEqualTo("NOT_MET");
        wait.until(d -> frameHolds("<svg class=\"derivation\""));
        screenshot("workbench.png", 1900);

        violence.findElement(By.cssSelector("button.why-not")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("why-not"), "violence-falls"));
        assertThat(chrome.findElement(By.id("why-not")).getText()).contains("not MET");
        screenshot("workbench-why-not.png", 1000);
        chrome.findElement(By.cssSelector("#actions li[data-action='WITHDRAW'] button.why-not")).click();
        wait.until(ExpectedConditions.textToBe(By.id("why-not-title"), "Why not WITHDRAW?"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("why-not"), "Withdraw when every condition is met"));

        chrome.findElement(By.cssSelector("input[type=checkbox][data-fact='unama-2020-q4']")).click();
        wait.until(d -> "UNKNOWN".equals(condition("violence-falls").getAttribute("data-status")));
        assertThat(chrome.findElement(By.id("whatif-banner")).getText())
                .contains("remove ViolenceReport unama-2020-q4").contains("No evidence on violence since the agreement");
        wait.until(d -> condition("violence-falls").getText().contains("was NOT_MET"));
        screenshot("workbench-what-if.png", 1000);

        chrome.findElement(By.id("reset")).click();
        wait.until(d -> "NOT_MET".equals(condition("violence-falls").getAttribute("data-status")));

        chrome.findElement(By.id("search")).click(); // what would lead to WITHDRAW, applied with a click
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results button.apply"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "WITHDRAW"));
        assertThat(chrome.findElement(By.id("whatif-banner")).getText()).contains("STAY → WITHDRAW");
        screenshot("workbench-search.png", 1000);
    }

    @Test
    void showsADrlTypoAtItsLineAndTheDecisionAgainOnceFixed() throws Exception {
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        String file = "rules/nato-afghanistan/ties.drl";
        new Select(chrome.findElement(By.id("file"))).selectByValue(file);
        WebElement source = chrome.findElement(By.id("source"));
        Path onDisk = served.rules.resolve("nato-afghanistan/ties.drl");
        String original = Files.readString(onDisk);
        try {
            editTypoAndFix(source, onDisk, original, file);
        } finally {
            Files.writeString(onDisk, original);
        }
    }

    private void editTypoAndFix(WebElement source, Path onDisk, String original, String file) throws Exception {
        wait.until(d -> source.getAttribute("value").equals(original));
        int line = lineOf(original, "when", 2);

        String typo = original.lines().toList().get(line - 1).replace("when", "whn");
        type(source, replaceLine(original, line, typo));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diagnostics li.error")));
        assertThat(Integer.parseInt(error.getAttribute("data-line"))).isBetween(line, line + 2);
        assertThat(chrome.findElement(By.cssSelector("#gutter div.error")).getText()).isEqualTo(error.getAttribute("data-line"));
        assertThat(chrome.findElement(By.id("recommendation")).getText()).isEqualTo("—");
        assertThat(chrome.findElement(By.id("problem")).getText()).contains(file + ":" + error.getAttribute("data-line"));
        chrome.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "not saved"));
        assertThat(Files.readString(onDisk)).isEqualTo(original);
        chrome.findElement(By.cssSelector("#diagnostics li.error")).click(); // selects the line in the editor, scrolled into view
        chrome.manage().window().setSize(new Dimension(1400, 900));
        ((JavascriptExecutor) chrome).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        screenshot("workbench-editor.png", 900);

        type(source, replaceLine(original, line, typo.replace("whn", "when")) + "\n// reviewed\n");
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        chrome.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "saved"));
        assertThat(Files.readString(onDisk)).endsWith("// reviewed\n");
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
    }

    @Test
    void coloursDrlAndYamlInTheEditor() {
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        new Select(chrome.findElement(By.id("file"))).selectByValue("rules/nato-afghanistan/ties.drl");
        WebElement source = chrome.findElement(By.id("source"));
        wait.until(d -> source.getAttribute("value").startsWith("// Condition"));
        wait.until(d -> !tokens("keyword").isEmpty());
        assertThat(tokens("keyword")).contains("package", "import", "rule", "when", "then", "end", "new");
        assertThat(tokens("string")).contains("\"Ties with a terrorist organisation remain active\"", "\"ties-cut\"");
        assertThat(tokens("comment")).anyMatch(c -> c.startsWith("// Condition \"ties-cut\""));
        assertThat(tokens("annotation")).contains("@explain");
        assertThat(tokens("variable")).contains("$party", "$tie");
        // Words inside a string or a comment are not keywords; the coloured copy is the text, to the character.
        assertThat(tokens("keyword")).doesNotContain("Ties", "cut", "terrorist");
        assertThat(shownText()).isEqualTo(source.getAttribute("value"));

        type(source, source.getAttribute("value").replaceFirst("(?m)^when$", "whn"));
        wait.until(d -> shownText().contains("\nwhn\n"));
        assertThat(tokens("keyword")).doesNotContain("whn");

        Select file = new Select(chrome.findElement(By.id("file")));
        file.selectByValue("rules/nato-afghanistan/pack.yaml");
        wait.until(d -> source.getAttribute("value").startsWith("# NATO"));
        wait.until(d -> tokens("key").contains("name"));
        assertThat(tokens("key")).contains("title", "agreement", "signed");
        assertThat(tokens("comment")).anyMatch(c -> c.startsWith("# NATO's condition-based approach"));
        assertThat(tokens("string")).contains("\"NATO's conditions for leaving Afghanistan (February 2021)\"");
        assertThat(shownText()).isEqualTo(source.getAttribute("value"));
    }

    @Test
    void showsTheTimelineOfADatedFactSet() throws Exception {
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        new Select(chrome.findElement(By.id("factset"))).selectByValue("timeline/2020-02-29-to-2021-04.yaml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline-panel")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-title"), "2020-02-29"));
        WebElement frame = chrome.findElement(By.id("timeline"));
        assertThat(frame.getAttribute("sandbox")).isEqualTo("allow-scripts");
        wait.until(d -> frameHolds("timeline", "<svg class=\"timeline\""));
        assertThat(frameHolds("timeline", "talks-started")).isTrue();
        ((JavascriptExecutor) chrome).executeScript("document.getElementById('timeline-panel').scrollIntoView()");
        screenshot("workbench-timeline.png", 1000);
    }

    @Test
    void aClickOnTheGraphShowsTheRulesDrlOrTheFactsLinesAndSource() throws Exception {
        wait.until(ExpectedConditions.textToBe(By.id("recommendation"), "STAY"));
        wait.until(d -> frameHolds("<svg class=\"derivation\""));
        String rule = "Ties with a terrorist organisation remain active";
        String drl = Files.readString(served.rules.resolve("nato-afghanistan/ties.drl"));
        int ruleLine = lineOf(drl, "rule \"" + rule + "\"", 1);
        int endLine = ruleLine + (int) drl.lines().skip(ruleLine).takeWhile(l -> !l.strip().equals("end")).count() + 1;

        clickGraphNode("rule \"" + rule + "\"");
        wait.until(ExpectedConditions.textToBe(By.id("node-where"), "rules/nato-afghanistan/ties.drl:" + ruleLine + "–" + endLine));
        String code = chrome.findElement(By.id("node-code")).getText();
        assertThat(code).startsWith("rule \"" + rule + "\"").contains("@explain(").endsWith("end");
        assertThat(chrome.findElement(By.id("node-lines")).getText()).startsWith(ruleLine + "\n").endsWith("\n" + endLine);
        assertThat(chrome.findElements(By.cssSelector("#node-code .token.keyword"))).isNotEmpty();
        // The picture's size first: a resize would fit the graph to its box again.
        chrome.manage().window().setSize(new Dimension(1400, 1100));
        Thread.sleep(500);
        zoomOnTheSelectedNode();
        ((JavascriptExecutor) chrome).executeScript("document.getElementById('explanation-panel').scrollIntoView()");
        screenshot("workbench-graph-rule.png", 1100);

        clickGraphNode("ViolenceReport unama-2020-q4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("node-where"), "facts/" + ServedFolders.FACTS + ":"));
        assertThat(chrome.findElement(By.id("node-code")).getText()).contains("id: unama-2020-q4").contains("changePercent: 45")
                .doesNotContain("unama-2020-year");
        WebElement citation = chrome.findElement(By.id("node-citation"));
        assertThat(citation.getText()).contains("Protection of Civilians").contains("[unama-2020]");

        chrome.findElement(By.id("node-edit")).click();
        wait.until(d -> ("facts/" + ServedFolders.FACTS).equals(new Select(d.findElement(By.id("file"))).getFirstSelectedOption()
                .getAttribute("value")));
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "var s = document.getElementById('source'); return s.value.substring(s.selectionStart, s.selectionEnd);"))
                .contains("ViolenceReport"));
    }

    /** For the picture: the clicked box at a readable size in the middle of the graph's view. */
    private void zoomOnTheSelectedNode() {
        chrome.switchTo().frame(chrome.findElement(By.id("explanation")));
        try {
            ((JavascriptExecutor) chrome).executeScript("""
                    var z = window.accordGraph, box = document.getElementById('graph-box').getBoundingClientRect();
                    var centre = function () {
                      var r = document.querySelector('g.node.selected').getBoundingClientRect();
                      return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
                    };
                    z.zoomAtPoint(z.getZoom() * 1.2 / z.getSizes().realZoom, centre());
                    var c = centre();
                    z.panBy({ x: box.width / 2 - c.x, y: box.height / 2 - c.y });
                    document.getElementById('graph-box').scrollIntoView({ block: 'end' });
                    """);
        } finally {
            chrome.switchTo().defaultContent();
        }
    }

    /** Clicks, in the report's frame, the graph's box whose tooltip starts with the text, after fitting the graph in view. */
    private void clickGraphNode(String title) {
        chrome.switchTo().frame(chrome.findElement(By.id("explanation")));
        try {
            chrome.findElement(By.cssSelector("button[data-zoom='fit']")).click();
            WebElement node = (WebElement) ((JavascriptExecutor) chrome).executeScript(
                    "return Array.from(document.querySelectorAll('svg.derivation g.node'))"
                            + ".find(g => g.querySelector('title').textContent.startsWith(arguments[0]));", title);
            assertThat(node).as("a box '" + title + "' in the graph").isNotNull();
            ((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView({block: 'center'})", node);
            new org.openqa.selenium.interactions.Actions(chrome).moveToElement(node.findElement(By.tagName("rect"))).click().perform();
        } finally {
            chrome.switchTo().defaultContent();
        }
    }

    /** The texts of the editor's coloured tokens of one kind (Prism's class names). */
    @SuppressWarnings("unchecked")
    private java.util.List<String> tokens(String kind) {
        return (java.util.List<String>) ((JavascriptExecutor) chrome).executeScript(
                "return Array.from(document.querySelectorAll('#highlight .token.' + arguments[0])).map(t => t.textContent);", kind);
    }

    /** The text under the textarea, less the two lines added so it scrolls as far. */
    private String shownText() {
        return String.valueOf(((JavascriptExecutor) chrome).executeScript(
                "return document.querySelector('#highlight code').textContent.replace(/\\n\\n$/, '');"));
    }

    private WebElement condition(String id) {
        return chrome.findElement(By.cssSelector("#conditions li[data-condition='" + id + "']"));
    }

    /** The report runs sandboxed in an origin of its own: the page's scripts cannot read it, the driver can. */
    private boolean frameHolds(String text) {
        return frameHolds("explanation", text);
    }

    private boolean frameHolds(String frame, String text) {
        chrome.switchTo().frame(chrome.findElement(By.id(frame)));
        try {
            return chrome.getPageSource().contains(text);
        } finally {
            chrome.switchTo().defaultContent();
        }
    }

    /** Replaces the editor's text as a paste would, and lets the page see the input. */
    private void type(WebElement source, String text) {
        ((JavascriptExecutor) chrome).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", source, text);
    }

    private static int lineOf(String text, String start, int occurrence) {
        var lines = text.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(start) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + start + " in the file");
    }

    private static String replaceLine(String text, int line, String replacement) {
        var lines = new java.util.ArrayList<>(text.lines().toList());
        lines.set(line - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    private void screenshot(String name, int height) throws Exception {
        chrome.manage().window().setSize(new Dimension(1400, height));
        Path dir = Path.of(System.getProperty("accord.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = chrome.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        chrome.manage().window().setSize(new Dimension(1400, 1000));
    }
}
