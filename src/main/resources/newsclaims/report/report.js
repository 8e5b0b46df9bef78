// newsclaims report page: renders the embedded report data (see ReportData.java).
// Input text only ever reaches the page through textContent, setAttribute and CSS custom
// properties holding numbers: no innerHTML, no markup built from strings.
(function () {
  'use strict';

  const errorsEl = document.getElementById('errors');
  function fail(message) {
    errorsEl.hidden = false;
    errorsEl.textContent += message + '\n';
    document.body.setAttribute('data-status', 'error');
  }
  window.addEventListener('error', (e) => fail('Error: ' + e.message + (e.lineno ? ' (line ' + e.lineno + ')' : '')));
  window.addEventListener('unhandledrejection', (e) => fail('Unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation',
    (e) => fail('Blocked by the page policy: ' + e.violatedDirective + ' ' + (e.blockedURI || '')));

  const R = JSON.parse(document.getElementById('report-data').textContent);
  const DIFF = R.mode === 'diff';
  const docs = R.docs;
  const claims = R.claims;
  const summary = R.summary || {};
  const byDoc = docs.map(() => []);
  claims.forEach((c, i) => { c.i = i; byDoc[c.d].push(c); });
  const docIndex = new Map();
  docs.forEach((d, i) => docIndex.set(d.id, i));

  const KNOWN_TYPES = ['quote', 'casualty', 'count', 'date', 'money', 'percent', 'quantity', 'duration'];
  const FIGURE_TYPES = new Set(['casualty', 'count']);
  const TYPE_COLORS = {
    quote: '#b7791f', casualty: '#c62828', count: '#1565c0', date: '#2e7d32', money: '#6a1b9a',
    percent: '#ad1457', quantity: '#5d4037', duration: '#00838f', other: '#546e7a'
  };
  const STATUSES = ['added', 'removed', 'changed', 'same'];
  const HUES = [212, 28, 140, 282, 352, 176, 48, 318, 96, 248, 8, 194];
  const PAGE_DOCS = 100;
  const PAGE_ROWS = 50;

  const $ = (id) => document.getElementById(id);

  /** An element with attributes (on* are listeners; text sets textContent) and children (strings become text). */
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      const v = attrs[k];
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const kid of kids) {
      if (kid != null) e.append(kid instanceof Node ? kid : String(kid));
    }
    return e;
  }
  function svgEl(tag, attrs) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }
  function hash(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return Math.abs(h);
  }
  const typeClass = (t) => (KNOWN_TYPES.includes(t) ? t : 'other');
  const typeColor = (t) => TYPE_COLORS[typeClass(t)];
  function compareTypes(a, b) {
    const x = KNOWN_TYPES.indexOf(a);
    const y = KNOWN_TYPES.indexOf(b);
    if (x >= 0 || y >= 0) return x < 0 ? 1 : y < 0 ? -1 : x - y;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const fmtNumber = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));
  const words = (s) => (s == null ? '' : String(s).replace(/_/g, ' '));

  const speakerHue = new Map();
  (summary.speakers || []).forEach((s, i) => speakerHue.set(s.name, i < HUES.length ? HUES[i] : hash(s.name) % 360));
  function hueOf(name) {
    if (!speakerHue.has(name)) speakerHue.set(name, hash(name) % 360);
    return speakerHue.get(name);
  }

  function claimText(c) {
    return c.x != null ? c.x : docs[c.d].text.slice(c.s, c.e);
  }
  function valueText(c) {
    if (c.q === 'range' && c.lo != null && c.hi != null) return fmtNumber(c.lo) + '\u2013' + fmtNumber(c.hi);
    if (c.v == null) return c.q === 'vague' ? '(vague)' : '';
    return fmtNumber(c.v);
  }
  function excerpt(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
  }
  /** One or more lines saying what a claim is, for tooltips and titles. */
  function describe(c) {
    const lines = [];
    let head = c.t;
    if (c.t === 'quote') head += c.dir === false ? ' (reported speech)' : c.dir ? ' (direct)' : '';
    else if (c.v != null || c.q) head += ': ' + [words(c.q), valueText(c), c.c].filter(Boolean).join(' ');
    if (c.st) head += '  [' + c.st + ']';
    lines.push(head);
    if (c.sp) lines.push('source: ' + c.sp + (c.role ? ', ' + c.role : ''));
    else if (c.t === 'quote') lines.push('no speaker found');
    if (c.cue) lines.push('cue: ' + c.cue[2]);
    if (c.ctx) lines.push('context: ' + c.ctx);
    return lines.join('\n');
  }

  // ---- state and filters ---------------------------------------------------------------------

  const typesPresent = [...new Set(claims.map((c) => c.t))].sort(compareTypes);
  const state = {
    view: null,
    doc: -1,
    sel: null,
    hover: null,
    types: new Set(typesPresent),
    statuses: new Set(STATUSES),
    speaker: '',
    search: '',
    onlyChanged: DIFF,
    links: true,
    page: 0
  };

  function speakerMatches(c) {
    if (!state.speaker) return true;
    return c.sp != null && c.sp.toLowerCase().includes(state.speaker.toLowerCase());
  }
  function visible(c) {
    return state.types.has(c.t) && (!DIFF || state.statuses.has(c.st)) && speakerMatches(c);
  }
  function listedDocs() {
    const q = state.search.toLowerCase();
    const out = [];
    for (let i = 0; i < docs.length; i++) {
      if (q && !docs[i].id.toLowerCase().includes(q)) continue;
      if (state.speaker && !byDoc[i].some(visible)) continue;
      if (state.onlyChanged && !byDoc[i].some((c) => c.st !== 'same')) continue;
      out.push(i);
    }
    return out;
  }

  // ---- summary ---------------------------------------------------------------------------------

  function card(n, label, cls) {
    return el('div', { class: 'card' + (cls ? ' ' + cls : '') }, el('div', { class: 'n', text: fmtNumber(n) }),
      el('div', { class: 'l', text: label }));
  }

  function renderSummary() {
    const run = summary.run;
    const cards = clear($('cards'));
    if (run) {
      cards.append(card(run.read, 'documents read'), card(run.succeeded, 'succeeded', 'good'),
        card(run.failed, 'failed', run.failed > 0 ? 'bad' : ''));
    } else {
      cards.append(card(docs.length, 'documents'));
    }
    if (DIFF) {
      const count = (st) => claims.filter((c) => c.st === st).length;
      const changedDocs = byDoc.filter((list) => list.some((c) => c.st !== 'same')).length;
      cards.append(card(changedDocs, 'documents with changes'), card(count('added'), 'added', 'good'),
        card(count('removed'), 'removed', 'bad'), card(count('changed'), 'changed'), card(count('same'), 'unchanged'));
    } else {
      const figures = claims.filter((c) => FIGURE_TYPES.has(c.t)).length;
      cards.append(card(claims.length, 'claims'), card((summary.speakers || []).length, 'speakers'),
        card(figures, 'casualty & count figures'));
    }

    const notes = summary.notes || [];
    $('notes-section').hidden = notes.length === 0;
    clear($('notes')).append(...notes.map((n) => el('li', { text: n })));

    renderTypeChart();
    if (DIFF) renderDiffTables();
    renderSpeakers();
    renderFigures();
    renderFailures(run);
    renderRunInfo(run);
  }

  function renderTypeChart() {
    const types = summary.types || {};
    const names = Object.keys(types).sort(compareTypes);
    const count = (t) => (DIFF ? types[t].new : types[t]);
    const box = clear($('type-chart'));
    $('types-heading').textContent = DIFF ? 'Claims per type (new run)' : 'Claims per type';
    if (names.length === 0) {
      box.append(el('p', { class: 'muted', text: 'No claims.' }));
      return;
    }
    const max = Math.max(1, ...names.map(count));
    const rowH = 26;
    const width = 520;
    const labelW = 90;
    const barMax = width - labelW - 70;
    const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + (names.length * rowH + 12), role: 'img',
      'aria-label': 'claims per type' });
    names.forEach((t, i) => {
      const y = 8 + i * rowH;
      const n = count(t);
      const w = Math.max(n > 0 ? 2 : 0, Math.round((n / max) * barMax));
      const label = svgEl('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end' });
      label.textContent = t;
      const bar = svgEl('rect', { x: labelW, y: y + 3, width: w, height: rowH - 9, rx: 3, fill: typeColor(t) });
      const value = svgEl('text', { x: labelW + w + 6, y: y + 15 });
      value.textContent = fmtNumber(n);
      svg.append(label, bar, value);
    });
    box.append(svg);
  }

  function renderDiffTables() {
    const types = summary.types || {};
    const table = clear($('diff-types'));
    table.hidden = false;
    const cols = ['old', 'new', 'added', 'removed', 'changed', 'same'];
    table.append(el('thead', null, el('tr', null, el('th', { text: 'type' }),
      ...cols.map((c) => el('th', { class: 'num', text: c === 'same' ? 'unchanged' : c })))));
    const body = el('tbody');
    for (const t of Object.keys(types).sort(compareTypes)) {
      const sw = el('span', { class: 'swatch' });
      sw.style.background = typeColor(t);
      body.append(el('tr', null, el('td', null, sw, t),
        ...cols.map((c) => el('td', { class: 'num', text: fmtNumber(types[t][c] || 0) }))));
    }
    table.append(body);
    const fields = summary.fields || {};
    const ft = clear($('diff-fields'));
    const names = Object.keys(fields).sort((a, b) => fields[b] - fields[a]);
    ft.hidden = names.length === 0;
    ft.append(el('thead', null, el('tr', null, el('th', { text: 'changed field' }), el('th', { class: 'num', text: 'claims' }))));
    ft.append(el('tbody', null, ...names.map((f) => el('tr', null, el('td', { text: f }),
      el('td', { class: 'num', text: fmtNumber(fields[f]) })))));
  }

  function renderSpeakers() {
    const speakers = summary.speakers || [];
    const table = clear($('speakers'));
    table.append(el('thead', null, el('tr', null, el('th', { text: 'speaker' }), el('th', { class: 'num', text: 'quotes' }),
      el('th', { class: 'num', text: 'all claims' }), el('th', { class: 'num', text: 'documents' }))));
    const body = el('tbody');
    for (const s of speakers.slice(0, 20)) {
      const sw = el('span', { class: 'swatch' });
      sw.style.background = 'hsl(' + hueOf(s.name) + ', 55%, 45%)';
      body.append(el('tr', {
        class: 'link', title: 'Show the claims of ' + s.name,
        onclick: () => openSpeaker(s.name)
      }, el('td', null, sw, s.name), el('td', { class: 'num', text: fmtNumber(s.quotes) }),
      el('td', { class: 'num', text: fmtNumber(s.claims) }), el('td', { class: 'num', text: fmtNumber(s.docs) })));
    }
    if (speakers.length === 0) body.append(el('tr', null, el('td', { colspan: 4, class: 'muted', text: 'No attributed claims.' })));
    table.append(body);
    $('speakers-more').textContent = speakers.length > 20 ? (speakers.length - 20) + ' more speakers: filter by speaker in the article view.' : '';
  }

  function openSpeaker(name) {
    state.speaker = name;
    $('speaker-filter').value = name;
    const first = listedDocs()[0];
    go(first != null ? first : 0, null);
  }

  const figureRows = claims.filter((c) => FIGURE_TYPES.has(c.t));
  const figureSort = { key: 'doc', dir: 1, page: 0 };
  const FIGURE_COLUMNS = [
    { key: 'doc', label: 'document', get: (c) => docs[c.d].id, cmp: (a, b) => a.d - b.d || a.cs - b.cs },
    { key: 'value', label: 'value', num: true, get: valueText, sortValue: (c) => (typeof c.v === 'number' ? c.v : c.lo != null ? c.lo : null) },
    { key: 'qualifier', label: 'qualifier', get: (c) => words(c.q) },
    { key: 'category', label: 'category', get: (c) => c.c || '' },
    { key: 'type', label: 'type', get: (c) => c.t },
    { key: 'text', label: 'text', get: (c) => claimText(c), clip: true },
    { key: 'source', label: 'source', get: (c) => c.sp || '' }
  ];
  if (DIFF) FIGURE_COLUMNS.push({ key: 'status', label: 'change', get: (c) => c.st });

  function sortFigures() {
    const col = FIGURE_COLUMNS.find((c) => c.key === figureSort.key);
    const dir = figureSort.dir;
    let cmp;
    if (col.cmp) cmp = col.cmp;
    else if (col.sortValue) {
      cmp = (a, b) => {
        const x = col.sortValue(a);
        const y = col.sortValue(b);
        if (x == null || y == null) return x == null ? (y == null ? 0 : 1 * dir) : -1 * dir;
        return x - y;
      };
    } else {
      cmp = (a, b) => col.get(a).localeCompare(col.get(b), 'en', { numeric: true });
    }
    figureRows.sort((a, b) => cmp(a, b) * dir || a.i - b.i);
  }

  function renderFigures() {
    $('figures-count').textContent = '(' + fmtNumber(figureRows.length) + ')';
    const table = clear($('figures'));
    const head = el('tr');
    for (const col of FIGURE_COLUMNS) {
      head.append(el('th', {
        class: col.num ? 'num' : null,
        'data-key': col.key,
        'data-dir': figureSort.key === col.key ? (figureSort.dir > 0 ? 'asc' : 'desc') : null,
        onclick: () => {
          figureSort.dir = figureSort.key === col.key ? -figureSort.dir : 1;
          figureSort.key = col.key;
          figureSort.page = 0;
          renderFigures();
        }
      }, col.label));
    }
    table.append(el('thead', null, head));
    sortFigures();
    const body = el('tbody');
    const from = figureSort.page * PAGE_ROWS;
    for (const c of figureRows.slice(from, from + PAGE_ROWS)) {
      const tr = el('tr', { class: 'link', title: describe(c), 'data-claim': c.i, onclick: () => go(c.d, c.i) });
      for (const col of FIGURE_COLUMNS) {
        tr.append(el('td', { class: col.num ? 'num' : col.clip ? 'clip' : null, text: col.get(c) }));
      }
      body.append(tr);
    }
    if (figureRows.length === 0) {
      body.append(el('tr', null, el('td', { colspan: FIGURE_COLUMNS.length, class: 'muted', text: 'No casualty or count figures.' })));
    }
    table.append(body);
    pager($('figures-pager'), figureSort.page, figureRows.length, PAGE_ROWS, (p) => {
      figureSort.page = p;
      renderFigures();
    });
  }

  function pager(box, page, total, size, onPage) {
    clear(box);
    if (total <= size) return;
    const pages = Math.ceil(total / size);
    box.append(
      el('button', { type: 'button', disabled: page === 0, onclick: () => onPage(page - 1), text: '\u2039' }),
      el('span', { text: fmtNumber(page * size + 1) + '\u2013' + fmtNumber(Math.min(total, (page + 1) * size)) + ' of ' + fmtNumber(total) }),
      el('button', { type: 'button', disabled: page >= pages - 1, onclick: () => onPage(page + 1), text: '\u203a' }));
  }

  function renderFailures(run) {
    const failures = run ? run.failures : [];
    $('failures-count').textContent = '(' + fmtNumber(failures.length) + ')';
    const table = clear($('failures'));
    table.append(el('thead', null, el('tr', null, ...['document', 'location', 'stage', 'reason'].map((h) => el('th', { text: h })))));
    const body = el('tbody');
    for (const f of failures.slice(0, 500)) {
      const di = docIndex.get(f.doc_id);
      body.append(el('tr', { class: di != null ? 'link' : null, onclick: di != null ? () => go(di, null) : null },
        el('td', { text: f.doc_id || '' }), el('td', { text: f.location || '' }), el('td', { text: f.stage || '' }),
        el('td', { text: f.reason || '' })));
    }
    if (failures.length > 500) body.append(el('tr', null, el('td', { colspan: 4, class: 'muted', text: (failures.length - 500) + ' more: see errors.jsonl' })));
    if (failures.length === 0) body.append(el('tr', null, el('td', { colspan: 4, class: 'muted', text: 'None.' })));
    table.append(body);
  }

  function renderRunInfo(run) {
    const table = clear($('run-info'));
    const row = (k, v) => table.append(el('tr', null, el('th', { text: k }), el('td', { text: v })));
    for (const k in R.files || {}) row(k, R.files[k]);
    if (run) {
      row('counts from', run.basis);
      if (run.version) row('newsclaims version', run.version);
      if (run.inputs && run.inputs.length) row('run inputs', run.inputs.join(', '));
      if (run.wall_seconds != null) row('run time', run.wall_seconds.toFixed(1) + ' s');
    }
  }

  // ---- article view ----------------------------------------------------------------------------

  let claimEls = new Map(); // claim index -> its elements (a claim crossing another is split)
  let refEls = new Map(); // 'kind:start:end' -> elements of a mention or cue

  function buildFilters() {
    const tf = clear($('type-filter'));
    for (const t of typesPresent) {
      const n = claims.filter((c) => c.t === t).length;
      const sw = el('span', { class: 'swatch' });
      sw.style.background = typeColor(t);
      tf.append(el('label', null, el('input', {
        type: 'checkbox', checked: state.types.has(t), 'data-type': t,
        onchange: (e) => { if (e.target.checked) state.types.add(t); else state.types.delete(t); refreshArticles(); }
      }), ' ', sw, t, el('span', { class: 'badge', text: fmtNumber(n) })));
    }
    if (DIFF) {
      const sf = clear($('status-filter'));
      sf.hidden = false;
      for (const st of STATUSES) {
        sf.append(el('label', null, el('input', {
          type: 'checkbox', checked: state.statuses.has(st),
          onchange: (e) => { if (e.target.checked) state.statuses.add(st); else state.statuses.delete(st); refreshArticles(); }
        }), ' ', el('span', { class: 'badge ' + st, text: st === 'same' ? 'unchanged' : st })));
      }
      $('only-changed-label').hidden = false;
      $('only-changed').addEventListener('change', (e) => { state.onlyChanged = e.target.checked; state.page = -1; renderDocList(); });
    }
    const dl = clear($('speaker-names'));
    for (const s of (summary.speakers || []).slice(0, 200)) dl.append(el('option', { value: s.name }));
    let timer = null;
    $('speaker-filter').addEventListener('input', (e) => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.speaker = e.target.value.trim(); state.page = -1; refreshArticles(); }, 150);
    });
    $('doc-search').addEventListener('input', (e) => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.search = e.target.value.trim(); state.page = -1; renderDocList(); }, 150);
    });
    $('show-links').addEventListener('change', (e) => { state.links = e.target.checked; drawLinks(); });
    $('prev-doc').addEventListener('click', () => step(-1));
    $('next-doc').addEventListener('click', () => step(1));
    document.addEventListener('keydown', (e) => {
      if (state.view !== 'articles' || e.target.tagName === 'INPUT') return;
      if (e.key === 'ArrowRight' || e.key === 'n') step(1);
      if (e.key === 'ArrowLeft' || e.key === 'p') step(-1);
    });
    const text = $('article-text');
    text.addEventListener('mouseover', (e) => {
      const k = claimAt(e.target);
      if (k == null) return;
      state.hover = k;
      showTooltip(e, claims[k]);
      if (state.sel == null) showDetail(claims[k]);
      drawLinks();
    });
    text.addEventListener('mousemove', (e) => moveTooltip(e));
    text.addEventListener('mouseout', () => {
      state.hover = null;
      $('tooltip').hidden = true;
      drawLinks();
    });
    text.addEventListener('click', (e) => {
      const k = claimAt(e.target);
      select(k === state.sel ? null : k);
    });
    window.addEventListener('resize', () => drawLinks());
  }

  /** The claim an element shows: the innermost claim highlight, or the first claim of a mention or cue. */
  function claimAt(node) {
    const m = node.closest && node.closest('[data-k]');
    return m ? Number(m.getAttribute('data-k')) : null;
  }

  function step(delta) {
    const list = listedDocs();
    if (list.length === 0) return;
    const at = list.indexOf(state.doc);
    const next = at < 0 ? list[0] : list[Math.min(list.length - 1, Math.max(0, at + delta))];
    go(next, null);
  }

  function renderDocList() {
    const list = listedDocs();
    if (state.page < 0) {
      const at = list.indexOf(state.doc);
      state.page = at < 0 ? 0 : Math.floor(at / PAGE_DOCS);
    }
    const pages = Math.max(1, Math.ceil(list.length / PAGE_DOCS));
    state.page = Math.min(state.page, pages - 1);
    const ol = clear($('doc-list'));
    const from = state.page * PAGE_DOCS;
    for (const di of list.slice(from, from + PAGE_DOCS)) {
      const d = docs[di];
      const all = byDoc[di];
      const li = el('li', { class: di === state.doc ? 'current' : null, title: d.id, 'data-doc': d.id, onclick: () => go(di, null) },
        el('span', { class: 'id', text: d.id }));
      const badges = el('span');
      if (d.err) badges.append(el('span', { class: 'badge err', text: 'failed' }));
      if (DIFF) {
        for (const st of ['added', 'removed', 'changed']) {
          const n = all.filter((c) => c.st === st).length;
          if (n) badges.append(el('span', { class: 'badge ' + st, text: (st === 'added' ? '+' : st === 'removed' ? '\u2212' : '~') + n }));
        }
      } else {
        badges.append(el('span', { class: 'badge', text: String(all.filter(visible).length) }));
      }
      li.append(badges);
      ol.append(li);
    }
    if (list.length === 0) ol.append(el('li', { class: 'muted', text: 'No document matches.' }));
    pager($('doc-pager'), state.page, list.length, PAGE_DOCS, (p) => { state.page = p; renderDocList(); });
  }

  function refreshArticles() {
    renderDocList();
    if (state.doc >= 0) renderArticle();
  }

  function renderArticle() {
    const di = state.doc;
    const d = docs[di];
    const all = byDoc[di];
    const shown = all.filter(visible);
    $('doc-title').textContent = d.id;
    const meta = [];
    if (d.loc) meta.push(d.loc);
    if (d.date) meta.push('date ' + d.date);
    meta.push(shown.length === all.length ? all.length + ' claims' : shown.length + ' of ' + all.length + ' claims shown');
    if (d.err) meta.push('failed: ' + d.err);
    $('doc-meta').textContent = meta.join(' \u00b7 ');
    const box = clear($('article-text'));
    claimEls = new Map();
    refEls = new Map();
    if (d.text == null) {
      box.className = 'text missing';
      box.textContent = 'The text of this document was not found in the inputs given to the report (--input); its claims are listed below.';
    } else {
      box.className = 'text';
      box.append(highlight(d.text, shown));
    }
    renderClaimTable(shown);
    if (state.sel != null && !shown.some((c) => c.i === state.sel)) state.sel = null;
    applySelection();
    if (state.sel != null) showDetail(claims[state.sel]);
    else clear($('detail')).append(el('p', { class: 'muted', text: 'Point at a highlight to see the claim; click to keep it here.' }));
    drawLinks();
  }

  /**
   * The text with every claim, mention and cue wrapped in place. Intervals nest by (start, -end);
   * where two cross, the later one is closed and reopened, so any overlap gives well-formed markup.
   */
  function highlight(text, shown) {
    const intervals = [];
    const refs = new Map();
    const rank = { claim: 0, mention: 1, cue: 2 };
    function addRef(kind, r, c) {
      if (!r || r[0] == null || r[1] <= r[0]) return;
      const key = kind + ':' + r[0] + ':' + r[1];
      let iv = refs.get(key);
      if (!iv) {
        iv = { kind, key, s: r[0], e: r[1], claims: [] };
        refs.set(key, iv);
        intervals.push(iv);
      }
      iv.claims.push(c);
    }
    for (const c of shown) {
      if (c.s == null) continue;
      if (c.e > c.s) intervals.push({ kind: 'claim', s: c.s, e: c.e, claim: c });
      addRef('mention', c.m, c);
      addRef('cue', c.cue, c);
    }
    intervals.sort((a, b) => a.s - b.s || b.e - a.e || rank[a.kind] - rank[b.kind] || (a.claim && b.claim ? a.claim.i - b.claim.i : 0));
    const cuts = new Set([0, text.length]);
    for (const iv of intervals) { cuts.add(iv.s); cuts.add(iv.e); }
    const points = [...cuts].sort((a, b) => a - b);
    const root = document.createDocumentFragment();
    const stack = [];
    let open = [];
    let next = 0;
    for (let j = 0; j + 1 < points.length; j++) {
      const a = points[j];
      const b = points[j + 1];
      while (next < intervals.length && intervals[next].s <= a) open.push(intervals[next++]);
      open = open.filter((iv) => iv.e > a);
      let k = 0;
      while (k < stack.length && k < open.length && stack[k].iv === open[k]) k++;
      stack.length = k;
      for (let q = k; q < open.length; q++) {
        const node = element(open[q]);
        (q === 0 ? root : stack[q - 1].node).append(node);
        stack.push({ iv: open[q], node });
      }
      (stack.length ? stack[stack.length - 1].node : root).append(text.slice(a, b));
    }
    for (const [k, nodes] of claimEls) {
      const c = claims[k];
      const last = nodes[nodes.length - 1];
      last.classList.add('last');
      if (c.sp && c.t !== 'quote') {
        last.setAttribute('data-src', c.sp);
        last.style.setProperty('--sh', String(hueOf(c.sp)));
      }
    }
    return root;
  }

  function element(iv) {
    let node;
    if (iv.kind === 'claim') {
      const c = iv.claim;
      node = el('mark', { class: 'c t-' + typeClass(c.t) + (c.st ? ' st-' + c.st : ''), 'data-k': c.i, 'data-type': c.t });
      if (c.t === 'quote') {
        if (c.sp) node.style.setProperty('--h', String(hueOf(c.sp)));
        else node.classList.add('anon');
      }
      if (!claimEls.has(c.i)) claimEls.set(c.i, []);
      claimEls.get(c.i).push(node);
    } else {
      const c = iv.claims[0];
      node = el('span', { class: iv.kind, 'data-ref': iv.key, 'data-k': c.i });
      if (iv.kind === 'mention') node.style.setProperty('--h', String(hueOf(c.sp)));
      if (!refEls.has(iv.key)) refEls.set(iv.key, []);
      refEls.get(iv.key).push(node);
    }
    return node;
  }

  function renderClaimTable(shown) {
    $('claims-count').textContent = '(' + shown.length + ')';
    const table = clear($('doc-claims'));
    const cols = ['type', 'text', 'value', 'qualifier', 'category', 'source'];
    if (DIFF) cols.push('change');
    table.append(el('thead', null, el('tr', null, ...cols.map((h) => el('th', { text: h })))));
    const body = el('tbody');
    for (const c of shown.slice(0, 1000)) {
      const sw = el('span', { class: 'swatch' });
      sw.style.background = typeColor(c.t);
      const tr = el('tr', { class: 'link', 'data-claim': c.i, title: describe(c), onclick: () => { select(c.i); scrollToClaim(c.i); } },
        el('td', null, sw, c.t), el('td', { class: 'clip', text: excerpt(claimText(c), 140) + (c.s == null ? '  (not placed in the text)' : '') }),
        el('td', { class: 'num', text: valueText(c) }), el('td', { text: words(c.q) }), el('td', { text: c.c || '' }),
        el('td', { text: c.sp || '' }));
      if (DIFF) tr.append(el('td', null, el('span', { class: 'badge ' + c.st, text: c.st })));
      body.append(tr);
    }
    if (shown.length > 1000) body.append(el('tr', null, el('td', { colspan: cols.length, class: 'muted', text: (shown.length - 1000) + ' more claims not listed' })));
    if (shown.length === 0) body.append(el('tr', null, el('td', { colspan: cols.length, class: 'muted', text: 'No claims (or none passes the filters).' })));
    table.append(body);
  }

  function select(k) {
    state.sel = k;
    applySelection();
    if (k != null) showDetail(claims[k]);
    const d = docs[state.doc];
    history.replaceState(null, '', '#doc=' + encodeURIComponent(d.id) + (k != null ? '&claim=' + k : ''));
    drawLinks();
  }

  function applySelection() {
    document.querySelectorAll('#article-text .sel, #article-text .lit').forEach((n) => n.classList.remove('sel', 'lit'));
    if (state.sel == null) return;
    const c = claims[state.sel];
    (claimEls.get(c.i) || []).forEach((n) => n.classList.add('sel'));
    for (const [kind, r] of [['mention', c.m], ['cue', c.cue]]) {
      if (r && r[0] != null) (refEls.get(kind + ':' + r[0] + ':' + r[1]) || []).forEach((n) => n.classList.add('lit'));
    }
  }

  function scrollToClaim(k) {
    const nodes = claimEls.get(k);
    if (nodes && nodes.length) nodes[0].scrollIntoView({ block: 'nearest' });
  }

  function showDetail(c) {
    const box = clear($('detail'));
    const head = el('h4', null, c.t);
    if (c.st) head.append(el('span', { class: 'badge ' + c.st, text: c.st }));
    box.append(head);
    const dl = el('dl');
    const row = (k, v) => {
      if (v != null && v !== '') dl.append(el('dt', { text: k }), v instanceof Node ? el('dd', null, v) : el('dd', { text: v }));
    };
    row('text', el('div', { class: 'excerpt', text: excerpt(claimText(c), 400) }));
    if (c.s == null) row('note', 'not placed: the text at its span is not this text');
    row('value', valueText(c));
    row('qualifier', words(c.q));
    row('category', c.c);
    if (c.lo != null || c.hi != null) row('bounds', fmtNumber(c.lo) + ' \u2013 ' + fmtNumber(c.hi));
    row('unit', c.u);
    if (c.t === 'quote') row('kind', c.dir ? 'direct quotation' : c.dir === false ? 'reported speech' : '');
    row('source', c.sp ? c.sp + (c.role ? ' (' + c.role + ')' : '') : c.t === 'quote' ? 'none found' : 'the article itself');
    if (c.m) row('mention', c.m[2]);
    if (c.cue) row('cue', c.cue[2]);
    row('context', c.ctx);
    row('span', '[' + c.cs + ', ' + c.ce + ') code points');
    row('claim id', c.id);
    for (const ch of c.ch || []) {
      row(ch[0], el('span', null, el('del', { text: ch[1] == null ? '(none)' : ch[1] }), ' \u2192 ',
        el('ins', { text: ch[2] == null ? '(none)' : ch[2] })));
    }
    box.append(dl);
  }

  function showTooltip(e, c) {
    const tip = $('tooltip');
    tip.textContent = describe(c);
    tip.hidden = false;
    moveTooltip(e);
  }
  function moveTooltip(e) {
    const tip = $('tooltip');
    if (tip.hidden) return;
    const x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    const y = e.clientY + 18 + tip.offsetHeight > window.innerHeight ? e.clientY - tip.offsetHeight - 10 : e.clientY + 18;
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }

  /** The first line box of an element's text (without the source badge its ::after adds). */
  function textRect(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getClientRects()[0] || node.getClientRects()[0];
  }

  /** Arrows from attributed figures (and the claim pointed at or selected) to the source's mention or cue. */
  function drawLinks() {
    const svg = $('links');
    clear(svg);
    if (state.view !== 'articles' || state.doc < 0) return;
    const wrap = $('article-wrap');
    const box = wrap.getBoundingClientRect();
    svg.setAttribute('width', wrap.clientWidth);
    svg.setAttribute('height', wrap.clientHeight);
    const defs = svgEl('defs', {});
    svg.append(defs);
    const markers = new Set();
    for (const [k, nodes] of claimEls) {
      const c = claims[k];
      const wanted = (state.links && c.sp && c.t !== 'quote') || k === state.sel || k === state.hover;
      if (!wanted) continue;
      let target = null;
      for (const [kind, r] of [['mention', c.m], ['cue', c.cue]]) {
        const found = r && r[0] != null ? refEls.get(kind + ':' + r[0] + ':' + r[1]) : null;
        if (found && found.length) { target = found[0]; break; }
      }
      if (!target) continue;
      const from = textRect(nodes[0]);
      const to = textRect(target);
      if (!from || !to) continue;
      const hue = hueOf(c.sp);
      const color = 'hsl(' + hue + ', 55%, 40%)';
      const id = 'arrow-' + hue;
      if (!markers.has(id)) {
        markers.add(id);
        const m = svgEl('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
        m.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
        defs.append(m);
      }
      // same line: an arch above both; else leave the lower box's top for the upper box's bottom
      const x1 = from.left + from.width / 2 - box.left;
      const x2 = to.left + to.width / 2 - box.left;
      let d;
      if (to.top >= from.bottom - 2) {
        const y1 = from.bottom - box.top;
        const y2 = to.top - box.top;
        const bend = Math.max(14, (y2 - y1) / 2);
        d = 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + (y1 + bend) + ' ' + x2 + ',' + (y2 - bend) + ' ' + x2 + ',' + (y2 - 1);
      } else if (to.bottom <= from.top + 2) {
        const y1 = from.top - box.top;
        const y2 = to.bottom - box.top;
        const bend = Math.max(14, (y1 - y2) / 2);
        d = 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + (y1 - bend) + ' ' + x2 + ',' + (y2 + bend) + ' ' + x2 + ',' + (y2 + 1);
      } else {
        const y1 = from.top - box.top;
        const y2 = to.top - box.top;
        const top = Math.min(y1, y2) - 14 - Math.min(20, Math.abs(x2 - x1) / 12);
        d = 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + top + ' ' + x2 + ',' + top + ' ' + x2 + ',' + (y2 - 1);
      }
      svg.append(svgEl('path', {
        d, fill: 'none', stroke: color, 'stroke-width': k === state.sel || k === state.hover ? 2.4 : 1.6,
        'stroke-opacity': 0.85, 'marker-end': 'url(#' + id + ')', 'data-link': k
      }));
    }
  }

  // ---- navigation ------------------------------------------------------------------------------

  function go(di, k) {
    location.hash = 'doc=' + encodeURIComponent(docs[di].id) + (k != null ? '&claim=' + k : '');
  }

  function show(view) {
    state.view = view;
    $('summary-view').hidden = view !== 'summary';
    $('articles-view').hidden = view !== 'articles';
    $('tab-summary').classList.toggle('active', view === 'summary');
    $('tab-articles').classList.toggle('active', view === 'articles');
    document.body.setAttribute('data-view', view);
  }

  function route() {
    const h = location.hash.slice(1);
    if (h === '' || h === 'summary') {
      show('summary');
      return;
    }
    const params = new URLSearchParams(h.includes('=') ? h : '');
    if (params.has('speaker')) {
      state.speaker = params.get('speaker');
      $('speaker-filter').value = state.speaker;
    }
    if (params.has('types')) {
      state.types = new Set(params.get('types').split(',').filter((t) => typesPresent.includes(t)));
    }
    let di = params.has('doc') ? docIndex.get(params.get('doc')) : undefined;
    if (di == null) di = state.doc >= 0 ? state.doc : listedDocs()[0];
    show('articles');
    if (di == null) {
      $('doc-title').textContent = 'No documents';
      renderDocList();
      return;
    }
    const k = params.has('claim') ? Number(params.get('claim')) : null;
    const changedDoc = di !== state.doc;
    state.doc = di;
    state.sel = k != null && claims[k] && claims[k].d === di ? k : null;
    if (state.sel != null && !visible(claims[state.sel])) state.types.add(claims[state.sel].t);
    if (changedDoc) state.page = -1;
    buildTypeChecks();
    renderDocList();
    renderArticle();
    if (state.sel != null) scrollToClaim(state.sel);
    else if (changedDoc) window.scrollTo(0, 0);
    document.body.setAttribute('data-doc', docs[di].id);
  }

  function buildTypeChecks() {
    document.querySelectorAll('#type-filter input[data-type]').forEach((box) => {
      box.checked = state.types.has(box.getAttribute('data-type'));
    });
  }

  renderSummary();
  buildFilters();
  window.addEventListener('hashchange', route);
  route();
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  if (document.body.getAttribute('data-status') !== 'error') document.body.setAttribute('data-status', 'ok');
})();
