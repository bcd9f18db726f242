// storyline web app: search, ask and add above the report.
// Article text is only ever put in the page as text nodes (textContent), never as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);
const results = $("#results");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function getJSON(url, options) {
  // X-Storyline-Request: the server refuses state-changing requests without it when the
  // browser sends no Origin or "Origin: null" (a cross-site form cannot set a header).
  const opts = Object.assign({ credentials: "same-origin" }, options || {});
  opts.headers = Object.assign({ "X-Storyline-Request": "1" }, opts.headers || {});
  const res = await fetch(url, opts);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : res.statusText;
    throw new Error(`${res.status}: ${detail}`);
  }
  return body;
}

function docLink(cite, content) {
  const href = `/doc/${encodeURIComponent(cite.doc)}?start=${cite.start}&end=${cite.end}#hit`;
  return el("a", { href: href, class: "cite", "data-doc": cite.doc, "data-start": cite.start, "data-end": cite.end }, content);
}

function docLabel(doc, cite) {
  if (!doc) return cite.doc;
  return [doc.title || doc.source || doc.id, doc.outlet, doc.published].filter(Boolean).join(" · ");
}

// The sentence with its matched words marked: offsets are document offsets.
function marked(text, start, highlights) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const h of highlights || []) {
    const a = h.start - start, b = h.end - start;
    if (a < pos || b > text.length || a >= b) continue;
    frag.append(document.createTextNode(text.slice(pos, a)), el("mark", {}, text.slice(a, b)));
    pos = b;
  }
  frag.append(document.createTextNode(text.slice(pos)));
  return frag;
}

function showMessage(text, cls) {
  results.replaceChildren(el("p", { class: cls || "note" }, text));
}

async function runSearch(ev) {
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const id of ["q", "mode", "entity", "outlet", "date_from", "date_to"]) {
    const v = $("#" + id).value.trim();
    if (v) params.set(id, v);
  }
  params.set("limit", "20");
  showMessage("searching…");
  try {
    const data = await getJSON("/api/search?" + params.toString());
    if (!data.hits.length) return showMessage("no matching sentence");
    const list = el("ol", { class: "hits", id: "hits" });
    for (const h of data.hits) {
      list.append(el("li", { class: "hit" },
        docLink(h.cite, marked(h.text, h.cite.start, h.highlights)),
        el("span", { class: "src" }, docLabel(h.document, h.cite))));
    }
    const note = data.note ? ` — ${data.note}` : "";
    results.replaceChildren(el("p", { class: "note" }, `${data.hits.length} sentences (${data.mode})${note}`), list);
  } catch (e) {
    showMessage(String(e.message || e), "error");
  }
}

function quoteLine(q) {
  const who = q.speaker_name || q.speaker_text;
  return el("li", { class: "quote " + q.kind }, who ? `${who}: ` : "", docLink(q.span, `“${q.text}”`));
}

function figureLine(f) {
  const who = f.claimant_name || f.claimant_text;
  return el("li", { class: "figure" }, docLink(f.span, f.text), f.measure ? ` (${f.measure})` : "", who ? ` — ${who}` : "");
}

async function runAsk(ev) {
  ev.preventDefault();
  const q = $("#question").value.trim();
  if (!q) return;
  showMessage("looking for answers…");
  try {
    const data = await getJSON("/api/ask?" + new URLSearchParams({ q: q }).toString());
    if (!data.answers.length) return showMessage("no answering sentence found");
    const list = el("ol", { class: "answers", id: "answers" });
    for (const a of data.answers) {
      const item = el("li", { class: "answer" },
        docLink(a.cite, a.text),
        el("span", { class: "src" }, docLabel(a.document, a.cite)));
      if (a.quotes.length) item.append(el("ul", { class: "quotes" }, ...a.quotes.map(quoteLine)));
      if (a.figures.length) item.append(el("ul", { class: "figures" }, ...a.figures.map(figureLine)));
      list.append(item);
    }
    results.replaceChildren(el("p", { class: "note" }, "answers are sentences from the articles, best first"), list);
  } catch (e) {
    showMessage(String(e.message || e), "error");
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runAdd(ev) {
  ev.preventDefault();
  const form = ev.target;
  const status = $("#job-status"), bar = $("#job-progress");
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  bar.hidden = false;
  bar.value = 0;
  status.textContent = "uploading…";
  try {
    let job = await getJSON("/api/add", { method: "POST", body: new FormData(form) });
    while (job.state === "queued" || job.state === "running") {
      bar.value = job.progress;
      status.textContent = `${job.stage}: ${job.processed}/${job.total}`;
      await sleep(500);
      job = await getJSON(`/api/jobs/${encodeURIComponent(job.id)}`);
    }
    bar.value = 1;
    const failed = job.failures.length ? `, ${job.failures.length} failed` : "";
    status.textContent = job.state === "failed"
      ? `failed: ${job.error}`
      : `done: ${job.added} added, ${job.already_stored} already stored, ${job.merged} identical to a stored one${failed}`;
    status.dataset.state = job.state;
    const docs = [...new Set(job.documents)].map((id) => el("a", { href: `/doc/${encodeURIComponent(id)}`, class: "doc-link" }, id));
    if (docs.length) status.append(" · open: ", ...docs.flatMap((a, i) => (i ? [", ", a] : [a])));
    if (job.story_rebuilt) {
      $("#report").contentWindow.location.reload();
      form.reset();
    }
    refreshStats();
    refreshStories();
  } catch (e) {
    status.textContent = String(e.message || e);
    status.dataset.state = "error";
  } finally {
    button.disabled = false;
  }
}

async function refreshStats() {
  try {
    const s = await getJSON("/api/stats");
    $("#stats").textContent =
      `${s.documents} documents · ${s.entities} entities · ${s.events} events · ${s.quotes} quotes · ${s.figures} figures`;
    const entities = await getJSON("/api/entities");
    $("#entity-names").replaceChildren(...entities.map((e) => el("option", { value: e.name }, `${e.type}, ${e.mentions} mentions`)));
  } catch (e) {
    $("#stats").textContent = "";
  }
}

function selectTab(name) {
  for (const b of document.querySelectorAll("[data-tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const f of document.querySelectorAll("[data-panel]")) f.hidden = f.dataset.panel !== name;
  results.replaceChildren();
}

for (const b of document.querySelectorAll("[data-tab]")) b.addEventListener("click", () => selectTab(b.dataset.tab));
$("#search-form").addEventListener("submit", runSearch);
$("#ask-form").addEventListener("submit", runAsk);
$("#add-form").addEventListener("submit", runAdd);

// the stories of the pile (a mixed pile splits into several): the report shows the one chosen
async function refreshStories() {
  const sel = $("#story");
  try {
    const list = await getJSON("/api/stories");
    const current = sel.value;
    const options = list.stories.map((s) => el("option", { value: s.report }, `${s.main ? "main story: " : ""}${s.label} (${s.size})`));
    if (list.off_topic.length) options.push(el("option", { value: "", disabled: "" }, `${list.off_topic.length} off-topic, in no story`));
    sel.replaceChildren(...options);
    sel.hidden = list.stories.length < 2 && !list.off_topic.length;
    if ([...sel.options].some((o) => o.value === current && current)) sel.value = current;
  } catch (e) {
    sel.hidden = true;
  }
}
$("#story").addEventListener("change", () => {
  const path = $("#story").value;
  if (!path) return;
  $("#report").src = path;
  $(".open-report").href = path;
});
refreshStats();
refreshStories();
