// Newsroute web view: map shaded by article count, live feed (Server-Sent Events), country view.
// Plain script, no build step: d3-geo, topojson-client and uPlot are bundled under /assets.
(function () {
  'use strict';
  const state = { span: 'P1D', theme: '', selected: null, counts: new Map(), names: new Map(), themeLabels: new Map(),
                  feedItems: [], pending: [], source: null, chart: null, paths: new Map() };
  const FEED_MAX = 100;
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  }

  async function getJson(url) {
    const r = await fetch(url, { cache: 'no-store' });
    if (r.status === 503) return null; // stores starting: try again at the next refresh
    if (!r.ok) throw new Error(url + ' answered ' + r.status);
    return r.json();
  }

  // ---------- map ----------
  async function drawMap() {
    const [world, numeric] = await Promise.all([getJson('/assets/countries-110m.json'), getJson('/assets/iso-numeric.json')]);
    const features = topojson.feature(world, world.objects.countries).features;
    const projection = d3.geoNaturalEarth1().fitSize([960, 470], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const svg = $('map');
    svg.append(svgEl('path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
    features.forEach((f) => {
      const code = numeric[f.id] || '';
      if (f.properties && f.properties.name && code) state.names.set(code, f.properties.name);
      const p = svgEl('path', { d: path(f), 'data-code': code, 'data-count': '0' });
      const title = svgEl('title', {});
      title.textContent = f.properties.name;
      p.append(title);
      if (code) { p.addEventListener('click', () => selectCountry(code)); state.paths.set(code, p); }
      svg.append(p);
    });
  }

  function svgEl(tag, attrs) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  function shade(count, max) {
    if (!count) return null;
    const t = Math.sqrt(count / max); // square root: one busy country does not wash out the rest
    const from = [191, 212, 240], to = [11, 61, 145];
    const c = from.map((a, i) => Math.round(a + (to[i] - a) * t));
    return 'rgb(' + c.join(',') + ')';
  }

  function paintMap() {
    const max = Math.max(1, ...state.counts.values());
    state.paths.forEach((p, code) => {
      const n = state.counts.get(code) || 0;
      p.setAttribute('data-count', String(n));
      p.style.fill = shade(n, max) || '';
      p.querySelector('title').textContent = (state.names.get(code) || code) + ': ' + n + ' article' + (n === 1 ? '' : 's');
      p.classList.toggle('selected', code === state.selected);
    });
  }

  // ---------- ranking ----------
  async function refreshCountries() {
    const data = await getJson('/api/countries?since=' + state.span);
    if (!data) return;
    state.counts = new Map(data.countries.map((c) => [c.code, c.count]));
    data.countries.forEach((c) => state.names.set(c.code, state.names.get(c.code) || c.name));
    $('total').textContent = data.total + ' routed article' + (data.total === 1 ? '' : 's') + ' · ' + data.countries.length + ' countries';
    paintMap();
    const body = $('ranking').tBodies[0];
    body.replaceChildren(...data.countries.slice(0, 15).map(rankRow));
    if (!data.countries.length) body.append(el('tr', {}, el('td', { colspan: '3', class: 'empty' }, 'No articles in this window yet')));
    if (!state.selected && data.countries.length) selectCountry(data.countries[0].code);
  }

  function rankRow(c) {
    const change = c.change === null ? '' : (c.change > 0 ? '+' : '') + c.change;
    const cls = c.change > 0 ? 'num up' : c.change < 0 ? 'num down' : 'num';
    return el('tr', { 'data-code': c.code, onclick: () => selectCountry(c.code) },
      el('td', {}, countryName(c.code)), el('td', { class: 'num' }, c.count), el('td', { class: cls }, change));
  }

  function countryName(code) { return state.names.get(code) || code; }

  // ---------- country view ----------
  async function selectCountry(code) {
    state.selected = code;
    paintMap();
    $('country-title').textContent = countryName(code);
    const [series, themes, latest] = await Promise.all([
      getJson('/api/countries/' + code + '/series?since=' + state.span),
      getJson('/api/countries/' + code + '/themes?since=' + state.span),
      getJson('/api/countries/' + code + '/latest')]);
    if (code !== state.selected) return;
    if (series) drawChart(series);
    if (themes) drawThemes(themes.themes);
    if (latest) drawLatest(latest.articles);
  }

  function drawChart(series) {
    const xs = series.points.map((p) => p.t / 1000), ys = series.points.map((p) => p.count);
    const n = ys.reduce((a, b) => a + b, 0);
    $('country-count').textContent = n + ' article' + (n === 1 ? '' : 's') + ' · per ' + humanStep(series.step);
    const opts = { width: Math.max(300, $('chart').clientWidth), height: 180, legend: { show: false },
      scales: { x: { time: true } }, axes: [{}, { size: 40 }],
      series: [{}, { label: 'articles', stroke: '#2563eb', fill: 'rgba(37,99,235,.12)', width: 2, points: { show: false } }] };
    if (state.chart) state.chart.destroy();
    state.chart = new uPlot(opts, [xs, ys], $('chart'));
  }

  function humanStep(step) {
    return { PT1M: 'minute', PT10M: '10 minutes', PT1H: 'hour' }[step] || step;
  }

  function drawThemes(themes) {
    const max = Math.max(1, ...themes.map((t) => t.count));
    $('themes').replaceChildren(...themes.slice(0, 8).map((t) => el('li', { 'data-theme': t.code },
      el('span', {}, t.label), el('span', { class: 'bar', style: 'width:' + Math.round(100 * t.count / max) + '%' }), el('span', { class: 'n' }, t.count))));
    if (!themes.length) $('themes').append(el('li', { class: 'empty' }, 'No themes in this window'));
  }

  function drawLatest(items) {
    const shown = items.filter((i) => passesTheme(i.article));
    $('latest').replaceChildren(...shown.map((i) => articleItem(i, true)));
    if (!shown.length) $('latest').append(el('li', { class: 'empty' }, 'No articles' + (state.theme ? ' with this theme' : '')));
  }

  // ---------- articles and evidence ----------
  // record v2: a mention is an index into a.mentions, each [field, start, end]; v1: an inline {field, start, end}
  function mention(a, m) {
    if (typeof m !== 'number') return m;
    const p = (a.mentions || [])[m];
    return p ? { field: p[0], start: p[1], end: p[2] } : {};
  }

  function highlighted(a, field) {
    const text = a[field] || '';
    const ranges = [];
    a.countries.forEach((c) => (c.mentions || []).map((m) => mention(a, m))
      .forEach((m) => m.field === field && ranges.push([m.start, m.end, 'c', c.name + ' (' + c.code + ')'])));
    a.themes.forEach((t) => (t.evidence || []).map((m) => mention(a, m))
      .forEach((m) => m.field === field && ranges.push([m.start, m.end, 't', t.label])));
    ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const out = [];
    let at = 0;
    ranges.forEach(([s, e, kind, why]) => {
      if (s < at || e > text.length || s >= e) return; // overlapping or outside the excerpt
      out.push(text.slice(at, s));
      out.push(el('mark', { class: kind, title: why }, text.slice(s, e)));
      at = e;
    });
    out.push(text.slice(at));
    return out;
  }

  function articleItem(item, withExcerpt) {
    const a = item.article;
    const when = new Date(item.timestamp).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const chips = a.countries.map((c) => el('span', { class: 'chip', title: c.name + ' ' + c.relevance, onclick: () => selectCountry(c.code) }, c.code));
    const themes = a.themes.slice(0, 3).map((t) => el('span', { class: 'chip theme', title: t.code + ' ' + t.score }, t.label));
    const title = a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, highlighted(a, 'title')) : highlighted(a, 'title');
    const li = el('li', { 'data-id': a.id, 'data-countries': a.countries.map((c) => c.code).join(',') },
      el('div', { class: 'title' }, title),
      el('div', { class: 'meta' }, when + ' · ' + (a.source || '') + ' '), chips, themes);
    if (withExcerpt) li.append(el('div', { class: 'excerpt' }, highlighted(a, a.subtitle ? 'subtitle' : 'body')));
    if (withExcerpt && a.subtitle) li.append(el('div', { class: 'excerpt' }, highlighted(a, 'body')));
    return li;
  }

  function passesTheme(a) {
    return !state.theme || a.themes.some((t) => t.code === state.theme || t.top === state.theme);
  }

  // ---------- live feed ----------
  function connectFeed() {
    if (state.source) state.source.close();
    state.feedItems = [];
    $('feed').replaceChildren();
    const url = '/api/stream?replay=30' + (state.theme ? '&theme=' + encodeURIComponent(state.theme) : '');
    const source = new EventSource(url);
    source.addEventListener('open', () => $('status').classList.add('live'));
    source.addEventListener('error', () => $('status').classList.remove('live'));
    source.addEventListener('article', (e) => { state.pending.push(JSON.parse(e.data)); scheduleFlush(); });
    state.source = source;
  }

  let flushScheduled = false;
  function scheduleFlush() {
    if (flushScheduled) return;
    flushScheduled = true;
    setTimeout(() => requestAnimationFrame(flushFeed), 250); // batch: at 1,000 articles a minute, a few DOM updates a second
  }

  function flushFeed() {
    flushScheduled = false;
    const batch = state.pending.splice(0).slice(-FEED_MAX);
    const list = $('feed');
    batch.forEach((item) => list.prepend(articleItem(item, false)));
    while (list.children.length > FEED_MAX) list.lastElementChild.remove();
    state.feedItems = batch.concat(state.feedItems).slice(0, FEED_MAX);
    $('feed-count').textContent = list.children.length + ' shown';
  }

  // ---------- controls ----------
  async function loadThemes() {
    const data = await getJson('/api/themes');
    const select = $('theme');
    data.themes.forEach((t) => { state.themeLabels.set(t.code, t.label); select.append(el('option', { value: t.code }, t.label)); });
    select.addEventListener('change', () => { state.theme = select.value; connectFeed(); if (state.selected) selectCountry(state.selected); });
  }

  function wireSpans() {
    document.querySelectorAll('#spans button').forEach((b) => b.addEventListener('click', () => {
      document.querySelectorAll('#spans button').forEach((x) => x.classList.toggle('on', x === b));
      state.span = b.dataset.span;
      refreshAll();
    }));
  }

  async function refreshAll() {
    await refreshCountries();
    if (state.selected) await selectCountry(state.selected);
  }

  async function start() {
    wireSpans();
    await Promise.all([drawMap(), loadThemes()]);
    connectFeed();
    await refreshAll();
    setInterval(() => refreshAll().catch((e) => console.warn('refresh failed', e)), 10000);
    window.addEventListener('resize', () => state.chart && state.chart.setSize({ width: $('chart').clientWidth, height: 180 }));
    document.body.dataset.ready = 'true';
  }

  start().catch((e) => console.error('Newsroute page failed to start', e));
})();
