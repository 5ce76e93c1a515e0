package dev.accord.explain;

/** The report's inline style sheet and its small script (expand/collapse; marks the page as laid out). */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
                   max-width: 1100px; margin: 0 auto; padding: 1.5em; }
            h1 { font-size: 1.5em; margin-bottom: .2em; }
            h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
            h3 { font-size: 1em; }
            code { font: 13px ui-monospace, Menlo, Consolas, monospace; }
            .meta, .muted, .where { color: #666; }
            .where { font-size: 12px; margin-left: .4em; }
            .verdict { font-size: 1.3em; margin: .3em 0; }
            .verdict span { color: #555; font-size: .8em; }
            table { border-collapse: collapse; }
            td, th { padding: .25em .8em .25em 0; text-align: left; vertical-align: top; }
            .badge { display: inline-block; font: 600 12px ui-monospace, monospace; padding: 1px 6px; border-radius: 3px; }
            .graph-scroll { overflow: auto; border: 1px solid #e3e3e3; background: #fcfcfc; max-height: 80vh; }
            svg.derivation text { font: 11px system-ui, Helvetica, Arial, sans-serif; fill: #222; }
            svg.derivation text.detail { fill: #444; }
            svg.derivation text.where { fill: #888; font-size: 10px; }
            ul.tree, ul.tree ul { list-style: none; padding-left: 1.2em; margin: .1em 0; }
            ul.tree > li { margin: .15em 0; }
            summary { cursor: pointer; }
            .kw { color: #2b5797; font-weight: 600; }
            .fact .kw { color: #555; }
            .absence { font-style: italic; }
            blockquote { margin: .4em 0 .6em; padding: .2em .8em; border-left: 3px solid #ccc; color: #444; }
            button { font: inherit; font-size: 13px; }
            """;

    static final String SCRIPT = """
            document.querySelectorAll('button[data-toggle]').forEach(function (b) {
              b.addEventListener('click', function () {
                var open = b.dataset.toggle === 'open';
                document.querySelectorAll('details').forEach(function (d) { d.open = open; });
              });
            });
            (function () {
              var svg = document.querySelector('#graph svg');
              var tree = document.querySelector('#tree ul.tree');
              var r = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
              var t = tree ? tree.getBoundingClientRect() : { width: 0, height: 0 };
              document.documentElement.dataset.graphWidth = Math.round(r.width);
              document.documentElement.dataset.graphHeight = Math.round(r.height);
              document.documentElement.dataset.graphBoxes = svg ? svg.querySelectorAll('g.node, g.node > polygon, g.node > path').length : 0;
              document.documentElement.dataset.treeHeight = Math.round(t.height);
              document.documentElement.dataset.treeItems = tree ? tree.querySelectorAll('li').length : 0;
            })();
            """;
}
