package dev.accord.render;

/**
 * The reports' inline style sheet and the decision page's small script (expand/collapse; marks the
 * page as laid out). Internal, like the rest of this package.
 */
public final class HtmlStyle {

    private HtmlStyle() {
    }

    /** The style sheet every report page starts with. */
    public static final String CSS = """
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
                   max-width: 1100px; margin: 0 auto; padding: 1.5em; }
            h1 { font-size: 1.5em; margin-bottom: .2em; }
            h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
            h3 { font-size: 1em; }
            code { font: 13px ui-monospace, Menlo, Consolas, monospace; }
            .meta, .muted, .where { color: #666; }
            .date { white-space: nowrap; }
            .where { font-size: 12px; margin-left: .4em; }
            .verdict { font-size: 1.3em; margin: .3em 0; }
            .verdict span { color: #555; font-size: .8em; }
            table { border-collapse: collapse; }
            td, th { padding: .25em .8em .25em 0; text-align: left; vertical-align: top; }
            .badge { display: inline-block; font: 600 12px ui-monospace, monospace; padding: 1px 6px; border-radius: 3px; }
            .graph-box { border: 1px solid #e3e3e3; background: #fcfcfc; overflow: hidden; cursor: grab; }
            .graph-box.active { border-color: #7d9bc9; }
            .graph-box.failed { padding: .6em; cursor: auto; }
            .graph-box svg { display: block; }
            .graph-tools { margin: .3em 0; }
            .graph-tools button { min-width: 2.2em; }
            svg.derivation text { font: 12px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: #222; }
            svg.derivation text.label { font-weight: 600; }
            svg.derivation text.detail { fill: #333; }
            svg.derivation text.key { font-size: 11px; fill: #666; }
            svg.derivation text.where { font-size: 11px; fill: #888; }
            svg.derivation path.edge { fill: none; stroke: #9a9a9a; }
            svg.derivation g.node rect { fill: #fff; stroke: #888; }
            .graph-box.clickable g.node { cursor: pointer; }
            svg.derivation g.node.selected rect { stroke: #1d4ed8; stroke-width: 2.5; }
            svg.derivation g.node line.rule { stroke: #e6e6e6; }
            svg.derivation g.firing rect { fill: #f1f1f1; }
            svg.derivation g.recommendation rect { fill: #dde8f7; stroke: #2b5797; stroke-width: 2; }
            svg.derivation g.consideration rect { fill: #fdf3d8; }
            svg.derivation g.absence rect { stroke-dasharray: 4 3; }
            svg.derivation g.fact rect { fill: #fffef8; }
            ul.tree, ul.tree ul { list-style: none; padding-left: 1.2em; margin: .1em 0; }
            ul.tree > li { margin: .15em 0; }
            summary { cursor: pointer; }
            .kw { color: #2b5797; font-weight: 600; }
            .fact .kw { color: #555; }
            .absence { font-style: italic; }
            blockquote { margin: .4em 0 .6em; padding: .2em .8em; border-left: 3px solid #ccc; color: #444; }
            button { font: inherit; font-size: 13px; }
            table.fields { border-collapse: collapse; margin: .15em 0 .3em 1.2em; font-size: 13px; }
            table.fields th { color: #666; font-weight: normal; padding: 0 .8em 0 0; }
            table.fields td { padding: 0 .8em 0 0; }
            """ + statusColours();

    /** Boxes of assessments in the graph take the colour of their status, as the badges do. */
    private static String statusColours() {
        StringBuilder css = new StringBuilder();
        for (String s : java.util.List.of("MET", "NOT_MET", "UNKNOWN")) {
            css.append("svg.derivation g.status-").append(s).append(" rect { fill: ").append(Palette.fill(s)).append("; }\n");
        }
        return css.toString();
    }

    /** The decision page's script: expand and collapse all, and the measurements the browser tests read. */
    public static final String SCRIPT = """
            document.querySelectorAll('button[data-toggle]').forEach(function (b) {
              b.addEventListener('click', function () {
                var open = b.dataset.toggle === 'open';
                document.querySelectorAll('details').forEach(function (d) { d.open = open; });
              });
            });
            // Measures what the browser shows, for the tests: sizes, boxes that overlap, text wider than its box.
            (function () {
              var svg = document.querySelector('#graph svg');
              var tree = document.querySelector('#tree ul.tree');
              var r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
              var t = tree ? tree.getBoundingClientRect() : { width: 0, height: 0 };
              var root = document.documentElement, data = root.dataset;
              var boxes = svg ? Array.prototype.map.call(svg.querySelectorAll('g.node'), function (g) {
                return g.querySelector('rect').getBoundingClientRect();
              }) : [];
              var overlaps = 0, cut = 0;
              boxes.forEach(function (a, i) {
                boxes.slice(i + 1).forEach(function (b) {
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) { overlaps++; }
                });
              });
              if (svg) {
                svg.querySelectorAll('g.node').forEach(function (g) {
                  var w = +g.querySelector('rect').getAttribute('width');
                  g.querySelectorAll('text').forEach(function (x) {
                    if (+x.getAttribute('x') + x.getComputedTextLength() > w) { cut++; }
                  });
                });
              }
              data.graphWidth = Math.round(r.width);
              data.graphHeight = Math.round(r.height);
              data.graphRight = Math.round(r.right);
              data.graphBoxes = boxes.length;
              data.graphOverlaps = overlaps;
              data.graphCutLabels = cut;
              data.graphTextPx = svg && window.accordGraph ? Math.round(12 * window.accordGraph.getSizes().realZoom) : 0;
              data.pageOverflow = Math.max(0, root.scrollWidth - root.clientWidth);
              data.treeHeight = Math.round(t.height);
              data.treeItems = tree ? tree.querySelectorAll('li').length : 0;
            })();
            """;
}
