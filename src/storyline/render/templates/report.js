/* storyline report: renders the story embedded as JSON in #story-data.
 *
 * Rules: all data is untrusted text. Nodes are built with createElement and filled
 * with textContent; no innerHTML, no HTML strings, no URLs from the data. Offsets in
 * the embedded data are UTF-16 code units (the renderer converted them from Python's
 * code points), so text.slice(start, end) is the cited text.
 * Long lists render a page at a time; a section renders when first opened.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('story-data').textContent);
  var PAGE = 50;
  var SVGNS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ helpers
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function plural(n, word, many) { return n + ' ' + (n === 1 ? word : (many || word + 's')); }
  function byKey(list, key) { var m = new Map(); (list || []).forEach(function (x) { m.set(x[key], x); }); return m; }
  function clip(s, n) { s = String(s || '').replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  var docs = DATA.documents || [];
  var docIndex = new Map();
  docs.forEach(function (d, i) { docIndex.set(d.id, i); });
  var entities = byKey(DATA.entities, 'id');
  var entityByName = new Map();
  (DATA.entities || []).forEach(function (e) {
    [e.name].concat(e.aliases || []).forEach(function (n) {
      var k = String(n).toLowerCase();
      if (!entityByName.has(k)) entityByName.set(k, e);
    });
  });
  var quotes = byKey(DATA.quotes, 'id');
  var figures = byKey(DATA.figures, 'id');
  var events = byKey(DATA.events, 'id');
  var conflicts = byKey(DATA.conflicts, 'id');
  var profiles = byKey(DATA.profiles, 'entity');

  function entityOf(ref) {
    if (!ref) return null;
    return entities.get(ref) || entityByName.get(String(ref).toLowerCase()) || null;
  }
  // what a quote shows the reader: its pieces' words when its span holds a tag (schema 1.10)
  function saidOf(q) { return q.said || q.text; }

  function nameOf(ref, fallback) {
    var e = entityOf(ref);
    return e ? e.name : (fallback || ref || null);
  }
  function docNo(id) { return docIndex.has(id) ? docIndex.get(id) + 1 : '?'; }
  function docOf(id) { return docs[docIndex.get(id)]; }
  function basename(p) { p = String(p || ''); var i = p.lastIndexOf('/'); return i >= 0 ? p.slice(i + 1) : p; }
  function docName(d) {
    if (!d) return 'unknown document';
    return d.title || d.outlet || basename((d.sources || [])[0]) || d.id;
  }
  function spanText(span) {
    var d = docOf(span.doc);
    return d ? d.text.slice(span.start, span.end) : '';
  }
  function dateLabel(p) {
    if (!p || !p.value) return 'undated';
    return (p.estimated ? '≈ ' : '') + p.value;
  }

  // A citation chip: [n] opens document n at the span, highlighted.
  function cite(span, label) {
    var b = el('button', 'cite', label || '[' + docNo(span.doc) + ']');
    b.type = 'button';
    b.dataset.doc = span.doc;
    b.dataset.start = span.start;
    b.dataset.end = span.end;
    b.title = '#' + docNo(span.doc) + ' ' + docName(docOf(span.doc)) + ' — “' + clip(spanText(span), 140) + '”';
    b.addEventListener('click', function (ev) { ev.preventDefault(); openSource(span); });
    return b;
  }
  function cites(spans, max) {
    var box = el('span', 'cites');
    var shown = (spans || []).slice(0, max || 12);
    shown.forEach(function (s) { append(box, cite(s)); });
    if ((spans || []).length > shown.length) append(box, el('span', 'more-cites', '+' + (spans.length - shown.length)));
    return box;
  }
  function entityChip(ref, fallback) {
    var e = entityOf(ref);
    var chip = el('button', 'chip' + (e ? ' chip-' + String(e.type).toLowerCase() : ' chip-unresolved'), e ? e.name : (fallback || ref));
    chip.type = 'button';
    if (e) {
      chip.title = e.type + ' · ' + plural((e.mentions || []).length, 'mention');
      chip.addEventListener('click', function () { showEntity(e.id); });
    } else {
      chip.disabled = true;
      chip.title = 'not resolved to an entity';
    }
    return chip;
  }
  function badge(text, cls) { return el('span', 'badge' + (cls ? ' ' + cls : ''), text); }
  function empty(text) { return el('p', 'empty', text); }

  // Renders items a page at a time into `list`, with a "Show more" button after it.
  function pager(list, items, render, size) {
    size = size || PAGE;
    var shown = 0;
    var more = el('button', 'more', '');
    more.type = 'button';
    function page() {
      var end = Math.min(items.length, shown + size);
      var frag = document.createDocumentFragment();
      for (var i = shown; i < end; i++) frag.appendChild(render(items[i], i));
      list.appendChild(frag);
      shown = end;
      var left = items.length - shown;
      more.hidden = left <= 0;
      more.textContent = 'Show ' + Math.min(left, size) + ' more (' + left + ' left)';
    }
    more.addEventListener('click', page);
    page();
    return { more: more, showAll: function () { while (shown < items.length) page(); }, shown: function () { return shown; } };
  }

  function sectionHead(sec, title, count, note) {
    sec.dataset.count = count;
    var h = el('h2', null, title + ' ');
    append(h, el('span', 'count', count));
    append(sec, h);
    if (note) append(sec, el('p', 'note', note));
  }

  // ------------------------------------------------------------------ dates
  function dateNum(value) {
    if (!value) return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    var w = /^(\d{4})-W(\d{2})/.exec(value);
    if (w) return +w[1] + (+w[2] - 1) / 52;
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] : 0, d = m[3] ? +m[3] : 0;
    return y + (mo ? (mo - 1) / 12 : 0) + (d ? (d - 1) / 365 : 0);
  }

  // ------------------------------------------------------------------ sections
  var SECTIONS = [
    ['brief', 'Brief', (DATA.brief || []).length],
    ['timeline', 'Timeline', (DATA.events || []).length],
    ['entities', 'Entities', (DATA.entities || []).length],
    ['network', 'Network', ((DATA.network || {}).nodes || []).length],
    ['quotes', 'Quotes', (DATA.quotes || []).length],
    ['figures', 'Figures', (DATA.figures || []).length],
    ['conflicts', 'Conflicts', (DATA.conflicts || []).filter(function (c) { return c.shown; }).length],
    ['sources', 'Sources', docs.length]
  ];
  var rendered = {};
  var renderers = {
    brief: renderBrief, timeline: renderTimeline, entities: renderEntities, quotes: renderQuotes,
    figures: renderFigures, conflicts: renderConflicts, sources: renderSources, network: renderNetwork
  };

  function show(name, keepHash) {
    if (!renderers[name]) name = 'brief';
    SECTIONS.forEach(function (s) {
      var sec = document.getElementById('sec-' + s[0]);
      var on = s[0] === name;
      if (on && !rendered[s[0]]) { renderers[s[0]](sec); rendered[s[0]] = true; }
      sec.hidden = !on;
      var tab = document.getElementById('tab-' + s[0]);
      tab.classList.toggle('active', on);
      tab.setAttribute('aria-current', on ? 'page' : 'false');
    });
    if (!keepHash && location.hash !== '#' + name) history.replaceState(null, '', '#' + name);
    document.getElementById('main').scrollTop = 0;
  }

  function renderNav() {
    var nav = document.getElementById('tabs');
    SECTIONS.forEach(function (s) {
      var b = el('button', 'tab', s[1] + ' ');
      b.type = 'button';
      b.id = 'tab-' + s[0];
      b.dataset.section = s[0];
      append(b, el('span', 'count', s[2]));
      b.addEventListener('click', function () { show(s[0]); });
      nav.appendChild(b);
    });
    var dated = docs.map(function (d) { return d.published && d.published.value; }).filter(Boolean).sort();
    var y0 = dated.length ? dated[0].slice(0, 4) : null, y1 = dated.length ? dated[dated.length - 1].slice(0, 4) : null;
    var range = !dated.length ? 'publication dates unknown' : (y0 === y1 ? y0 : y0 + '–' + y1);
    document.getElementById('stats').textContent =
      plural(docs.length, 'article') + ' · ' + range + ' · ' + plural((DATA.entities || []).length, 'entity', 'entities') +
      ' · ' + plural((DATA.quotes || []).length, 'quote') + ' · ' + plural((DATA.figures || []).length, 'figure') +
      ' · ' + plural((DATA.conflicts || []).filter(function (c) { return c.shown; }).length, 'conflict');
  }

  // Brief ---------------------------------------------------------------
  function renderBrief(sec) {
    var brief = DATA.brief || [];
    sectionHead(sec, 'Brief', brief.length, 'Each sentence is taken word for word from an article; the numbers open the sources it came from.');
    if (!brief.length) { append(sec, empty('No brief yet.')); return; }
    var ol = el('ol', 'brief-list');
    brief.forEach(function (b) {
      var li = el('li', 'brief-item');
      var first = b.cites[0] && docOf(b.cites[0].doc);
      // the date of what the sentence tells; "reported" when only its first report dates it
      if (b.date && b.date.value) append(li, el('span', 'brief-date', b.date.value + (b.date.source === 'reported' ? ' · reported' : '')));
      else if (first && first.published && first.published.value) append(li, el('span', 'brief-date', dateLabel(first.published)));
      // the cited text exactly, a confidently linked partial or garbled name followed by
      // the entity's canonical name: "Rain [Ren Zhengfei] is hoping ..."
      var p = el('p', 'brief-text'), at = 0;
      (b.names || []).slice().sort(function (x, y) { return x.start - y.start; }).forEach(function (n) {
        var e = entityOf(n.entity);
        if (!e || n.start < at || n.end > b.text.length) return;
        append(p, document.createTextNode(b.text.slice(at, n.end) + ' '), el('span', 'brief-name', '[' + e.name + ']'));
        at = n.end;
      });
      append(p, document.createTextNode(b.text.slice(at)));
      append(li, p, cites(b.cites));
      (b.disputes || []).forEach(function (d) {
        var box = el('span', 'brief-dispute', ' — disputed by ' + d.by + ' ');
        append(box, cites(d.cites));
        append(li, box);
      });
      var from = [];
      b.cites.forEach(function (c) {
        var d = docOf(c.doc), n = d ? (d.outlet || clip(docName(d), 60)) : c.doc;
        if (from.indexOf(n) < 0) from.push(n);
      });
      append(li, el('span', 'brief-from', (from.length > 1 ? 'Reported by ' : 'From ') + from.join(' · ')));
      ol.appendChild(li);
    });
    append(sec, ol);
    var top = (DATA.profiles || []).slice(0, 8);
    if (top.length) {
      append(sec, el('h3', null, 'Who is in the story'));
      var row = el('div', 'who');
      top.forEach(function (p) {
        var card = el('div', 'who-card');
        append(card, entityChip(p.entity));
        var bits = [plural(p.mentions, 'mention')];
        if (p.quotes.length) bits.push(plural(p.quotes.length, 'quote'));
        if (p.figures.length) bits.push(plural(p.figures.length, 'figure'));
        append(card, el('span', 'who-meta', bits.join(' · ')));
        if (p.descriptions.length) append(card, el('span', 'who-desc', clip(p.descriptions[0].text, 80)));
        row.appendChild(card);
      });
      append(sec, row);
    }
  }

  // Timeline ------------------------------------------------------------
  var timelinePager = null;
  function renderTimeline(sec) {
    var evs = (DATA.events || []).slice();
    sectionHead(sec, 'Timeline', evs.length, 'Events in the order they happened (not the order they were reported); below the axis, when each article was published.');
    var dated = evs.filter(function (e) { return dateNum(e.date && e.date.value) !== null; });
    var pubs = docs.filter(function (d) { return dateNum(d.published && d.published.value) !== null; });
    if (dated.length || pubs.length) append(sec, timelineChart(dated, pubs));
    if (!evs.length) append(sec, empty('No events found yet.'));
    evs.sort(function (a, b) {
      var x = dateNum(a.date && a.date.value), y = dateNum(b.date && b.date.value);
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return x - y;
    });
    var keys = keyDates();
    if (keys.length) {
      append(sec, el('h3', null, 'Key dates'));
      append(sec, el('p', 'note', 'The ' + keys.length + ' days most sources tell of, each with its best-reported events; every event follows below.'));
      var kl = el('ol', 'key-dates');
      keys.forEach(function (k) { append(kl, renderKeyDate(k)); });
      append(sec, kl);
      append(sec, el('h3', null, 'All events'));
    }
    // filter by entity, word or period
    var bar = el('div', 'event-filter');
    var q = el('input', 'event-filter-text');
    q.type = 'search';
    q.placeholder = 'Filter events by entity or word';
    q.setAttribute('aria-label', 'Filter events by entity or word');
    var period = el('select', 'event-filter-period');
    period.setAttribute('aria-label', 'Filter events by period');
    var years = Array.from(new Set(dated.map(function (e) { return String(e.date.value).slice(0, 4); }))).sort();
    [['', 'All periods']].concat(years.map(function (y) { return [y, y]; })).concat([['undated', 'Undated']]).forEach(function (o) {
      var opt = el('option', null, o[1]);
      opt.value = o[0];
      period.appendChild(opt);
    });
    append(bar, q, period);
    if (keys.length || evs.length > 15) append(sec, bar);
    var list = el('ol', 'event-list');
    append(sec, list);
    var p = pager(list, evs, renderEvent);
    timelinePager = p;
    append(sec, p.more);
    function refilter() {
      var words = q.value.trim().toLowerCase(), per = period.value;
      var shown = evs.filter(function (ev) {
        var v = ev.date && ev.date.value;
        if (per === 'undated' && v) return false;
        if (per && per !== 'undated' && String(v || '').slice(0, 4) !== per) return false;
        if (!words) return true;
        var hay = (ev.summary + ' ' + (ev.actors || []).map(function (a) { var e = entities.get(a); return e ? e.name : a; }).join(' ')).toLowerCase();
        return hay.indexOf(words) >= 0;
      });
      list.textContent = '';
      var old = p.more;
      p = pager(list, shown, renderEvent);
      timelinePager = p;
      old.replaceWith(p.more);
      if (!shown.length) append(list, el('li', 'empty', 'No events match.'));
      sec.dataset.shown = String(shown.length);
    }
    q.addEventListener('input', refilter);
    period.addEventListener('change', refilter);
    append(sec, el('h3', null, 'Articles by publication date'));
    var sorted = docs.slice().sort(function (a, b) {
      var x = dateNum(a.published && a.published.value), y = dateNum(b.published && b.published.value);
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return x - y;
    });
    var pl = el('ol', 'pub-list');
    append(sec, pl);
    var pp = pager(pl, sorted, function (d) {
      var li = el('li', 'pub-item');
      append(li, el('span', 'pub-date' + (d.published && d.published.estimated ? ' estimated' : ''), dateLabel(d.published)));
      append(li, docButton(d));
      if (d.published && d.published.note) append(li, el('span', 'pub-note', d.published.note));
      if (d.published && (d.published.evidence || []).length) append(li, cites(d.published.evidence, 5));
      return li;
    });
    append(sec, pp.more);
  }

  // The story's key dates: chosen in Python (render/timeline.py key_dates, the day selection
  // the TLS mode uses), each with its events, the best-reported first; in date order.
  function keyDates() {
    var byId = new Map((DATA.events || []).map(function (e) { return [e.id, e]; }));
    return (DATA.key_dates || []).map(function (k) {
      return { date: k.date, events: k.events.map(function (id) { return byId.get(id); }).filter(Boolean), docs: k.sources };
    }).filter(function (k) { return k.events.length; });
  }
  function renderKeyDate(k) {
    var li = el('li', 'key-date');
    append(li, el('span', 'event-date', k.date));
    var body = el('div', 'event-body');
    k.events.slice(0, 2).forEach(function (ev) {
      var firstPerDoc = new Map();
      (ev.mentions || []).forEach(function (m) { if (!firstPerDoc.has(m.doc)) firstPerDoc.set(m.doc, m); });
      var para = el('p', 'event-summary', ev.summary + ' ');
      append(para, cites(Array.from(firstPerDoc.values()), 5));
      append(body, para);
    });
    if (k.events.length > 2) append(body, el('p', 'note', plural(k.events.length - 2, 'more event') + ' on this date below'));
    append(li, body);
    return li;
  }

  // an undated event shows when it was first reported (not when it happened)
  function whenOf(ev) {
    var d = ev.date || {};
    if (d.value) return d.value;
    return d.reported ? 'undated · reported ' + d.reported : 'undated';
  }

  function renderEvent(ev) {
    var li = el('li', 'event-item');
    li.id = 'event-' + ev.id;
    var when = whenOf(ev);
    append(li, el('span', 'event-date', when));
    var body = el('div', 'event-body');
    append(body, el('p', 'event-summary', ev.summary));
    var meta = el('div', 'event-meta');
    (ev.actors || []).forEach(function (a) { append(meta, entityChip(a)); });
    // one citation per article reporting it (its first mention there)
    var firstPerDoc = new Map();
    (ev.mentions || []).forEach(function (m) { if (!firstPerDoc.has(m.doc)) firstPerDoc.set(m.doc, m); });
    append(meta, el('span', 'event-sources', plural(firstPerDoc.size, 'source') + ':'), cites(Array.from(firstPerDoc.values()), 10));
    append(body, meta);
    append(li, body);
    return li;
  }

  // Few items: one mark each, stacked where they would overlap. Many: a histogram
  // (bars per bucket), so a thousand articles still read as a shape.
  var FEW_EVENTS = 60, FEW_PUBS = 40;
  function buckets(items, xOf, width) {
    var m = new Map();
    items.forEach(function (it) {
      var b = Math.round(xOf(it) / width);
      if (!m.has(b)) m.set(b, []);
      m.get(b).push(it);
    });
    return Array.from(m.entries()).sort(function (a, b) { return a[0] - b[0]; });
  }
  // Milliseconds of a YYYY[-MM[-DD]] / YYYY-Www value (its first day), or null.
  function dateMs(value) {
    if (!value) return null;
    var w = /^(\d{4})-W(\d{2})/.exec(value);
    if (w) return Date.UTC(+w[1], 0, 1 + (+w[2] - 1) * 7);
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    if (!m) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  }
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // Ticks for the range: years, months or days, whichever gives a readable handful.
  function ticks(lo, hi) {
    var DAY = 864e5, out = [], d0 = new Date(lo), span = (hi - lo) / DAY;
    if (span > 3 * 365) {
      var years = span / 365, step = years > 60 ? 20 : years > 30 ? 10 : years > 12 ? 5 : years > 6 ? 2 : 1;
      for (var y = Math.ceil(d0.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= hi; y += step) {
        if (Date.UTC(y, 0, 1) >= lo) out.push([Date.UTC(y, 0, 1), String(y)]);
      }
    } else if (span > 100) {
      var months = span / 30.4, mstep = months > 24 ? 6 : months > 12 ? 3 : months > 6 ? 2 : 1;
      for (var k = d0.getUTCFullYear() * 12 + d0.getUTCMonth() + 1; ; k++) {
        var t = Date.UTC(Math.floor(k / 12), k % 12, 1);
        if (t > hi) break;
        if (k % mstep === 0) out.push([t, MONTHS[k % 12] + (k % 12 === 0 || out.length === 0 ? ' ' + Math.floor(k / 12) : '')]);
      }
    } else {
      var dstep = span > 56 ? 14 : span > 21 ? 7 : span > 10 ? 2 : 1;
      for (var t2 = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate() + 1); t2 <= hi; t2 += DAY) {
        var dd = new Date(t2);
        if ((Math.round((t2 - lo) / DAY)) % dstep === 0 || out.length === 0) {
          out.push([t2, dd.getUTCDate() + ' ' + MONTHS[dd.getUTCMonth()] + (out.length === 0 ? ' ' + dd.getUTCFullYear() : '')]);
        }
      }
    }
    return out;
  }
  // Greedy lanes: each item goes to the lowest lane whose last item is far enough left.
  function lanes(items, xOf, gap) {
    var last = [], out = [];
    items.map(function (it) { return [xOf(it), it]; }).sort(function (a, b) { return a[0] - b[0]; }).forEach(function (p) {
      var lane = 0;
      while (lane < last.length && p[0] - last[lane] < gap) lane++;
      last[lane] = p[0];
      out.push({ x: p[0], item: p[1], lane: lane });
    });
    return out;
  }
  // The axis spans the bulk of the dates: quartiles widened by three interquartile
  // ranges (at least a month), always taking in the publication dates. An event outside
  // (a misread year, a date from history) is drawn apart at the axis's end, behind a
  // break, instead of stretching the axis until everything else is one bar.
  function robustRange(evMs, pubMs) {
    var all = evMs.concat(pubMs).slice().sort(function (a, b) { return a - b; });
    function q(f) { var i = (all.length - 1) * f, a = Math.floor(i), b = Math.ceil(i); return all[a] + (all[b] - all[a]) * (i - a); }
    var q1 = q(0.25), q3 = q(0.75), iqr = Math.max(q3 - q1, 30 * 864e5);
    var lo = q1 - 3 * iqr, hi = q3 + 3 * iqr;
    if (pubMs.length) { lo = Math.min(lo, Math.min.apply(null, pubMs)); hi = Math.max(hi, Math.max.apply(null, pubMs)); }
    var inside = all.filter(function (t) { return t >= lo && t <= hi; });
    return { lo: lo, hi: hi, min: Math.min.apply(null, inside), max: Math.max.apply(null, inside) };
  }
  // Drop tick labels that would overlap the last one kept (width estimated per character).
  function spacedTicks(tks, xOf) {
    var out = [], lastRight = -Infinity;
    tks.forEach(function (tk) {
      var w = tk[1].length * 6.6 + 10, left = xOf(tk[0]) - w / 2;
      if (left >= lastRight) { out.push(tk); lastRight = left + w; }
    });
    return out;
  }
  function timelineChart(evs, pubs) {
    var W = 1000, PAD = 40, BAR = 10, SIDE = 96;
    var evMs = evs.map(function (e) { return dateMs(e.date.value); }), pubMs = pubs.map(function (d) { return dateMs(d.published.value); });
    var rr = robustRange(evMs, pubMs);
    var early = evs.filter(function (e) { return dateMs(e.date.value) < rr.lo; });
    var late = evs.filter(function (e) { return dateMs(e.date.value) > rr.hi; });
    evs = evs.filter(function (e) { var t = dateMs(e.date.value); return t >= rr.lo && t <= rr.hi; });
    var min = rr.min, max = rr.max;
    var pad = Math.max((max - min) * 0.04, 864e5 * 3);
    var lo = min - pad, hi = max + pad;
    var left = PAD + (early.length ? SIDE : 0), right = W - PAD - (late.length ? SIDE : 0);
    var x = function (t) { return left + (t - lo) / (hi - lo) * (right - left); };
    var ex = function (ev) { return x(dateMs(ev.date.value)); };
    var px = function (d) { return x(dateMs(d.published.value)); };
    var evB = buckets(evs, ex, BAR), pubB = buckets(pubs, px, BAR);
    var maxEv = evB.reduce(function (m, b) { return Math.max(m, b[1].length); }, 0);
    var maxPub = pubB.reduce(function (m, b) { return Math.max(m, b[1].length); }, 0);
    var evLanes = lanes(evs, ex, 16), pubLanes = lanes(pubs, px, 34);
    var nEvLanes = evLanes.reduce(function (m, p) { return Math.max(m, p.lane + 1); }, 0);
    var nPubLanes = pubLanes.reduce(function (m, p) { return Math.max(m, p.lane + 1); }, 0);
    var up = evs.length > FEW_EVENTS ? 90 : Math.min(nEvLanes, 8) * 15;
    var down = pubs.length > FEW_PUBS ? 60 : Math.min(nPubLanes, 4) * 14;
    var nOut = Math.max(early.length, late.length);
    up = Math.max(up, Math.min(nOut, 6) * 14);
    var AXIS = 26 + up, H = AXIS + 30 + down + 6;
    var box = el('figure', 'timeline-chart');
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Timeline of events and publication dates' });
    s.appendChild(svg('line', { x1: left, x2: right, y1: AXIS, y2: AXIS, class: 'axis' }));
    spacedTicks(ticks(lo, hi), x).forEach(function (tk) {
      s.appendChild(svg('line', { x1: x(tk[0]), x2: x(tk[0]), y1: AXIS - 4, y2: AXIS + 4, class: 'tick' }));
      var t = svg('text', { x: x(tk[0]), y: AXIS + 19, class: 'tick-label', 'text-anchor': 'middle' });
      t.textContent = tk[1];
      s.appendChild(t);
    });
    function tip(node, text) { var t = svg('title', {}); t.textContent = text; node.appendChild(t); return node; }
    function goEvent(ev) {
      return function () {
        var item = document.getElementById('event-' + ev.id);
        if (!item && timelinePager) { timelinePager.showAll(); item = document.getElementById('event-' + ev.id); }
        if (item) { item.scrollIntoView({ block: 'center' }); flash(item); }
      };
    }
    if (evs.length > FEW_EVENTS) {
      evB.forEach(function (b) {
        var items = b[1];
        var h = Math.max(3, items.length / maxEv * up), bx = b[0] * BAR;
        var r = svg('rect', { x: bx - BAR / 2 + 1, y: AXIS - 2 - h, width: BAR - 2, height: h, class: 'event-bar' });
        tip(r, plural(items.length, 'event') + ' around ' + items[0].date.value);
        r.addEventListener('click', goEvent(items[0]));
        s.appendChild(r);
      });
    } else {
      evLanes.forEach(function (p) {
        if (p.lane >= 8) return;
        var ev = p.item;
        var nsrc = new Set((ev.mentions || []).map(function (m) { return m.doc; })).size;
        var c = svg('circle', { cx: p.x, cy: AXIS - 12 - p.lane * 15, r: 4 + Math.min(nsrc, 4), class: 'event-dot' + (nsrc > 1 ? ' multi' : '') });
        tip(c, ev.date.value + ' — ' + clip(ev.summary, 160) + ' (' + plural(nsrc, 'source') + ')');
        c.addEventListener('click', goEvent(ev));
        s.appendChild(c);
      });
    }
    if (pubs.length > FEW_PUBS) {
      pubB.forEach(function (b) {
        var items = b[1];
        var h = Math.max(3, items.length / maxPub * down), bx = b[0] * BAR;
        var r = svg('rect', { x: bx - BAR / 2 + 1, y: AXIS + 28, width: BAR - 2, height: h, class: 'pub-bar' });
        tip(r, plural(items.length, 'article') + ' published around ' + items[0].published.value);
        s.appendChild(r);
      });
    } else {
      pubLanes.forEach(function (p) {
        if (p.lane >= 4) return;
        var d = p.item, xx = p.x, py = AXIS + 36 + p.lane * 14;
        var m = svg('path', { d: 'M' + xx + ' ' + (py - 6) + ' l5 9 l-10 0 z', class: 'pub-mark' + (d.published.estimated ? ' estimated' : '') });
        tip(m, '#' + docNo(d.id) + ' ' + docName(d) + ' — published ' + dateLabel(d.published));
        m.addEventListener('click', function () { openSource({ doc: d.id }); });
        s.appendChild(m);
        var lbl = svg('text', { x: xx + 8, y: py + 3, class: 'pub-label' });
        lbl.textContent = '#' + docNo(d.id);
        s.appendChild(lbl);
      });
    }
    // events outside the axis's span, apart at each end, one label per row
    function apart(items, side) {
      if (!items.length) return;
      items = items.slice().sort(function (a, b) { return dateMs(a.date.value) - dateMs(b.date.value); });
      var gx = side === 'early' ? PAD : W - PAD - SIDE + 14;
      var g = svg('g', { class: 'outliers outliers-' + side, 'data-count': String(items.length) });
      var bx = side === 'early' ? left - 10 : right + 4;
      g.appendChild(svg('path', { d: 'M' + bx + ' ' + (AXIS + 6) + ' l4 -12 M' + (bx + 5) + ' ' + (AXIS + 6) + ' l4 -12', class: 'axis-break' }));
      var shown = items.slice(0, 6);
      shown.forEach(function (ev, i) {
        var y = AXIS - 8 - i * 14;
        var c = svg('circle', { cx: gx + 4, cy: y - 4, r: 3.5, class: 'event-dot outlier' });
        tip(c, ev.date.value + ' — ' + clip(ev.summary, 160));
        c.addEventListener('click', goEvent(ev));
        g.appendChild(c);
        var t = svg('text', { x: gx + 11, y: y, class: 'tick-label outlier-label' });
        t.textContent = String(ev.date.value).slice(0, 10);
        g.appendChild(t);
      });
      var cap = svg('text', { x: gx, y: AXIS + 19, class: 'tick-label outlier-caption' });
      cap.textContent = (side === 'early' ? 'earlier: ' : 'later: ') + items.length;
      g.appendChild(cap);
      s.appendChild(g);
    }
    apart(early, 'early');
    apart(late, 'late');
    box.appendChild(s);
    box.appendChild(el('figcaption', null,
      (evs.length > FEW_EVENTS ? '▮ events per period' : '● event (orange, bigger: more sources)') + '   ' +
      (pubs.length > FEW_PUBS ? '▮ articles published per period (below the axis)' : '▲ article published (hollow: estimated date)') +
      (early.length || late.length ? '   // dates far outside the rest, shown apart at the ends' : '')));
    return box;
  }

  // Entities ------------------------------------------------------------
  function salienceSort(a, b) {
    var da = new Set((a.mentions || []).map(function (m) { return m.doc; })).size;
    var db = new Set((b.mentions || []).map(function (m) { return m.doc; })).size;
    return (db - da) || ((b.mentions || []).length - (a.mentions || []).length) || String(a.name).localeCompare(String(b.name));
  }
  var entityList = null;
  function renderEntities(sec) {
    var ents = (DATA.entities || []).slice().sort(salienceSort);
    sectionHead(sec, 'Entities', ents.length, 'People, organisations and places, merged across articles and spellings. Open one for its profile.');
    if (!ents.length) { append(sec, empty('No entities found yet.')); return; }
    var filter = el('input', 'filter');
    filter.type = 'search';
    filter.placeholder = 'Filter by name or alias';
    filter.setAttribute('aria-label', 'Filter entities');
    append(sec, filter);
    var list = el('div', 'entity-list');
    var moreBox = el('div');
    append(sec, list, moreBox);
    function fill(items) {
      list.textContent = '';
      moreBox.textContent = '';
      var p = pager(list, items, renderEntity, 40);
      moreBox.appendChild(p.more);
      entityList = { items: items, pager: p };
    }
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      fill(!q ? ents : ents.filter(function (e) {
        return [e.name].concat(e.aliases || []).some(function (n) { return String(n).toLowerCase().indexOf(q) >= 0; });
      }));
    });
    fill(ents);
  }

  function renderEntity(e) {
    var card = el('details', 'entity-card');
    card.id = 'entity-' + e.id;
    var sum = el('summary');
    var ndocs = new Set((e.mentions || []).map(function (m) { return m.doc; })).size;
    append(sum, el('span', 'entity-name', e.name), badge(e.type, 'type-' + String(e.type).toLowerCase()),
      el('span', 'entity-meta', plural((e.mentions || []).length, 'mention') + ' in ' + plural(ndocs, 'article')));
    var prof = profiles.get(e.id);
    if (prof && (prof.quotes.length || prof.figures.length || prof.events.length)) {
      var bits = [];
      if (prof.quotes.length) bits.push(plural(prof.quotes.length, 'quote'));
      if (prof.figures.length) bits.push(plural(prof.figures.length, 'figure'));
      if (prof.events.length) bits.push(plural(prof.events.length, 'event'));
      append(sum, el('span', 'entity-meta strong', bits.join(' · ')));
    }
    card.appendChild(sum);
    var filled = false;
    card.addEventListener('toggle', function () {
      if (card.open && !filled) { filled = true; card.appendChild(profileBody(e, prof)); }
    });
    return card;
  }

  function profileBody(e, prof) {
    var body = el('div', 'profile');
    var aliases = (e.aliases || []).filter(function (a) { return a !== e.name; });
    if (aliases.length) append(body, el('p', 'aliases', 'Also written: ' + aliases.join(', ')));
    function part(title, items, render) {
      if (!items || !items.length) return;
      append(body, el('h4', null, title + ' (' + items.length + ')'));
      var ul = el('ul', 'profile-list');
      append(body, ul);
      var p = pager(ul, items, function (it) { var li = el('li'); render(li, it); return li; }, 10);
      append(body, p.more);
    }
    var descs = prof ? prof.descriptions : (e.descriptions || []);
    part('Described as', descs, function (li, d) { append(li, el('span', null, d.text), cites([d.span])); });
    if (prof) {
      part('Said', prof.quotes.map(function (id) { return quotes.get(id); }).filter(Boolean), function (li, q) {
        append(li, q.kind === 'direct' ? el('q', 'quote-text', saidOf(q)) : el('span', 'indirect-text', saidOf(q)), ' ', badge(q.kind, q.kind), cites([q.span]));
      });
      part('Claimed figures', prof.figures.map(function (id) { return figures.get(id); }).filter(Boolean), function (li, f) {
        append(li, el('strong', null, f.text), f.measure ? ' — ' + f.measure : '', cites([f.span]));
      });
      part('Took part in', prof.events.map(function (id) { return events.get(id); }).filter(Boolean), function (li, ev) {
        append(li, el('span', 'event-date small', whenOf(ev)), ' ', ev.summary, cites(ev.mentions, 6));
      });
      part('In conflict', prof.conflicts.map(function (id) { return conflicts.get(id); }).filter(function (c) { return c && c.shown; }), function (li, c) {
        append(li, badge(c.kind), ' ', c.explanation);
      });
    }
    append(body, el('h4', null, 'Mentions (' + (e.mentions || []).length + ')'));
    append(body, cites(e.mentions, 40));
    return body;
  }

  function showEntity(id) {
    show('entities');
    var card = document.getElementById('entity-' + id);
    if (!card && entityList) {
      var idx = entityList.items.findIndex(function (x) { return x.id === id; });
      if (idx >= 0) { entityList.pager.showAll(); card = document.getElementById('entity-' + id); }
    }
    if (card) { card.open = true; card.scrollIntoView({ block: 'start' }); flash(card); }
  }

  // Quotes --------------------------------------------------------------
  function renderQuotes(sec) {
    var qs = DATA.quotes || [];
    sectionHead(sec, 'Quotes', qs.length, 'Who said what, direct and reported, grouped by speaker.');
    if (!qs.length) { append(sec, empty('No quotes found yet.')); return; }
    var groups = new Map();
    qs.forEach(function (q) {
      var e = entityOf(q.speaker);
      var key = e ? e.id : (q.speaker_text ? 'text:' + q.speaker_text : 'none');
      if (!groups.has(key)) groups.set(key, { entity: e, label: e ? e.name : (q.speaker_text ? 'unattributed: ' + q.speaker_text : 'Unattributed'), quotes: [] });
      groups.get(key).quotes.push(q);
    });
    var list = Array.from(groups.values()).sort(function (a, b) {
      return (b.quotes.length - a.quotes.length) || a.label.localeCompare(b.label);
    });
    var box = el('div', 'speaker-list');
    append(sec, box);
    var p = pager(box, list, function (g) {
      var div = el('div', 'speaker-group');
      var h = el('h3', 'speaker');
      append(h, g.entity ? entityChip(g.entity.id) : el('span', 'speaker-text', g.label), el('span', 'count', g.quotes.length));
      append(div, h);
      var ul = el('ul', 'quote-list');
      append(div, ul);
      var qp = pager(ul, g.quotes, function (q) {
        var li = el('li', 'quote-item');
        append(li, el('blockquote', 'quote-text ' + q.kind, saidOf(q)));
        var meta = el('div', 'quote-meta');
        append(meta, badge(q.kind, q.kind));
        if (q.speaker_text && (!g.entity || q.speaker_text !== g.entity.name)) append(meta, el('span', 'as-written', 'as written: ' + q.speaker_text));
        if (q.cue) append(meta, el('span', 'cue', 'cue: ' + q.cue));
        append(meta, cites([q.span]));
        append(li, meta);
        return li;
      }, 8);
      append(div, qp.more);
      return div;
    }, 20);
    append(sec, p.more);
  }

  // Figures -------------------------------------------------------------
  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
  function num(v) { return Math.abs(v) >= 10000 ? compact.format(v) : String(Math.round(v * 1000) / 1000); }
  function figureValue(f) {
    var u = f.unit ? (f.unit === '%' ? '%' : ' ' + f.unit) : '';
    if (f.low !== null && f.low !== undefined && f.high !== null && f.high !== undefined) return num(f.low) + '–' + num(f.high) + u;
    if (f.high !== null && f.high !== undefined && (f.value === null || f.value === undefined)) return '≤ ' + num(f.high) + u;
    if (f.low !== null && f.low !== undefined && (f.value === null || f.value === undefined)) return '≥ ' + num(f.low) + u;
    if (f.value !== null && f.value !== undefined) return num(f.value) + u;
    return '';
  }
  function renderFigures(sec) {
    var fs = (DATA.figures || []).slice();
    sectionHead(sec, 'Figures', fs.length, 'Every number the articles give, with what it measures and who claims it.');
    if (!fs.length) { append(sec, empty('No figures found yet.')); return; }
    if ((DATA.series || []).length) {
      append(sec, el('h3', null, 'Figures over time'));
      append(sec, el('p', 'note', 'Counts that grow (tolls, people displaced, arrests, money pledged) told on different days: successive values, not conflicts.'));
      var sbox = el('div', 'series-list');
      DATA.series.forEach(function (s) { append(sbox, seriesChart(s)); });
      append(sec, sbox);
    }
    fs.sort(function (a, b) { return String(a.measure || '~').localeCompare(String(b.measure || '~')); });
    var table = el('table', 'figure-table');
    var head = el('tr');
    ['Figure', 'Value', 'Measure', 'Of', 'Period', 'Claimed by', 'Source'].forEach(function (h) { append(head, el('th', null, h)); });
    append(table, append(el('thead'), head));
    var tbody = el('tbody');
    append(table, tbody);
    append(sec, append(el('div', 'table-wrap'), table));
    // the subject: an entity's name, or a noun phrase of the figure's sentence in quotes
    // and italics (schema 1.4 subject_text), so it reads as words, not a resolved entity
    function figureSubject(f) {
      var td = el('td');
      if (f.subject) td.textContent = nameOf(f.subject);
      else if (f.subject_text) {
        var em = el('em', 'subject-phrase', '\u201c' + f.subject_text + '\u201d');
        em.title = 'a phrase of the figure\'s sentence, not a resolved entity';
        append(td, em);
      }
      return td;
    }
    var p = pager(tbody, fs, function (f) {
      var tr = el('tr', 'figure-row');
      append(tr, el('td', 'fig-text', f.text), el('td', 'fig-value', figureValue(f)), el('td', null, f.measure || ''),
        figureSubject(f), el('td', null, f.period || ''));
      var who = el('td');
      if (f.claimant) append(who, entityChip(f.claimant, f.claimant_text));
      else if (f.claimant_text) append(who, el('span', 'speaker-text', f.claimant_text));
      else append(who, el('span', 'muted', 'nobody credited'));
      append(tr, who, append(el('td'), cites([f.span])));
      return tr;
    });
    append(sec, p.more);
  }

  // Conflicts -----------------------------------------------------------
  function itemSide(id) {
    var side = el('div', 'side');
    var f = figures.get(id), q = quotes.get(id);
    if (f) {
      append(side, el('div', 'side-who', nameOf(f.claimant, f.claimant_text) || 'nobody credited'));
      append(side, el('div', 'side-claim', f.text));
      if (f.measure) append(side, el('div', 'side-measure', f.measure + (figureValue(f) ? ': ' + figureValue(f) : '')));
      append(side, context(f.span), cites([f.span]));
    } else if (q) {
      append(side, el('div', 'side-who', q.speaker ? nameOf(q.speaker) : (q.speaker_text ? 'unattributed: ' + q.speaker_text : 'unattributed')));
      append(side, el('blockquote', 'side-claim', saidOf(q)));
      append(side, context(q.span), cites([q.span]));
    } else {
      append(side, el('div', 'side-claim muted', id));
    }
    return side;
  }
  // The sentence around a span, the span itself in bold.
  function context(span) {
    var d = docOf(span.doc);
    var box = el('p', 'context');
    if (!d) return box;
    var t = d.text, a = span.start, b = span.end;
    var s = Math.max(0, t.lastIndexOf('\n', a - 1) + 1, a - 220), e = t.indexOf('\n', b);
    e = e < 0 ? t.length : Math.min(e, b + 220);
    append(box, (s > 0 && t[s - 1] !== '\n' ? '…' : '') + t.slice(s, a), el('mark', 'ctx-span', t.slice(a, b)), t.slice(b, e) + (e < t.length && t[e] !== '\n' ? '…' : ''));
    return box;
  }
  // Conflicts above the confidence threshold (`shown`) are listed; the rest wait behind
  // "Show possible conflicts" (story.json keeps them all).
  function conflictCard(c) {
    var card = el('article', 'conflict-card' + (c.shown ? '' : ' possible'));
    var h = el('header');
    append(h, badge(c.kind, 'kind-' + c.kind));
    if (c.confidence !== null && c.confidence !== undefined) append(h, badge('confidence ' + Number(c.confidence).toFixed(2), 'confidence'));
    append(h, el('span', 'explanation', c.explanation));
    append(card, h);
    var sides = el('div', 'sides');
    var groups = (c.sides || []).length ? c.sides.map(function (s) { return s.items || []; }) : (c.items || []).map(function (i) { return [i]; });
    groups.forEach(function (items, i) {
      if (i > 0) append(sides, el('div', 'versus', 'vs'));
      var col = el('div', 'side-group');
      items.forEach(function (id) { append(col, itemSide(id)); });
      append(sides, col);
    });
    append(card, sides);
    if ((c.evidence || []).length) append(card, el('p', 'evidence', 'Evidence: ' + c.evidence.join('; ')));
    if ((c.claimants || []).length) {
      var cl = el('div', 'claimants', 'Claimants: ');
      c.claimants.forEach(function (r) { append(cl, entityChip(r, r)); });
      append(card, cl);
    }
    return card;
  }
  function renderConflicts(sec) {
    var all = DATA.conflicts || [];
    var cs = all.filter(function (c) { return c.shown; });
    var rest = all.filter(function (c) { return !c.shown; });
    sectionHead(sec, 'Conflicts', cs.length, 'Where sources disagree: every side, each cited, with how sure we are and why.');
    if (!cs.length) append(sec, empty(rest.length ? 'No confident conflicts.' : 'No conflicts found yet.'));
    var box = el('div', 'conflict-list');
    append(sec, box);
    var p = pager(box, cs, conflictCard, 20);
    append(sec, p.more);
    if (rest.length) {
      var toggle = el('button', 'more show-possible', 'Show possible conflicts (' + rest.length + ')');
      toggle.type = 'button';
      var box2 = el('div', 'conflict-list possible-list');
      box2.hidden = true;
      var started = null;
      toggle.addEventListener('click', function () {
        box2.hidden = !box2.hidden;
        toggle.textContent = (box2.hidden ? 'Show' : 'Hide') + ' possible conflicts (' + rest.length + ')';
        if (!started) { started = pager(box2, rest, conflictCard, 20); append(sec, started.more); }
        started.more.hidden = box2.hidden || started.shown() >= rest.length;
      });
      append(sec, toggle, box2);
    }
  }

  // Series: a growing count told on several days, as a small inline chart.
  function seriesChart(s) {
    var W = 320, H = 110, PADX = 36, PADY = 14;
    var pts = (s.points || []).map(function (p) {
      var v = (p.value !== null && p.value !== undefined) ? p.value : (p.high !== null && p.high !== undefined ? p.high : p.low);
      return { t: dateNum(p.date), v: v, p: p };
    }).filter(function (q) { return q.t !== null && q.v !== null && q.v !== undefined; });
    var box = el('figure', 'series-card');
    var unit = s.unit && s.unit !== '%' ? ' (' + s.unit + ')' : (s.unit ? ' ' + s.unit : '');
    var where = s.place_text ? (s.place_text === 'worldwide' ? ' worldwide' : ' in ' + s.place_text) : '';
    append(box, el('figcaption', null, (s.measure || 'figure') + (s.subject ? ' — ' + nameOf(s.subject) : '') + where + unit));
    if (!pts.length) return box;
    var t0 = Math.min.apply(null, pts.map(function (q) { return q.t; })), t1 = Math.max.apply(null, pts.map(function (q) { return q.t; }));
    var v1 = Math.max.apply(null, pts.map(function (q) { return q.v; }));
    var v0 = Math.min(0, Math.min.apply(null, pts.map(function (q) { return q.v; })));
    function x(t) { return t1 > t0 ? PADX + (t - t0) / (t1 - t0) * (W - 2 * PADX) : W / 2; }
    function y(v) { return v1 > v0 ? H - PADY - (v - v0) / (v1 - v0) * (H - 2 * PADY) : H / 2; }
    var g = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', class: 'series-chart', 'aria-label': 'values of ' + (s.measure || 'a figure') + ' by date' });
    g.appendChild(svg('line', { x1: PADX, x2: W - PADX, y1: H - PADY, y2: H - PADY, class: 'axis' }));
    var path = pts.map(function (q, i) { return (i ? 'L' : 'M') + x(q.t).toFixed(1) + ' ' + y(q.v).toFixed(1); }).join(' ');
    g.appendChild(svg('path', { d: path, class: 'series-line', fill: 'none' }));
    pts.forEach(function (q) {
      var c = svg('circle', { cx: x(q.t).toFixed(1), cy: y(q.v).toFixed(1), r: 3.5, class: 'series-dot' });
      var tt = svg('title', {});
      tt.textContent = q.p.date + ': ' + num(q.v) + unit + ' — ' + (nameOf(q.p.claimant, q.p.claimant_text) || 'nobody credited');
      c.appendChild(tt);
      g.appendChild(c);
    });
    [[pts[0].p.date, x(t0), 'start'], [pts[pts.length - 1].p.date, x(t1), 'end']].forEach(function (lb) {
      var t = svg('text', { x: lb[1], y: H - 1, class: 'tick-label', 'text-anchor': lb[2] });
      t.textContent = lb[0];
      g.appendChild(t);
    });
    var top = svg('text', { x: 2, y: PADY, class: 'tick-label' });
    top.textContent = num(v1);
    g.appendChild(top);
    append(box, g);
    var list = el('ol', 'series-points');
    (s.points || []).forEach(function (p) {
      var li = el('li', null, p.date + ': ' + figureValue(p) + ' — ' + (nameOf(p.claimant, p.claimant_text) || 'nobody credited') + ' ');
      append(li, cites([p.span]));
      append(list, li);
    });
    append(box, list);
    return box;
  }

  // Sources -------------------------------------------------------------
  function docButton(d) {
    var b = el('button', 'doc-link', '#' + docNo(d.id) + ' ' + clip(docName(d), 90));
    b.type = 'button';
    b.addEventListener('click', function () { openSource({ doc: d.id }); });
    return b;
  }
  function renderSources(sec) {
    sectionHead(sec, 'Sources', docs.length, 'Every article as cleaned; open one to read it with its mentions, quotes and figures marked, and what was cut away.');
    var list = el('div', 'doc-list');
    append(sec, list);
    var p = pager(list, docs, function (d) {
      var card = el('article', 'doc-card');
      var h = el('h3');
      append(h, docButton(d));
      append(card, h);
      var meta = el('p', 'doc-meta');
      var bits = [];
      if (d.outlet) bits.push(d.outlet);
      if ((d.authors || []).length) bits.push('by ' + d.authors.join(', '));
      bits.push(dateLabel(d.published));
      if (d.language) bits.push(d.language);
      bits.push(plural(Array.from(d.text).length, 'character'));  // code points, as story.json counts
      append(meta, bits.join(' · '));
      append(card, meta);
      var flags = el('p', 'doc-flags');
      if ((d.removed || []).length) append(flags, badge(plural(d.removed.length, 'block') + ' removed', 'removed-badge'));
      if (d.duplicate_of) append(flags, badge('near-duplicate of #' + docNo(d.duplicate_of), 'dup'));
      (d.warnings || []).forEach(function (w) { append(flags, badge(w, 'warn')); });
      append(flags, el('span', 'sources-path', (d.sources || []).join(', ')));
      append(card, flags);
      append(card, el('p', 'doc-lead', clip(d.text, 260)));
      return card;
    });
    append(sec, p.more);
    renderLeftOut(sec);
  }

  // A pile split into stories (story.json's off_topic, as story.md lists it): the
  // documents left out of this story, each with the story it is in, or none (off-topic).
  function renderLeftOut(sec) {
    var off = DATA.off_topic || [];
    if (!off.length) return;
    var strays = off.filter(function (o) { return !o.story; }).length;
    var h = el('h3', 'left-out', 'Left out of this story ');
    append(h, el('span', 'count', off.length));
    append(sec, h);
    append(sec, el('p', 'note', plural(off.length - strays, 'document') + ' in other stories of the pile, ' +
      plural(strays, 'document') + ' off-topic (matched no story).'));
    var list = el('ul', 'left-out-list');
    append(sec, list);
    var p = pager(list, off, function (o) {
      var li = el('li', 'left-out-item');
      append(li, el('span', 'left-out-title', clip(o.title || o.doc, 120)), ' ');
      if ((o.sources || []).length) append(li, el('span', 'sources-path', o.sources.join(', ')), ' ');
      if (o.story) {
        var a = el('a', 'story-link', o.story);
        a.href = 'stories/' + encodeURIComponent(o.story) + '/report.html';
        append(li, '— in story ', a);
      } else {
        append(li, badge('off-topic: matched no story', 'warn'));
      }
      return li;
    });
    append(sec, p.more);
  }

  // ------------------------------------------------------------------ viewer
  var layerIndex = null;
  function buildLayerIndex() {
    layerIndex = new Map();
    function add(doc, item) {
      if (!layerIndex.has(doc)) layerIndex.set(doc, []);
      layerIndex.get(doc).push(item);
    }
    (DATA.entities || []).forEach(function (e) {
      (e.mentions || []).forEach(function (m) { add(m.doc, { s: m.start, e: m.end, layer: 'ent', cls: 'hl-ent', title: e.name + ' (' + e.type + ')', entity: e.id }); });
    });
    (DATA.quotes || []).forEach(function (q) {
      add(q.span.doc, { s: q.span.start, e: q.span.end, layer: 'quote', cls: 'hl-quote', title: 'Quote (' + q.kind + ') — ' + (nameOf(q.speaker, q.speaker_text) || 'unattributed') });
    });
    (DATA.figures || []).forEach(function (f) {
      add(f.span.doc, { s: f.span.start, e: f.span.end, layer: 'fig', cls: 'hl-fig', title: 'Figure' + (f.measure ? ': ' + f.measure : '') + (f.claimant || f.claimant_text ? ' — claimed by ' + nameOf(f.claimant, f.claimant_text) : '') });
    });
  }

  // Properly nested tree of highlight spans: a span crossing its parent's end is
  // split there and its rest continues outside.
  function spanOrder(a, b) {
    return (a.s - b.s) || ((b.insert ? 1 : 0) - (a.insert ? 1 : 0)) || (b.e - a.e) || (a.prio - b.prio);
  }
  function nest(spans, length) {
    var queue = spans.filter(function (x) { return x.e > x.s || x.insert; }).sort(spanOrder);
    var root = { s: 0, e: length, children: [] };
    var stack = [root];
    for (var i = 0; i < queue.length; i++) {
      var sp = queue[i];
      while (stack.length > 1 && sp.s >= stack[stack.length - 1].e) stack.pop();
      var top = stack[stack.length - 1];
      if (sp.insert) { top.children.push(sp); continue; }
      if (sp.e > top.e) {
        var rest = Object.assign({}, sp, { s: top.e });
        sp = Object.assign({}, sp, { e: top.e });
        var j = i + 1;
        while (j < queue.length && spanOrder(queue[j], rest) < 0) j++;
        queue.splice(j, 0, rest);
      }
      if (sp.e <= sp.s) continue;
      var node = Object.assign({}, sp, { children: [] });
      top.children.push(node);
      stack.push(node);
    }
    return root;
  }
  function renderTree(node, text, parent) {
    var cur = node.s;
    node.children.forEach(function (c) {
      if (c.s > cur) parent.appendChild(document.createTextNode(text.slice(cur, c.s)));
      if (c.insert) { parent.appendChild(c.node()); cur = Math.max(cur, c.s); return; }
      var tag = c.target ? 'mark' : 'span';
      var span = el(tag, c.cls);
      if (c.title) span.title = c.title;
      if (c.entity) span.dataset.entity = c.entity;
      renderTree(c, text, span);
      parent.appendChild(span);
      cur = c.e;
    });
    if (node.e > cur) parent.appendChild(document.createTextNode(text.slice(cur, node.e)));
  }

  var viewerState = { doc: null, layers: { ent: true, quote: true, fig: true }, removed: false };
  function openSource(span) {
    var d = docOf(span.doc);
    if (!d) return;
    if (!layerIndex) buildLayerIndex();
    viewerState.doc = d.id;
    viewerState.target = span.end !== undefined ? { s: span.start, e: span.end } : null;
    var v = document.getElementById('viewer');
    v.hidden = false;
    document.body.classList.add('viewing');
    drawViewer();
  }
  function drawViewer() {
    var d = docOf(viewerState.doc);
    var v = document.getElementById('viewer');
    v.textContent = '';
    var head = el('div', 'viewer-head');
    var close = el('button', 'close', '×');
    close.type = 'button';
    close.title = 'Close';
    close.setAttribute('aria-label', 'Close the source viewer');
    close.addEventListener('click', function () { v.hidden = true; document.body.classList.remove('viewing'); });
    append(head, close, el('div', 'viewer-no', 'Source #' + docNo(d.id)), el('h2', 'viewer-title', docName(d)));
    var meta = el('dl', 'viewer-meta');
    function row(k, val, extra) { if (val) append(meta, el('dt', null, k), append(el('dd', null, val), extra)); }
    row('Outlet', d.outlet);
    row('Authors', (d.authors || []).join(', '));
    var evidence = (d.published && d.published.evidence) || [];
    row('Published', dateLabel(d.published) + (d.published && d.published.note ? ' — ' + d.published.note : ''),
      evidence.length ? cites(evidence, 8) : null);
    row('Found at', (d.sources || []).join(', '));
    row('Language', d.language);
    if (d.duplicate_of) row('Near-duplicate of', '#' + docNo(d.duplicate_of) + ' ' + docName(docOf(d.duplicate_of)));
    if ((d.warnings || []).length) row('Warnings', d.warnings.join('; '));
    append(head, meta);
    var toggles = el('div', 'toggles');
    [['ent', 'Mentions', 'hl-ent'], ['quote', 'Quotes', 'hl-quote'], ['fig', 'Figures', 'hl-fig']].forEach(function (t) {
      var lab = el('label', 'toggle ' + t[2]);
      var cb = el('input');
      cb.type = 'checkbox';
      cb.checked = viewerState.layers[t[0]];
      cb.addEventListener('change', function () { viewerState.layers[t[0]] = cb.checked; drawViewer(); });
      append(lab, cb, ' ' + t[1]);
      append(toggles, lab);
    });
    var nrem = (d.removed || []).length;
    var lab = el('label', 'toggle removed-toggle');
    var cb = el('input');
    cb.type = 'checkbox';
    cb.id = 'show-removed';
    cb.checked = viewerState.removed;
    cb.disabled = nrem === 0;
    cb.addEventListener('change', function () { viewerState.removed = cb.checked; drawViewer(); });
    append(lab, cb, ' Removed noise (' + nrem + ')');
    append(toggles, lab);
    append(head, toggles);
    v.appendChild(head);

    var spans = [];
    var tgt = viewerState.target;
    (layerIndex.get(d.id) || []).forEach(function (x) {
      if (!viewerState.layers[x.layer]) return;
      var prio = x.layer === 'quote' ? 2 : x.layer === 'fig' ? 3 : 4;
      // cut at the target's edges so the target stays one element
      var cuts = tgt ? [tgt.s, tgt.e].filter(function (c) { return c > x.s && c < x.e; }) : [];
      var bounds = [x.s].concat(cuts, [x.e]);
      for (var i = 0; i + 1 < bounds.length; i++) spans.push(Object.assign({}, x, { s: bounds[i], e: bounds[i + 1], prio: prio }));
    });
    (d.headings || []).forEach(function (h) { spans.push({ s: h.start, e: h.end, cls: 'hl-heading', prio: 5 }); });
    if (tgt) spans.push({ s: tgt.s, e: tgt.e, cls: 'cite-target', target: true, prio: 0, title: 'cited span' });
    if (viewerState.removed) {
      (d.removed || []).forEach(function (r) {
        spans.push({ s: Math.min(r.at, d.text.length), e: Math.min(r.at, d.text.length), insert: true, prio: 9, node: function () {
          var box = el('span', 'removed');
          append(box, el('span', 'removed-reason', 'removed: ' + r.reason), el('span', 'removed-text', r.text));
          return box;
        } });
      });
    }
    var body = el('div', 'doc-text');
    body.setAttribute('lang', d.language || 'en');
    body.addEventListener('click', function (ev) {
      var hit = ev.target.closest ? ev.target.closest('[data-entity]') : null;
      if (hit && entities.has(hit.dataset.entity)) showEntity(hit.dataset.entity);
    });
    renderTree(nest(spans, d.text.length), d.text, body);
    v.appendChild(body);
    var mark = body.querySelector('mark.cite-target');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      flash(mark);
    } else {
      v.scrollTop = 0;
    }
  }

  function flash(node) {
    node.classList.remove('flash');
    void node.offsetWidth;
    node.classList.add('flash');
  }

  // Network -------------------------------------------------------------
  // Positions were computed in Python (render/network.py); this draws them as SVG.
  var NET_KINDS = [
    ['co-mention', 'named in one sentence'],
    ['quote', 'one quoted speaking about the other'],
    ['conflict', 'on opposite sides of a conflict']
  ];
  function renderNetwork(sec) {
    var net = DATA.network || { nodes: [], edges: [] };
    var nodes = net.nodes || [], edges = net.edges || [];
    sectionHead(sec, 'Network', nodes.length,
      'The most-mentioned entities linked to another. A line is evidence: click it to read the sentence; click a name for its profile.');
    if (!nodes.length) { append(sec, empty('No two entities share a sentence, a quote or a conflict yet.')); return; }
    var W = 900, H = 560, PAD = 70;
    var at = new Map();
    nodes.forEach(function (n) { at.set(n.id, [PAD + n.x * (W - 2 * PAD), PAD / 2 + n.y * (H - PAD)]); });
    var fig = el('figure', 'network-chart');
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Entity network' });
    function tip(node, text) { var t = svg('title', {}); t.textContent = text; node.appendChild(t); return node; }
    var gEdges = svg('g', { 'class': 'net-edges' });
    edges.forEach(function (e) {
      var a = at.get(e.source), b = at.get(e.target);
      if (!a || !b) return;
      var off = e.kind === 'quote' ? 6 : (e.kind === 'conflict' ? -6 : 0);
      var dx = b[0] - a[0], dy = b[1] - a[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ox = -dy / len * off, oy = dx / len * off;
      var line = svg('line', {
        x1: a[0] + ox, y1: a[1] + oy, x2: b[0] + ox, y2: b[1] + oy,
        'class': 'net-edge net-' + e.kind, 'stroke-width': (1 + Math.log2(1 + e.weight)).toFixed(2)
      });
      line.dataset.source = e.source;
      line.dataset.target = e.target;
      line.dataset.kind = e.kind;
      tip(line, nameOf(e.source) + ' — ' + nameOf(e.target) + ': ' + e.kind + ' × ' + e.weight);
      if ((e.evidence || []).length) line.addEventListener('click', function () { openSource(e.evidence[0]); });
      gEdges.appendChild(line);
    });
    root.appendChild(gEdges);
    var maxM = nodes.reduce(function (m, n) { return Math.max(m, n.mentions); }, 1);
    nodes.forEach(function (n) {
      var p = at.get(n.id);
      var g = svg('g', { 'class': 'net-node net-type-' + String(n.type || '').toLowerCase(), transform: 'translate(' + p[0].toFixed(1) + ',' + p[1].toFixed(1) + ')' });
      g.dataset.entity = n.id;
      g.appendChild(svg('circle', { r: (5 + 13 * Math.sqrt(n.mentions / maxM)).toFixed(1) }));
      var label = svg('text', { y: -(9 + 13 * Math.sqrt(n.mentions / maxM)).toFixed(1), 'text-anchor': 'middle' });
      label.textContent = clip(n.name, 28);
      g.appendChild(label);
      tip(g, n.name + ' (' + n.type + ') · ' + plural(n.mentions, 'mention'));
      g.addEventListener('click', function () { showEntity(n.id); });
      root.appendChild(g);
    });
    fig.appendChild(root);
    var cap = el('figcaption');
    NET_KINDS.forEach(function (k) {
      var item = el('span', 'net-key');
      append(item, el('span', 'net-swatch net-' + k[0]), ' ' + k[1]);
      append(cap, item);
    });
    fig.appendChild(cap);
    append(sec, fig);
    // the same links as a list, strongest first, each with its cited evidence
    var list = el('ol', 'net-list');
    edges.slice().sort(function (a, b) { return b.weight - a.weight; }).slice(0, 30).forEach(function (e) {
      var li = el('li', 'net-link');
      append(li, entityChip(e.source), ' ', badge(e.kind + ' × ' + e.weight), ' ', entityChip(e.target), ' ', cites(e.evidence || [], 5));
      list.appendChild(li);
    });
    append(sec, el('h3', null, 'Strongest links'), list);
  }

  // ------------------------------------------------------------------ start
  // Links from story.md: #cite=DOC:START-END, offsets in code points as in story.json.
  function cpToUtf16(text, cp) {
    var i = 0;
    for (var n = 0; n < cp && i < text.length; n++) {
      var c = text.charCodeAt(i);
      i += c >= 0xD800 && c <= 0xDBFF ? 2 : 1;
    }
    return i;
  }
  function route() {
    var m = /^#cite=([^:]+):(\d+)-(\d+)$/.exec(location.hash);
    if (m) {
      var d = docOf(decodeURIComponent(m[1]));
      if (!document.querySelector('.tab.active')) show('brief', true);
      if (d) openSource({ doc: d.id, start: cpToUtf16(d.text, +m[2]), end: cpToUtf16(d.text, +m[3]) });
      return;
    }
    show((location.hash || '#brief').slice(1));
  }
  renderNav();
  route();
  window.addEventListener('hashchange', route);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { document.getElementById('viewer').hidden = true; document.body.classList.remove('viewing'); }
  });
  document.body.dataset.ready = 'true';
})();
