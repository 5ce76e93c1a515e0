// The Accord workbench: plain JavaScript, no framework and no network beyond this server, so the
// page works offline. Everything it shows comes from the /v1 API (see /openapi.json).
(function () {
  'use strict';
  var csrf = document.querySelector('meta[name="csrf"]').content;
  var $ = function (id) { return document.getElementById(id); };
  var state = { pack: null, factset: null, facts: [], removed: new Set(), sets: new Map(), file: null, saved: '', checkTimer: null };

  function api(path, options) {
    options = options || {};
    var headers = Object.assign({ 'X-Accord-CSRF': csrf }, options.headers || {});
    return fetch(path, Object.assign({}, options, { headers: headers, credentials: 'same-origin' })).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      var body = type.indexOf('json') >= 0 ? r.json() : r.text();
      return body.then(function (b) { return { ok: r.ok, status: r.status, body: b }; });
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'className') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }

  function q(params) {
    return params.filter(function (p) { return p[1] !== null && p[1] !== undefined && p[1] !== ''; })
      .map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');
  }

  // ---- choosing a pack and a fact set
  function init() {
    Promise.all([api('/v1/packs'), api('/v1/facts')]).then(function (r) {
      fill($('pack'), r[0].body.packs.map(function (p) { return p.name; }), 'nato-afghanistan');
      fill($('factset'), r[1].body.factSets.map(function (f) { return f.name; }), '2021-02-15-nato-ministerial.yaml');
      state.packs = r[0].body.packs;
      choose();
    });
    $('pack').addEventListener('change', choose);
    $('factset').addEventListener('change', choose);
    $('asof').addEventListener('change', evaluate);
    $('reset').addEventListener('click', function () { state.removed.clear(); state.sets.clear(); renderFacts(); evaluate(); });
    $('file').addEventListener('change', function () { openFile($('file').value); });
    $('source').addEventListener('input', function () { paint(); gutter([]); clearTimeout(state.checkTimer); state.checkTimer = setTimeout(check, 400); });
    $('source').addEventListener('scroll', function () {
      $('gutter').scrollTop = $('source').scrollTop;
      if (window.AccordHighlight) { AccordHighlight.follow($('source'), $('highlight')); }
    });
    $('save').addEventListener('click', save);
    // The report in its sandboxed frame says which box of the graph was clicked (graph.js); only
    // that frame is listened to, and only a message of the expected shape is taken.
    window.addEventListener('message', function (e) {
      var m = e.data;
      if (e.source !== $('explanation').contentWindow || !m || m.accord !== 'graph-node' || typeof m.path !== 'string') { return; }
      showNodeSource(String(m.title || ''), m.path);
    });
    $('node-edit').addEventListener('click', function () {
      var at = state.nodeSource;
      $('file').value = at.file;
      openFile(at.file).then(function () { goToLine(at.line); $('editor-panel').scrollIntoView(); });
    });
    $('search').addEventListener('click', search);
    live();
  }

  function fill(select, values, preferred) {
    select.innerHTML = '';
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); });
    if (values.indexOf(preferred) >= 0) { select.value = preferred; }
  }

  function choose() {
    state.pack = $('pack').value;
    state.factset = $('factset').value;
    state.removed.clear();
    state.sets.clear();
    $('asof').value = '';
    $('node-source').hidden = true;
    state.actions = [];
    $('search-results').innerHTML = '';
    api('/v1/packs/' + encodeURIComponent(state.pack)).then(function (r) {
      state.actions = r.ok ? r.body.actions : [];
      fill($('search-target'), [''].concat(state.actions.map(function (a) { return a.id; })), 'WITHDRAW');
      $('search-target').options[0].textContent = 'any other recommendation';
    })
      .then(function () { return loadFacts(); }).then(evaluate);
    listFiles();
  }

  // ---- the decision, and what-if in place
  function evaluate() {
    var edits = editParams();
    var path, base = [['facts', state.factset]];
    if (edits.length === 0) {
      path = '/v1/packs/' + encodeURIComponent(state.pack) + '/decision?' + q(base.concat([['asOf', $('asof').value]]));
    } else {
      path = '/v1/packs/' + encodeURIComponent(state.pack) + '/what-if?' + q(base.concat(edits, [['asOf', $('asof').value]]));
    }
    return api(path).then(function (r) {
      if (!r.ok) { showProblem(r.body); return; }
      $('problem').hidden = true;
      $('why-not-panel').hidden = true; // it answered for the decision before this one
      if (edits.length === 0) {
        $('whatif-banner').hidden = true;
        showDecision(r.body, null);
      } else {
        showDecision(r.body.after, r.body.before);
        showEdits(r.body);
      }
      $('explanation').src = path + '&format=html#graph';
    });
  }

  function editParams() {
    var params = [];
    state.removed.forEach(function (label) { params.push(['remove', label]); });
    state.sets.forEach(function (value, key) { params.push(['set', key + '=' + value]); });
    return params;
  }

  function outcome(d) {
    if (d.outcome === 'RECOMMENDED') { return d.action; }
    return d.outcome === 'CONFLICT' ? 'CONFLICT' : 'no recommendation';
  }

  function showDecision(d, before) {
    var badge = $('recommendation');
    badge.textContent = outcome(d);
    badge.className = 'badge ' + (d.outcome === 'RECOMMENDED' ? d.action : 'none');
    $('summary').textContent = (d.recommendations[0] || {}).summary || '';
    var list = $('conditions');
    list.innerHTML = '';
    var old = {};
    if (before) { before.conditions.forEach(function (c) { old[c.id] = c.status; }); }
    d.conditions.forEach(function (c) {
      var li = el('li', { 'data-condition': c.id, 'data-status': c.status }, [
        el('span', { className: 'status ' + c.status, text: c.status }),
        el('span', { className: 'title', text: c.id + ': ' + c.title })]);
      if (before && old[c.id] !== c.status) { li.appendChild(el('span', { className: 'changed', text: 'was ' + old[c.id] })); }
      if (c.status !== 'MET' && !before) {
        var b = el('button', { type: 'button', className: 'why-not', text: 'why not?' });
        b.addEventListener('click', function () { whyNot(c.id); });
        li.appendChild(b);
      }
      list.appendChild(li);
    });
    var others = $('actions');
    others.innerHTML = '';
    (state.actions || []).filter(function (a) { return a.id !== d.action; }).forEach(function (a) {
      var li = el('li', { 'data-action': a.id }, [el('span', { className: 'status', text: a.id }), el('span', { className: 'title', text: a.title })]);
      if (!before) {
        var b = el('button', { type: 'button', className: 'why-not', text: 'why not?' });
        b.addEventListener('click', function () { whyNot(a.id, true); });
        li.appendChild(b);
      }
      others.appendChild(li);
    });
    $('actions-title').hidden = others.children.length === 0;
  }

  function showEdits(c) {
    $('whatif-banner').hidden = false;
    var edits = $('edits');
    edits.innerHTML = '';
    c.edits.forEach(function (e) { edits.appendChild(el('li', { text: e })); });
    var was = outcome(c.before), now = outcome(c.after);
    var lines = [was === now ? 'Recommendation: ' + now + ' (unchanged)' : 'Recommendation: ' + was + ' → ' + now];
    if (c.nowFiring.length) { lines.push('Rules that now fire: ' + c.nowFiring.join('; ')); }
    if (c.noLongerFiring.length) { lines.push('Rules that no longer fire: ' + c.noLongerFiring.join('; ')); }
    $('changes').textContent = lines.join('\n');
  }

  function whyNot(id, action) {
    var path = '/v1/packs/' + encodeURIComponent(state.pack) + '/why-not/' + encodeURIComponent(id) + '?'
      + q([['facts', state.factset], ['format', 'text']]);
    api(path).then(function (r) {
      $('why-not-panel').hidden = false;
      $('why-not-title').textContent = action ? 'Why not ' + id + '?' : 'Why is ' + id + ' not MET?';
      $('why-not').textContent = r.ok ? r.body : (r.body.detail || 'no answer');
    });
  }

  function showProblem(p) {
    var box = $('problem');
    box.hidden = false;
    box.textContent = (p.title || 'Error') + ': ' + (p.detail || '') + '\n' + (p.diagnostics || []).map(function (d) {
      return d.file + ':' + d.line + ':' + d.column + ': ' + d.severity + ': ' + d.message;
    }).join('\n');
    $('conditions').innerHTML = '';
    $('actions').innerHTML = '';
    $('summary').textContent = '';
    $('recommendation').textContent = '—';
    $('recommendation').className = 'badge none';
  }

  // ---- the counterfactual search; an answer is applied as what-if edits with a click
  function search() {
    var target = $('search-target').value;
    $('search-status').textContent = 'searching…';
    $('search-results').innerHTML = '';
    var path = '/v1/packs/' + encodeURIComponent(state.pack) + '/what-if/search?' + q([['facts', state.factset], ['target', target]]);
    api(path).then(function (r) {
      if (!r.ok) { $('search-status').textContent = r.body.detail || 'no answer'; return; }
      $('search-status').textContent = r.body.changeSets.length + ' found (' + r.body.evaluated + ' fact sets evaluated'
        + (r.body.exhausted ? ', budget spent' : '') + ')';
      r.body.changeSets.slice(0, 5).forEach(function (cs) {
        var li = el('li', {}, [el('span', { text: '→ ' + (cs.action || cs.outcome) + ' ' })]);
        if (cs.edits) {
          var b = el('button', { type: 'button', className: 'apply', text: 'apply' });
          b.addEventListener('click', function () { apply(cs.edits); });
          li.appendChild(b);
        }
        li.appendChild(el('ul', {}, cs.changes.map(function (c) { return el('li', { text: c }); })));
        $('search-results').appendChild(li);
      });
    });
  }

  function apply(edits) {
    state.removed.clear();
    state.sets.clear();
    edits.remove.forEach(function (id) { state.removed.add(id); });
    edits.set.forEach(function (s) { state.sets.set(s.fact + '.' + s.field, typeof s.value === 'string' ? s.value : JSON.stringify(s.value)); });
    renderFacts();
    evaluate();
  }

  // ---- the facts, each switchable and editable
  function loadFacts() {
    return api('/v1/facts/' + state.factset.split('/').map(encodeURIComponent).join('/')).then(function (r) {
      state.facts = r.ok ? r.body.facts : [];
      if (r.ok && !$('asof').value && r.body.asOf) { $('asof').placeholder = r.body.asOf; }
      renderFacts();
      timeline();
    });
  }

  // ---- a box of the graph, clicked: the rule's DRL, or the fact's lines and its source
  function servedName(path) {
    var file = path.replace(/:\d+$/, '');
    var pack = (state.packs || []).filter(function (p) { return p.name === state.pack; })[0];
    var names = (pack ? pack.files : []).concat(['facts/' + state.factset]);
    // The report names a rule's file within its pack (ties.drl) and a fact set's as the server's
    // working folder sees it; the page knows them as the API names them: rules/PACK/FILE, facts/NAME.
    return names.filter(function (n) {
      var tail = n.substring(n.indexOf('/') + 1);
      return file === n || file === tail || file.slice(-tail.length - 1) === '/' + tail || n.slice(-file.length - 1) === '/' + file;
    })[0];
  }

  function showNodeSource(title, path) {
    var line = Number((/:(\d+)$/.exec(path) || [])[1] || 0);
    var name = path ? servedName(path) : null;
    $('node-source').hidden = false;
    $('node-title').textContent = title;
    $('node-citation').hidden = true;
    $('node-edit').hidden = true;
    $('node-lines').textContent = '';
    $('node-code').firstChild.textContent = '';
    if (!name || !line) {
      $('node-where').textContent = path;
      $('node-note').hidden = false;
      $('node-note').textContent = path ? 'This box comes from ' + path + ', which is not a file this server serves.'
        : 'The rules concluded this; click the rule (a rounded box) that did, or a fact, for its source.';
      return;
    }
    $('node-note').hidden = true;
    api('/v1/files/' + name.split('/').map(encodeURIComponent).join('/')).then(function (r) {
      if (!r.ok) { $('node-note').hidden = false; $('node-note').textContent = (r.body && r.body.detail) || 'not readable'; return; }
      var lines = String(r.body).split('\n');
      var span = /\.drl$/.test(name) ? ruleLines(lines, line) : factLines(lines, line);
      $('node-where').textContent = name + ':' + span[0] + (span[1] > span[0] ? '–' + span[1] : '');
      var numbers = [];
      for (var i = span[0]; i <= span[1]; i++) { numbers.push(i); }
      $('node-lines').textContent = numbers.join('\n');
      var text = lines.slice(span[0] - 1, span[1]).join('\n');
      $('node-code').firstChild.innerHTML = window.AccordHighlight ? AccordHighlight.colour(text, name) : '';
      if (!window.AccordHighlight) { $('node-code').firstChild.textContent = text; }
      state.nodeSource = { file: name, line: line };
      $('node-edit').hidden = false;
      if (name.indexOf('facts/') === 0) { showCitation(line); }
      $('node-source').scrollIntoView({ block: 'nearest' });
    });
  }

  /** The rule around a line of a DRL file: from its "rule" line to its "end". */
  function ruleLines(lines, line) {
    var from = line, to = line;
    while (from > 1 && line - from < 200 && !/^\s*rule\s/.test(lines[from - 1])) { from--; }
    if (!/^\s*rule\s/.test(lines[from - 1])) { from = line; }
    while (to < lines.length && to - from < 200 && !/^\s*end\s*$/.test(lines[to - 1])) { to++; }
    return [from, to];
  }

  /** A fact's lines: from its own to the line before the next fact's, less trailing blank and comment lines. */
  function factLines(lines, line) {
    var next = state.facts.map(function (f) { return f.line; }).filter(function (l) { return l > line; })
      .reduce(function (a, b) { return Math.min(a, b); }, Math.min(lines.length, line + 40) + 1);
    var to = next - 1;
    while (to > line && /^\s*(#.*)?$/.test(lines[to - 1])) { to--; }
    return [line, to];
  }

  function showCitation(line) {
    var fact = state.facts.filter(function (f) { return f.line === line; })[0];
    if (!fact || !fact.citation) { return; }
    var p = $('node-citation');
    p.innerHTML = '';
    p.appendChild(document.createTextNode('Source: '));
    var url = fact.url && /^https?:\/\//.test(fact.url) ? fact.url : null;
    p.appendChild(url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: fact.citation })
      : el('span', { text: fact.citation }));
    p.appendChild(el('span', { className: 'muted', text: ' [' + fact.source + ']' }));
    p.hidden = false;
  }

  // ---- the timeline of a dated fact set: the chart of `accord timeline --format html`, sandboxed
  // in a frame like the report (the server renders it; the page only asks whether there is one).
  function timeline() {
    var path = '/v1/packs/' + encodeURIComponent(state.pack) + '/timeline?' + q([['facts', state.factset]]);
    return api(path).then(function (r) {
      var dated = r.ok && r.body.markers && r.body.markers.length > 0;
      $('timeline-panel').hidden = !dated;
      if (dated) {
        $('timeline-title').textContent = 'Timeline: ' + r.body.steps.length + ' dates, ' + r.body.steps[0].date + ' to '
          + r.body.steps[r.body.steps.length - 1].date;
        $('timeline').src = path + '&format=html';
      } else {
        $('timeline').removeAttribute('src');
      }
    });
  }

  function renderFacts() {
    var body = $('facts').querySelector('tbody');
    body.innerHTML = '';
    state.facts.forEach(function (f) {
      var on = el('input', { type: 'checkbox', 'data-fact': f.label, title: 'switch this fact off' });
      on.checked = !state.removed.has(f.label);
      on.disabled = f.fixed;
      var row = el('tr', { 'data-fact': f.label, className: on.checked ? '' : 'off' });
      on.addEventListener('change', function () {
        if (on.checked) { state.removed.delete(f.label); } else { state.removed.add(f.label); }
        row.className = on.checked ? '' : 'off';
        evaluate();
      });
      var fields = el('td');
      Object.keys(f.fields).forEach(function (name) {
        var key = f.label + '.' + name;
        var input = el('input', { 'data-field': key, value: state.sets.has(key) ? state.sets.get(key) : (f.fields[name] || '') });
        if (state.sets.has(key)) { input.className = 'edited'; }
        input.addEventListener('change', function () {
          if (input.value === (f.fields[name] || '')) { state.sets.delete(key); input.className = ''; } else { state.sets.set(key, input.value); input.className = 'edited'; }
          evaluate();
        });
        fields.appendChild(el('label', { className: 'field' }, [el('span', { text: name }), input]));
      });
      row.appendChild(el('td', {}, [on]));
      row.appendChild(el('td', {}, [el('strong', { text: f.label }), el('span', { className: 'type', text: f.type + ' · line ' + f.line })]));
      row.appendChild(fields);
      body.appendChild(row);
    });
  }

  // ---- editing the pack's files and the fact set, checked as you type, saved whole
  function listFiles() {
    var pack = (state.packs || []).filter(function (p) { return p.name === state.pack; })[0];
    var files = (pack ? pack.files : []).concat(['facts/' + state.factset]);
    fill($('file'), files, state.file && files.indexOf(state.file) >= 0 ? state.file : files.filter(function (f) { return /\.drl$/.test(f); })[0]);
    openFile($('file').value);
  }

  function openFile(name) {
    state.file = name;
    if (state.draftBroken) { state.draftBroken = false; evaluate(); }
    return api('/v1/files/' + name.split('/').map(encodeURIComponent).join('/')).then(function (r) {
      $('source').value = r.ok ? r.body : '';
      state.saved = $('source').value;
      paint();
      $('save-status').textContent = '';
      gutter([]);
      showDiagnostics([], null);
    });
  }

  // The editor's colours (highlight.js); without Prism the text shows plain, as in a textarea.
  function paint() {
    if (window.AccordHighlight) { AccordHighlight.paint($('source'), $('highlight').firstChild, state.file); }
  }

  function gutter(diagnostics) {
    var lines = $('source').value.split('\n').length;
    var marks = {};
    diagnostics.forEach(function (d) { if (d.file === state.file && !marks[d.line]) { marks[d.line] = d.severity; } });
    var g = $('gutter');
    g.innerHTML = '';
    for (var i = 1; i <= lines; i++) {
      g.appendChild(el('div', { 'data-line': i, className: marks[i] || '', text: String(i) }));
    }
    g.scrollTop = $('source').scrollTop;
  }

  function check() {
    return api('/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ file: state.file, content: $('source').value }) }).then(function (r) {
      if (!r.ok) { return; }
      showDiagnostics(r.body.diagnostics, r.body.errors ? null : 'no errors');
      // The decision panel says so while the edited file does not compile, and comes back when it does.
      if (r.body.errors) {
        state.draftBroken = true;
        showProblem({ title: 'The edited file has errors', detail: state.file + ' (not saved)', diagnostics: r.body.diagnostics });
      } else if (state.draftBroken) {
        state.draftBroken = false;
        evaluate();
      }
    });
  }

  function showDiagnostics(list, okText) {
    var ul = $('diagnostics');
    ul.innerHTML = '';
    list.forEach(function (d) {
      var li = el('li', { className: d.severity, 'data-line': d.line, 'data-file': d.file, text: d.file + ':' + d.line + ':' + d.column + ': ' + d.severity + ': ' + d.message });
      li.addEventListener('click', function () { goToLine(d.line); });
      ul.appendChild(li);
    });
    if (okText && list.length === 0) { ul.appendChild(el('li', { className: 'ok', text: okText })); }
    gutter(list);
  }

  function goToLine(line) {
    var text = $('source').value.split('\n');
    var at = text.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    var source = $('source');
    source.focus();
    source.setSelectionRange(at, at + (text[line - 1] || '').length);
    // A selection alone does not scroll a textarea in every browser: bring the line to a third of the height.
    var lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 19.5;
    source.scrollTop = Math.max(0, (line - 1) * lineHeight - source.clientHeight / 3);
  }

  function save() {
    var content = $('source').value;
    $('save-status').textContent = 'saving…';
    api('/v1/files/' + state.file.split('/').map(encodeURIComponent).join('/'), { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: content })
      .then(function (r) {
        if (r.ok) {
          state.saved = content;
          $('save-status').textContent = 'saved';
          showDiagnostics(r.body.diagnostics, 'saved; no errors');
          if (state.file.indexOf('facts/') === 0) { loadFacts().then(evaluate); } else { evaluate(); timeline(); }
        } else {
          $('save-status').textContent = r.body.detail || ('not saved (' + r.status + ')');
          showDiagnostics(r.body.diagnostics || [], null);
        }
      });
  }

  // ---- live: a change on disk (an editor, git pull, another page) shows at once
  function live() {
    if (!window.EventSource) { return; }
    var source = new EventSource('/v1/events');
    source.addEventListener('hello', function () { $('live').textContent = 'live'; $('live').className = 'live on'; });
    source.addEventListener('change', function () {
      if ($('source').value === state.saved && state.file) { openFile(state.file); }
      loadFacts().then(evaluate);
    });
    source.onerror = function () { $('live').textContent = 'offline'; $('live').className = 'live'; };
  }

  init();
}());
