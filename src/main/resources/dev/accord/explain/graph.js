// Draws the report's derivation graph: reads the graph from the page's JSON, wraps each box's text
// to a width measured in the page's own font (so no label is cut), lets dagre place the boxes in
// layers (recommendation down to facts) and route the edges, and hands the picture to
// svg-pan-zoom. Both directions (top-down and left-right) are laid out and the one that keeps the
// text largest when the whole graph fits the column's width is shown.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var FONT = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';
  var SIZE = 12, SMALL = 11, LINE = 15, PAD = 8, MAX_WIDTH = 240, MIN_WIDTH = 110, KEY_GAP = 8;
  // Below this scale 12px text is too small to read: a graph that would need it to fit the page
  // is shown at this scale from its top (the recommendation), to be panned, with "fit the page" a click away.
  var READABLE = 0.8, MARGIN = 24;
  var box = document.getElementById('graph-box');
  var data = document.getElementById('graph-data');
  if (!box || !data) { return; }
  var graph = JSON.parse(data.textContent);
  var measure = document.createElement('canvas').getContext('2d');

  function width(text, font) { measure.font = font; return measure.measureText(text).width; }
  function font(weight, size) { return (weight ? weight + ' ' : '') + size + 'px ' + FONT; }

  // Lines of at most max pixels, broken at spaces; a word longer than a line is broken inside.
  function wrap(text, f, max) {
    var lines = [], line = '';
    String(text).split(/\s+/).filter(Boolean).forEach(function (word) {
      var next = line ? line + ' ' + word : word;
      if (width(next, f) <= max) { line = next; return; }
      if (line) { lines.push(line); }
      line = '';
      while (width(word, f) > max) {
        var cut = word.length - 1;
        while (cut > 1 && width(word.slice(0, cut), f) > max) { cut--; }
        // An id like primary-deficit-ceiling-sep breaks after a hyphen where one fits.
        var hyphen = word.lastIndexOf('-', cut - 1);
        if (hyphen > 0) { cut = hyphen + 1; }
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    });
    if (line || !lines.length) { lines.push(line); }
    return lines;
  }

  // A box's content as pieces of text, each on a line at an x offset, and the box's size. A fact's
  // fields are a small table: names in a narrow column, values wrapped beside them, a rule between.
  function content(n) {
    var inner = MAX_WIDTH - 2 * PAD, rows = [], used = 0, line = 0;
    function add(text, cls, f, x, max, at) {
      var lines = wrap(text, f, max);
      lines.forEach(function (l, i) {
        rows.push({ text: l, cls: cls, x: x, row: at + i });
        used = Math.max(used, x + width(l, f));
      });
      return lines.length;
    }
    line += add(n.title, 'label', font(600, SIZE), 0, inner, line);
    if (n.fields && n.fields.length) {
      var keyFont = font('', SMALL), keyWidth = 0;
      n.fields.forEach(function (kv) { keyWidth = Math.max(keyWidth, width(kv[0], keyFont)); });
      keyWidth = Math.min(Math.ceil(keyWidth), Math.floor(inner - 70)); // values keep at least 70px
      n.fields.forEach(function (kv) {
        rows.push({ rule: true, row: line });
        var keys = add(kv[0], 'key', keyFont, 0, keyWidth, line);
        var values = add(kv[1], 'value', font('', SIZE), keyWidth + KEY_GAP, inner - keyWidth - KEY_GAP, line);
        line += Math.max(keys, values);
      });
    } else if (n.text) {
      line += add(n.text, 'detail', font('', SIZE), 0, inner, line);
    }
    if (n.where) { line += add(n.where, 'where', font('', SMALL), 0, inner, line); }
    return { rows: rows, width: Math.max(MIN_WIDTH, Math.ceil(used) + 2 * PAD), height: line * LINE + 2 * PAD - 2 };
  }

  function layout(direction, sizes) {
    var g = new dagre.graphlib.Graph();
    g.setGraph({ rankdir: direction, nodesep: 16, ranksep: direction === 'TB' ? 34 : 46, edgesep: 8, marginx: 8, marginy: 8 });
    g.setDefaultEdgeLabel(function () { return {}; });
    graph.nodes.forEach(function (n) { g.setNode(n.id, { width: sizes[n.id].width, height: sizes[n.id].height }); });
    graph.edges.forEach(function (e) { g.setEdge(e[0], e[1]); });
    dagre.layout(g);
    return g;
  }

  // A smooth path through the points dagre routed an edge along (a uniform B-spline, as d3's curveBasis).
  function curve(p) {
    if (p.length < 3) { return 'M' + p[0].x + ',' + p[0].y + 'L' + p[p.length - 1].x + ',' + p[p.length - 1].y; }
    var d = 'M' + p[0].x + ',' + p[0].y + 'L' + (5 * p[0].x + p[1].x) / 6 + ',' + (5 * p[0].y + p[1].y) / 6;
    for (var i = 1; i < p.length - 1; i++) {
      var a = p[i - 1], b = p[i], c = p[i + 1];
      d += 'C' + (2 * a.x + b.x) / 3 + ',' + (2 * a.y + b.y) / 3 + ' ' + (a.x + 2 * b.x) / 3 + ',' + (a.y + 2 * b.y) / 3
        + ' ' + (a.x + 4 * b.x + c.x) / 6 + ',' + (a.y + 4 * b.y + c.y) / 6;
    }
    var y = p[p.length - 2], z = p[p.length - 1];
    return d + 'C' + (2 * y.x + z.x) / 3 + ',' + (2 * y.y + z.y) / 3 + ' ' + (y.x + 2 * z.x) / 3 + ',' + (y.y + 2 * z.y) / 3
      + ' ' + z.x + ',' + z.y;
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function draw(g, sizes) {
    var w = Math.ceil(g.graph().width), h = Math.ceil(g.graph().height);
    var svg = el('svg', { 'class': 'derivation', viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': 'derivation graph' });
    var defs = el('defs', {}, svg);
    var marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: 'auto-start-reverse' }, defs);
    el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }, marker);
    var all = el('g', { 'class': 'graph' }, svg);
    g.edges().forEach(function (e) {
      el('path', { 'class': 'edge', d: curve(g.edge(e).points), 'marker-end': 'url(#arrow)' }, all);
    });
    graph.nodes.forEach(function (n) {
      var p = g.node(n.id), s = sizes[n.id];
      var node = el('g', { 'class': 'node ' + n.kind + (n.status ? ' status-' + n.status : ''), 'data-node': n.id,
        transform: 'translate(' + (p.x - s.width / 2) + ',' + (p.y - s.height / 2) + ')' }, all);
      el('title', {}, node).textContent = [n.title, n.text || ''].concat((n.fields || []).map(function (kv) {
        return kv[0] + ': ' + kv[1];
      })).concat([n.path]).filter(Boolean).join('\n');
      el('rect', { width: s.width, height: s.height, rx: n.kind === 'firing' ? 10 : 3 }, node);
      s.rows.forEach(function (r) {
        if (r.rule) {
          el('line', { 'class': 'rule', x1: 1, x2: s.width - 1, y1: PAD + r.row * LINE - 1, y2: PAD + r.row * LINE - 1 }, node);
          return;
        }
        var t = el('text', { 'class': r.cls, x: PAD + r.x, y: PAD + r.row * LINE + SIZE - 1 }, node);
        t.textContent = r.text;
      });
    });
    return { svg: svg, width: w, height: h };
  }

  // The graph takes the window's width when that is wider than the text column.
  function widen() {
    var room = document.documentElement.clientWidth - 2 * MARGIN;
    box.style.width = '';
    box.style.marginLeft = '';
    var column = box.getBoundingClientRect();
    if (room > column.width) {
      box.style.width = room + 'px';
      box.style.marginLeft = (MARGIN - column.left) + 'px';
    }
    return box.clientWidth;
  }

  if (!graph.nodes.length) {
    box.textContent = 'No rule concluded anything for these facts, so there is no graph to draw.';
    box.classList.add('failed');
    return;
  }
  try {
    var sizes = {};
    graph.nodes.forEach(function (n) { sizes[n.id] = content(n); });
    var room = widen() || 800;
    var choices = ['TB', 'LR'].map(function (dir) {
      var g = layout(dir, sizes);
      return { dir: dir, g: g, scale: Math.min(1, room / g.graph().width) };
    });
    // The direction that shows the text larger; on a tie, the shorter picture.
    choices.sort(function (a, b) { return (b.scale - a.scale) || (a.g.graph().height - b.g.graph().height); });
    var chosen = choices[0];
    var pic = draw(chosen.g, sizes);
    var scale = Math.max(chosen.scale, READABLE);
    var height = Math.max(120, Math.ceil(pic.height * scale));
    if (chosen.scale < READABLE) { height = Math.min(height, Math.max(420, Math.round(window.innerHeight * 0.8))); }
    pic.svg.setAttribute('width', '100%');
    pic.svg.setAttribute('height', height);
    box.appendChild(pic.svg);
    box.dataset.direction = chosen.dir;
    var zoom = svgPanZoom(pic.svg, { fit: true, center: true, minZoom: 0.3, maxZoom: 12, zoomScaleSensitivity: 0.3,
      mouseWheelZoomEnabled: false, dblClickZoomEnabled: true, preventMouseEventsDefault: true });
    window.accordGraph = zoom;
    var setScale = function (s) { zoom.zoom(zoom.getZoom() * s / zoom.getSizes().realZoom); };
    // The first node is where reading starts: the recommendation, or the first condition's assessment.
    // The view starts at the graph's beginning (its left edge, or its top), with that node in view
    // across; boxes before it (considerations that rest on the recommendation) stay in view too
    // unless they would push it out.
    var showStart = function () {
      setScale(READABLE);
      var first = chosen.g.node(graph.nodes[0].id), sz = zoom.getSizes(), s = sz.realZoom;
      var along = chosen.dir === 'LR' ? { at: first.x - first.width / 2, size: first.width, room: sz.width }
        : { at: first.y - first.height / 2, size: first.height, room: sz.height };
      var start = s * (along.at + along.size) + 12 < along.room * 0.7 ? 12 : 12 - s * along.at + along.room * 0.1;
      if (chosen.dir === 'LR') {
        zoom.pan({ x: start, y: sz.height / 2 - s * first.y });
      } else {
        zoom.pan({ x: sz.width / 2 - s * first.x, y: start });
      }
    };
    if (chosen.scale < READABLE) {
      showStart();
      box.dataset.partial = 'true';
      var note = document.getElementById('graph-partial');
      if (note) { note.hidden = false; }
    }
    // A window made narrower or wider takes the graph box with it; the picture keeps its zoom.
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { widen(); zoom.resize(); }, 150);
    });
    // Inside another page (the workbench shows the report in a sandboxed frame), a click on a box
    // tells that page which box, so it can show the rule's DRL or the fact's lines: only what the
    // box itself shows is sent. A drag to pan the picture is not a click.
    if (window.parent !== window) {
      var byId = {}, down = null;
      graph.nodes.forEach(function (n) { byId[n.id] = n; });
      box.classList.add('clickable');
      pic.svg.addEventListener('mousedown', function (e) { down = { x: e.clientX, y: e.clientY }; });
      pic.svg.addEventListener('click', function (e) {
        var target = e.target.closest ? e.target.closest('g.node') : null;
        var moved = down && Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y) > 4;
        if (!target || moved) { return; }
        var n = byId[target.getAttribute('data-node')];
        pic.svg.querySelectorAll('g.node.selected').forEach(function (g) { g.classList.remove('selected'); });
        target.classList.add('selected');
        window.parent.postMessage({ accord: 'graph-node', id: n.id, kind: n.kind, title: n.title, path: n.path || '' }, '*');
      });
    }
    // The wheel scrolls the page until the reader clicks into the graph; leaving it gives the wheel back.
    box.addEventListener('mousedown', function () { zoom.enableMouseWheelZoom(); box.classList.add('active'); });
    box.addEventListener('mouseleave', function () { zoom.disableMouseWheelZoom(); box.classList.remove('active'); });
    document.querySelectorAll('button[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var what = b.dataset.zoom;
        if (what === 'in') { zoom.zoomIn(); }
        else if (what === 'out') { zoom.zoomOut(); }
        else if (what === 'actual') { setScale(1); }
        else if (what === 'start') { showStart(); }
        else { zoom.resetZoom(); zoom.resetPan(); zoom.fit(); zoom.center(); }
      });
    });
  } catch (err) {
    box.textContent = 'The graph could not be drawn in this browser (' + err.message + '); the "because" tree below holds the same.';
    box.classList.add('failed');
  }
})();
