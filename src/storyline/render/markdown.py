"""story.md: the story as Markdown, every claim with a numbered footnote citation.

Sections: brief, timeline (with timeline.svg), entities and their profiles, quotes by
speaker, figures, conflicts, documents (metadata and what the cleaner removed, with
why), then the footnotes. A footnote gives the article and the character span and
quotes the cited text, so a reader can check it without the HTML report, and links to
report.html, which opens the article at that span.

Article text is untrusted: Markdown and HTML punctuation in it is backslash-escaped
(CommonMark renders ``\\<script>`` as text), whitespace is folded, and table cells
escape ``|``.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from .. import schema
from . import profiles as r_profiles
from . import timeline_svg
from .files import write_atomic
from .html import title as page_title
from .text import clip

_ESCAPE = re.compile(r"([\\`*_\[\]<>|~&#])")
MAX_PROFILES = 25
CLIP = 300


def md(text: str | None) -> str:
    """Inline-safe Markdown for untrusted text: one line, punctuation escaped."""
    if not text:
        return ""
    return _ESCAPE.sub(r"\\\1", " ".join(str(text).split()))


def brief_text(b: schema.BriefSentence, entities: dict) -> str:
    """A brief sentence as cited, each confidently linked partial or garbled name followed
    by the entity's canonical name in brackets: "Rain \\[Ren Zhengfei\\] is hoping"."""

    def esc(piece: str) -> str:  # md() without trimming the piece's edges
        return _ESCAPE.sub(r"\\\1", re.sub(r"\s+", " ", piece))

    out, at = "", 0
    for n in sorted(getattr(b, "names", []) or [], key=lambda n: n.start):
        e = entities.get(n.entity)
        if e is None or n.start < at or n.end > len(b.text):
            continue
        out += esc(b.text[at : n.end]) + f" \\[{md(e.name)}\\]"
        at = n.end
    return (out + esc(b.text[at:])).strip()


def _clip(text: str, n: int = CLIP) -> str:
    return clip(text, n)


class _Notes:
    """Numbered footnotes, one per distinct span, in order of first use."""

    def __init__(self, story: schema.Story):
        self.docs = {d.id: d for d in story.documents}
        self.no = {d.id: i + 1 for i, d in enumerate(story.documents)}
        self.index: dict[tuple, int] = {}

    def ref(self, span: schema.Span | None) -> str:
        if span is None or span.doc not in self.docs:
            return ""
        key = (span.doc, span.start, span.end)
        if key not in self.index:
            self.index[key] = len(self.index) + 1
        return f"[^{self.index[key]}]"

    def refs(self, spans: list[schema.Span], limit: int = 12) -> str:
        out = "".join(self.ref(s) for s in spans[:limit])
        return out + (f" (+{len(spans) - limit} more)" if len(spans) > limit else "")

    def lines(self) -> list[str]:
        out = []
        for (doc, start, end), n in sorted(self.index.items(), key=lambda kv: kv[1]):
            d = self.docs[doc]
            label = d.title or d.outlet or (d.sources[0] if d.sources else d.id)
            out.append(
                f"[^{n}]: #{self.no[doc]} {md(_clip(label, 90))}, characters {start}–{end} "
                f"([open](report.html#cite={quote(doc, safe='')}:{start}-{end})): “{md(_clip(d.text[start:end]))}”"
            )
        return out


def _n(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _doc_label(d: schema.Document, no: int) -> str:
    return f"#{no} {d.title or d.outlet or (d.sources[0] if d.sources else d.id)}"


def _date(p: schema.Published) -> str:
    if not p.value:
        return "unknown"
    return p.value + (" (estimated)" if p.estimated else "")


def when(e: schema.Event) -> str:
    """An event's date; an undated one says when it was first reported (not when it happened)."""
    if e.date.value:
        return e.date.value
    return f"undated · reported {e.date.reported}" if e.date.reported else "undated"


def _value(f: schema.Figure) -> str:
    unit = f.unit or ""
    sep = "" if unit in ("%", "") else " "

    def num(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.3g}"

    if f.low is not None and f.high is not None:
        return f"{num(f.low)}–{num(f.high)}{sep}{unit}"
    if f.value is None and f.high is not None:
        return f"≤ {num(f.high)}{sep}{unit}"
    if f.value is None and f.low is not None:
        return f"≥ {num(f.low)}{sep}{unit}"
    if f.value is not None:
        return f"{num(f.value)}{sep}{unit}"
    return ""


class _Ctx:
    """What every section reads: the story, its items by id, and the footnotes they share
    (numbered in order of first use, so the sections run in the page's order)."""

    def __init__(self, story: schema.Story):
        self.story = story
        self.notes = _Notes(story)
        self.entities = {e.id: e for e in story.entities}
        self.names = {n.casefold(): e for e in story.entities for n in [e.name, *e.aliases]}
        self.quotes = {q.id: q for q in story.quotes}
        self.figures = {f.id: f for f in story.figures}
        self.events = {e.id: e for e in story.events}

    def entity(self, ref: str | None) -> schema.Entity | None:
        return self.entities.get(ref or "") or self.names.get((ref or "").casefold())

    def name(self, ref: str | None, fallback: str | None = None) -> str:
        e = self.entity(ref)
        return md(e.name if e else (fallback or ref or ""))


def _header(c: _Ctx) -> list[str]:
    story = c.story
    dated = sorted(d.published.value for d in story.documents if d.published.value)
    years = f", {dated[0][:4]}–{dated[-1][:4]}" if dated and dated[0][:4] != dated[-1][:4] else (f", {dated[0][:4]}" if dated else "")
    return [
        f"# {md(page_title(story))}", "",
        f"_{_n(len(story.documents), 'article')}{years}; {_n(len(story.entities), 'entity', 'entities')}, "
        f"{_n(len(story.quotes), 'quote')}, {_n(len(story.figures), 'figure')}, {_n(len(story.events), 'event')}, "
        f"{_n(sum(x.shown for x in story.conflicts), 'conflict')}. "
        f"Every statement below cites its source: the numbered notes at the end quote the exact text. "
        f"Generated by storyline from story.json (schema {md(story.schema_version)})._",
    ]


def _brief(c: _Ctx) -> list[str]:
    out = ["", "## Brief", ""]
    if not c.story.brief:
        out.append("_No brief._")
    for i, b in enumerate(c.story.brief, 1):
        date = getattr(b, "date", None)
        when_ = f"**{md(date.value)}** · " if date is not None and date.value else ""
        told = brief_text(b, c.entities)
        disputes = "".join(
            f" — disputed by {md(d.by)}{c.notes.refs(d.cites)}" for d in getattr(b, "disputes", []) or []
        )
        out.append(f"{i}. {when_}{told}{c.notes.refs(b.cites)}{disputes}")
    return out


def _timeline(c: _Ctx, timeline_file: str) -> list[str]:
    out = ["", "## Timeline", "", f"![Timeline of events and publication dates]({timeline_file})", ""]
    # dated first, by date; ties and undated events keep the story's order (undated:
    # those reported earlier first)
    evs = sorted(c.story.events, key=lambda e: (timeline_svg.sort_key(e.date.value) is None, timeline_svg.sort_key(e.date.value) or ()))
    if not evs:
        return [*out, "_No events._"]
    out += ["| When | What happened | Who | Sources |", "|---|---|---|---|"]
    for e in evs:
        who = ", ".join(c.name(a) for a in e.actors)
        out.append(
            f"| {md(when(e))} | {md(e.summary)} | {who} | "
            f"{len({m.doc for m in e.mentions})}: {c.notes.refs(e.mentions, 8)} |"
        )
    return out


def _said(q: schema.Quote) -> str:
    """What a quote shows the reader: its pieces' words when its span holds a tag (schema 1.10)."""
    return q.said or q.text


def _profile(c: _Ctx, p: r_profiles.Profile) -> list[str]:
    notes = c.notes
    out = [f"### {md(p.name)} ({md(p.type)})", ""]
    aliases = [a for a in p.aliases if a != p.name]
    line = f"{_n(p.mentions, 'mention')} in {_n(len(p.documents), 'article')}{notes.ref(p.first)}"
    if aliases:
        line += ". Also written: " + ", ".join(md(a) for a in aliases)
    out.append(line + ".")
    for d in p.descriptions[:8]:
        out.append(f"- Described as: {md(d.text)}{notes.ref(d.span)}")
    for qid in p.quotes[:8]:
        q = c.quotes[qid]
        said = f"“{md(_clip(_said(q)))}”" if q.kind == "direct" else md(_clip(_said(q)))
        out.append(f"- Said ({q.kind}): {said}{notes.ref(q.span)}")
    for fid in p.figures[:8]:
        f = c.figures[fid]
        out.append(f"- Claimed: {md(f.text)}" + (f" ({md(f.measure)})" if f.measure else "") + notes.ref(f.span))
    for eid in p.events[:8]:
        ev = c.events[eid]
        out.append(f"- Took part in ({md(when(ev))}): {md(_clip(ev.summary))}{notes.refs(ev.mentions, 3)}")
    extra = len(p.quotes) + len(p.figures) + len(p.events) - sum(min(8, len(x)) for x in (p.quotes, p.figures, p.events))
    if extra > 0:
        out.append(f"- …and {extra} more items in story.json.")
    return [*out, ""]


def _entities(c: _Ctx) -> list[str]:
    story = c.story
    out = ["", "## Entities", ""]
    profs = r_profiles.build(story)
    if not story.entities:
        out.append("_No entities._")
    for p in profs[:MAX_PROFILES]:
        out += _profile(c, p)
    rest = [e for e in sorted(story.entities, key=r_profiles.salience) if e.id not in {p.entity for p in profs[:MAX_PROFILES]}]
    if rest:
        out += ["Other entities:", "", "| Entity | Type | Mentions | Articles |", "|---|---|---|---|"]
        for e in rest:
            out.append(f"| {md(e.name)} | {md(e.type)} | {len(e.mentions)} | {len({m.doc for m in e.mentions})} |")
        out.append("")
    return out


def _quotes(c: _Ctx) -> list[str]:
    out = ["## Quotes", ""]
    if not c.story.quotes:
        out.append("_No quotes._")
    groups: dict[str, list[schema.Quote]] = {}
    for q in c.story.quotes:
        e = c.entity(q.speaker)
        # an open speaker (below the confidence threshold) shows the words, never a guess
        groups.setdefault(e.name if e else (f"unattributed: {q.speaker_text}" if q.speaker_text else "Unattributed"), []).append(q)
    for speaker, qs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out += [f"### {md(speaker)}", ""]
        for q in qs:
            cue = f" ({md(q.cue)})" if q.cue else ""
            out.append(f"- {'“' + md(_said(q)) + '”' if q.kind == 'direct' else md(_said(q))} — _{q.kind}_{cue}{c.notes.ref(q.span)}")
        out.append("")
    return out


def _claimant(c: _Ctx, item, nobody: str) -> str:
    """Who a figure (or a series point) is credited to."""
    return c.name(item.claimant, item.claimant_text) if (item.claimant or item.claimant_text) else nobody


def _subject(c: _Ctx, f) -> str:
    """The figure's subject: an entity's name, or a noun phrase of its sentence in quotes
    and italics, so a reader sees it is words as written, not a resolved entity."""
    if f.subject:
        return c.name(f.subject)
    return f"_“{md(f.subject_text)}”_" if f.subject_text else ""


def _figures(c: _Ctx) -> list[str]:
    story = c.story
    out = ["## Figures", ""]
    if story.figures:
        out += ["| Figure | Value | Measure | Of | Period | Claimed by | Source |", "|---|---|---|---|---|---|---|"]
        for f in sorted(story.figures, key=lambda f: (f.measure or "~", f.span.doc, f.span.start)):
            out.append(
                f"| {md(f.text)} | {md(_value(f))} | {md(f.measure)} | {_subject(c, f)} | "
                f"{md(f.period)} | {_claimant(c, f, '_nobody credited_')} | {c.notes.ref(f.span)} |"
            )
    else:
        out.append("_No figures._")
    if story.series:
        out += ["", "### Figures over time", "",
                "_Counts that grow, told on different days: successive values, not conflicts._", ""]
        for sr in story.series:
            unit = f" ({md(sr.unit)})" if sr.unit else ""
            where = f" in {md(sr.place_text)}" if sr.place_text and sr.place_text != "worldwide" else (
                " worldwide" if sr.place_text else "")
            out.append(f"- **{md(sr.measure)}**{' of ' + c.name(sr.subject) if sr.subject else ''}{where}{unit}: " + "; ".join(
                f"{md(p.date)}: {md(_value(c.figures[p.figure]) if p.figure in c.figures else str(p.value))} "
                f"({_claimant(c, p, 'nobody credited')}){c.notes.ref(p.span)}"
                for p in sr.points))
    return out


def _conflict_item(c: _Ctx, item: str) -> str:
    """One item of a conflict's side: a figure or a quote with who claimed it."""
    if item in c.figures:
        f = c.figures[item]
        return f"- **{_claimant(c, f, 'nobody credited')}**: {md(f.text)}" + (f" ({md(f.measure)})" if f.measure else "") + c.notes.ref(f.span)
    if item in c.quotes:
        q = c.quotes[item]
        said = f"“{md(_clip(_said(q)))}”" if q.kind == "direct" else f"(reported) {md(_clip(_said(q)))}"
        who = c.name(q.speaker) if q.speaker else (f"unattributed: {md(q.speaker_text)}" if q.speaker_text else "unattributed")
        return f"- **{who}**: {said}{c.notes.ref(q.span)}"
    return f"- {md(item)}"


def _conflict(c: _Ctx, i: int, x: schema.Conflict) -> list[str]:
    conf = f", confidence {x.confidence:.2f}" if x.confidence is not None else ""
    lines = [f"### {i}. {md(x.explanation)} ({x.kind}{conf})", ""]
    groups = [s.items for s in x.sides] or [[item] for item in x.items]
    for n, items in enumerate(groups):
        if n:
            lines.append("- _against_")
        lines += [_conflict_item(c, item) for item in items]
    if x.evidence:
        lines += ["", f"_Evidence: {md('; '.join(x.evidence))}._"]
    return lines + [""]


def _conflicts(c: _Ctx) -> list[str]:
    shown = [x for x in c.story.conflicts if x.shown]
    possible = [x for x in c.story.conflicts if not x.shown]
    out = ["", "## Conflicts", ""]
    if not shown:
        out.append("_No confident conflicts._" if possible else "_No conflicts found._")
        out.append("")
    for i, x in enumerate(shown, 1):
        out += _conflict(c, i, x)
    if possible:
        out += [f"<details><summary>Show possible conflicts ({len(possible)})</summary>", ""]
        for i, x in enumerate(possible, len(shown) + 1):
            out += _conflict(c, i, x)
        out += ["</details>", ""]
    return out


def _document(c: _Ctx, no: int, d: schema.Document) -> list[str]:
    story, notes = c.story, c.notes
    out = [f"### {md(_doc_label(d, no))}", ""]
    meta = [
        ("Outlet", md(d.outlet)),
        ("Authors", ", ".join(md(a) for a in d.authors)),
        ("Published", md(_date(d.published)) + (f" — {md(d.published.note)}" if d.published.note else "") + notes.refs(d.published.evidence, 5)),
        ("Found at", ", ".join(md(s) for s in d.sources)),
        ("Language", md(d.language)),
        ("Length", f"{len(d.text)} characters"),
        ("Near-duplicate of", f"#{[x.id for x in story.documents].index(d.duplicate_of) + 1}" if d.duplicate_of in {x.id for x in story.documents} else md(d.duplicate_of)),
        ("Warnings", "; ".join(md(w) for w in d.warnings)),
    ]
    out += [f"- {k}: {v}" for k, v in meta if v]
    if d.removed:
        out.append(f"- Removed by the cleaner ({_n(len(d.removed), 'block')}):")
        for r in d.removed:
            out.append(f"  - _{md(r.reason)}_ at character {r.at}: “{md(_clip(r.text, 200))}”")
    else:
        out.append("- Removed by the cleaner: nothing")
    return [*out, ""]


def _documents(c: _Ctx) -> list[str]:
    out = ["## Documents", ""]
    for no, d in enumerate(c.story.documents, 1):
        out += _document(c, no, d)
    return out


def _off_topic(c: _Ctx) -> list[str]:
    if not c.story.off_topic:  # a pile split into stories (resolve.stories): the rest, listed apart
        return []
    out = ["## Left out of this story", ""]
    for o in c.story.off_topic:
        where = f"in story [{md(o.story)}](stories/{o.story}/story.md)" if o.story else "off-topic: matched no story"
        if o.story is None and o.reason:
            where += f" ({md(o.reason.text)})"
        out.append(f"- {md(o.title or o.doc)} ({', '.join(md(s) for s in o.sources)}): {where}")
    return [*out, ""]


def _sources(c: _Ctx) -> list[str]:
    footnotes = c.notes.lines()
    return ["## Sources cited", "", *footnotes] if footnotes else []


def render(story: schema.Story, timeline_file: str = "timeline.svg") -> str:
    """story.md: one function per section (as report.js has), in the page's order, which is
    also the order footnotes are numbered in (the sources section comes last)."""
    c = _Ctx(story)
    sections = (_header, _brief, lambda c: _timeline(c, timeline_file), _entities, _quotes, _figures,
                _conflicts, _documents, _off_topic, _sources)
    out = [line for section in sections for line in section(c)]
    return "\n".join(out).rstrip() + "\n"


def write(story: schema.Story, out_dir: Path) -> Path:
    """Write ``out_dir/story.md`` and the ``timeline.svg`` it embeds; return story.md's path."""
    out_dir = Path(out_dir)
    write_atomic(out_dir / "timeline.svg", timeline_svg.render(story))
    return write_atomic(out_dir / "story.md", render(story))
