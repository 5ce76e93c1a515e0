package dev.accord.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens the HTML report in headless Chromium and checks what a reader would see: the derivation
 * graph and the "because" tree laid out with a real size, the graph within a 1400 px window with
 * no box over another and no text wider than its box, at a size one can read, and zoom and pan
 * answering the mouse. The report's own script measures the page in the browser; the page as
 * Chromium leaves it is read back. CI installs Chromium (.ci/run); on a machine without it the
 * test is skipped, but under CI it fails instead.
 */
class HtmlReportInBrowserTest {

    /**
     * Drives the graph as a reader would, after the page's scripts ran: a drag, a turn of the
     * wheel after clicking into the graph, the zoom-in button, then "fit the page"; and writes
     * what each did into data- attributes.
     */
    private static final String DRIVE = """
            <script>
            (function () {
              var z = window.accordGraph, svg = document.querySelector('#graph svg'), d = document.documentElement.dataset;
              function at() { return { z: z.getSizes().realZoom, x: z.getPan().x, y: z.getPan().y }; }
              function mouse(type, x, y) {
                svg.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: 1, view: window }));
              }
              var r = svg.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 200);
              var start = at();
              mouse('mousedown', x, y); mouse('mousemove', x + 60, y + 20); mouse('mousemove', x + 120, y + 40); mouse('mouseup', x + 120, y + 40);
              var dragged = at();
              svg.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: -120, bubbles: true, cancelable: true, view: window }));
              var wheeled = at();
              document.querySelector('button[data-zoom=in]').click();
              var zoomed = at();
              document.querySelector('button[data-zoom=fit]').click();
              // svg-pan-zoom redraws on the next animation frame: where the graph lies is worked out from its state.
              var s = z.getSizes(), p = z.getPan(), w = s.viewBox.width * s.realZoom, h = s.viewBox.height * s.realZoom;
              d.dragX = Math.round(dragged.x - start.x);
              d.dragY = Math.round(dragged.y - start.y);
              d.wheelZoomPercent = Math.round(100 * wheeled.z / dragged.z);
              d.buttonZoomPercent = Math.round(100 * zoomed.z / wheeled.z);
              d.fitSpill = Math.max(0, Math.round(-p.x - s.viewBox.x * s.realZoom), Math.round(p.x + w - s.width),
                  Math.round(-p.y - s.viewBox.y * s.realZoom), Math.round(p.y + h - s.height));
            })();
            </script>
            """;

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

    /**
     * The largest reports in the repository: the IMF review has the most boxes of any (51) and
     * the second-largest pack (21 rules); the JCPOA notice has the widest layer, which the
     * earlier layout drew 6,754 px wide; the default pack has the most rules (22).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "rules/corpus/imf-programme-review, rules/corpus/imf-programme-review/scenarios/review-all-observed.yaml",
            "rules/corpus/jcpoa-sanctions-relief, rules/corpus/jcpoa-sanctions-relief/scenarios/hypothetical-notice-pending.yaml",
            "rules/nato-afghanistan, facts/2021-02-15-nato-ministerial.yaml"})
    void aLargeGraphFitsA1400PixelWindowReadablyAndZoomsAndPans(String pack, String facts, @TempDir Path dir) throws Exception {
        RulePack rules = pack.equals(TestPacks.NATO_DIR.toString()) ? TestPacks.nato() : RulePack.load(Path.of(pack));
        Decision decision = rules.evaluate(FactSet.load(Path.of(facts)));
        Path report = dir.resolve("report.html");
        Files.writeString(report, decision.render(Format.HTML).replace("</body>", DRIVE + "</body>"));

        String page = HeadlessChromium.dumpDom(report, dir, "1400,900");

        assertThat(HeadlessChromium.attribute(page, "data-graph-boxes")).as("every node drawn")
                .isEqualTo(DerivationGraph.of(decision).nodes().size());
        assertThat(HeadlessChromium.attribute(page, "data-graph-right")).as("graph's right edge").isLessThanOrEqualTo(1400);
        assertThat(HeadlessChromium.attribute(page, "data-page-overflow")).as("page wider than the window").isZero();
        assertThat(HeadlessChromium.attribute(page, "data-graph-overlaps")).as("boxes over one another").isZero();
        assertThat(HeadlessChromium.attribute(page, "data-graph-cut-labels")).as("lines wider than their box").isZero();
        assertThat(HeadlessChromium.attribute(page, "data-graph-text-px")).as("text size as first shown").isGreaterThanOrEqualTo(9);
        assertThat(HeadlessChromium.attribute(page, "data-drag-x")).as("a drag pans").isEqualTo(120);
        assertThat(HeadlessChromium.attribute(page, "data-drag-y")).isEqualTo(40);
        assertThat(HeadlessChromium.attribute(page, "data-wheel-zoom-percent")).as("the wheel zooms in").isGreaterThan(100);
        assertThat(HeadlessChromium.attribute(page, "data-button-zoom-percent")).as("+ zooms in").isGreaterThan(100);
        assertThat(HeadlessChromium.attribute(page, "data-fit-spill")).as("after 'fit the page', pixels outside the box").isLessThanOrEqualTo(1);
    }

    @Test
    void theReportLoadsNothingFromTheNetwork() {
        String html = TestPacks.nato().evaluate(FactSet.load(TestPacks.DEFAULT_FACTS)).render(Format.HTML);

        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(http")
                .doesNotContain("sourceMappingURL");
    }
}
