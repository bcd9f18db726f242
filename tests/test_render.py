"""report.html, story.md and timeline.svg, without a browser: self-contained, escaped,
offsets right in UTF-16, citations that quote their spans, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from test_render_data import HOSTILE_TEXT, generated_story, hostile_story, rich_story

from storyline import schema
from storyline.render import html, markdown, profiles, timeline_svg

DATA_RE = re.compile(r'<script type="application/json" id="story-data">(.*?)</script>', re.DOTALL)


def embedded(page: str) -> dict:
    m = DATA_RE.search(page)
    assert m, "no embedded story data"
    assert "<" not in m.group(1) and ">" not in m.group(1) and "&" not in m.group(1)
    return json.loads(m.group(1))


def utf16_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def all_spans(node):
    if isinstance(node, dict):
        if {"doc", "start", "end"} <= node.keys():
            yield node
        for v in node.values():
            yield from all_spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from all_spans(v)


# ---- report.html --------------------------------------------------------------------


def test_report_is_one_self_contained_file(tmp_path):
    path = html.write(rich_story(), tmp_path)
    assert path == tmp_path / "report.html"
    page = path.read_text(encoding="utf-8")
    assert page.count("<script") == 2  # the data and the app, both inline
    assert not re.search(r"<(link|iframe|img|object|embed)\b", page)
    assert not re.search(r"\bsrc\s*=", page.split('id="story-data"')[0])
    assert "@import" not in page and not re.search(r"url\((?!data:)", page)
    # the only URL-like text is the SVG namespace the script creates elements in
    assert set(re.findall(r"https?://[^\s'\"]+", page.replace(html.embed_json(html.view_model(rich_story())), ""))) == {
        "http://www.w3.org/2000/svg"
    }


def test_csp_allows_only_the_inline_script_and_style_by_hash(tmp_path):
    page = html.render(rich_story())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    for source, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{directive} &#x27;sha256-{digest}&#x27;" in csp or f"{directive} 'sha256-{digest}'" in csp


def test_embedded_offsets_are_utf16_and_slice_the_cited_text():
    story = rich_story()
    texts = {d.id: d.text for d in story.documents}
    data = embedded(html.render(story))
    original = list(all_spans(story.model_dump(mode="json")))
    converted = list(all_spans({k: v for k, v in data.items() if k not in ("profiles", "network")}))
    assert len(original) == len(converted) > 30
    shifted = 0
    for o, c in zip(original, converted):
        assert utf16_slice(texts[c["doc"]], c["start"], c["end"]) == texts[o["doc"]][o["start"] : o["end"]]
        shifted += c["start"] != o["start"]
    assert shifted > 5  # the emoji before most spans of two documents moved them
    a = next(d for d in data["documents"] if d["id"] == "doca")
    union = texts["doca"].index("Union leader")
    assert [r["at"] for r in a["removed"]] == [union + 1, len(texts["doca"]) + 1]


def test_hostile_text_stays_data(tmp_path):
    page = html.render(hostile_story())
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "onerror=\"window" not in page
    data = embedded(page)
    assert data["documents"][0]["text"] == HOSTILE_TEXT  # intact once parsed
    assert "{{SCRIPT}}" in data["documents"][0]["text"]  # the placeholder in an article is not expanded
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert "<" not in title and "&lt;script&gt;" in title


def test_report_is_deterministic():
    assert html.render(rich_story()) == html.render(rich_story())


def test_view_model_carries_profiles_and_story():
    data = html.view_model(rich_story())
    assert {p["entity"] for p in data["profiles"]} >= {"e-acme", "e-lopez", "e-baker"}
    assert len(data["brief"]) == 3 and len(data["documents"]) == 3


def test_large_story_renders_quickly_to_one_file(tmp_path):
    story = generated_story(1000)
    path = html.write(story, tmp_path)
    assert path.stat().st_size < 8_000_000
    assert len(embedded(path.read_text(encoding="utf-8"))["documents"]) == 1000


# ---- profiles -----------------------------------------------------------------------


def test_profiles_gather_each_entitys_items():
    story = rich_story()
    by = {p.entity: p for p in profiles.build(story)}
    assert by["e-lopez"].quotes == ["q1", "q3"]
    assert by["e-lopez"].figures == ["f2"]
    assert by["e-lopez"].events == ["ev2"]
    assert by["e-lopez"].conflicts == ["c1"] or by["e-lopez"].conflicts == ["c2"]
    assert [d.text for d in by["e-baker"].descriptions] == ["Union leader"]
    assert by["e-acme"].documents == ["doca", "docb", "docc"]
    # most salient first: named in three articles
    assert [p.entity for p in profiles.build(story)][:2] == ["e-acme", "e-springfield"]
    assert "e-smith" in by  # one mention, but speaks and claims


def test_profiles_resolve_names_and_skip_minor_entities():
    story = rich_story()
    story.quotes[0].speaker = "maria lopez"  # a name instead of an id
    story.entities.append(schema.Entity(id="e-minor", name="Minor Person", type="PERSON",
                                         mentions=[schema.Span(doc="doca", start=0, end=4)]))
    by = {p.entity: p for p in profiles.build(story)}
    assert "q1" in by["e-lopez"].quotes
    assert "e-minor" not in by
    assert len(profiles.build(story, limit=2)) == 2


def test_profiles_merge_repeated_descriptions():
    story = rich_story()
    lopez = next(e for e in story.entities if e.id == "e-lopez")
    span = lopez.descriptions[0].span
    lopez.descriptions += [schema.Description(text="the Chief Executive", span=span),
                           schema.Description(text="chief executive,", span=span)]
    by = {p.entity: p for p in profiles.build(story)}
    assert len(by["e-lopez"].descriptions) == 1


# ---- story.md and timeline.svg ------------------------------------------------------

FOOTNOTE = re.compile(r"^\[\^(\d+)\]: #(\d+) .*?, characters (\d+)–(\d+) \(\[open\]\(report\.html#cite=\w+:\3-\4\)\): “(.*)”$", re.MULTILINE)


def test_markdown_cites_every_brief_sentence_with_footnotes_that_quote_the_span(tmp_path):
    story = rich_story()
    path = markdown.write(story, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert (tmp_path / "timeline.svg").exists() and "](timeline.svg)" in text
    notes = {int(n): (int(d), int(s), int(e), quoted) for n, d, s, e, quoted in FOOTNOTE.findall(text)}
    for i, b in enumerate(story.brief, 1):
        line = next(line for line in text.splitlines() if line.startswith(f"{i}. "))
        refs = [int(r) for r in re.findall(r"\[\^(\d+)\]", line)]
        assert len(refs) == len(b.cites)
        for ref, c in zip(refs, b.cites):
            doc_no, start, end, quoted = notes[ref]
            assert story.documents[doc_no - 1].id == c.doc and (start, end) == (c.start, c.end)
            assert quoted == markdown.md(story.documents[doc_no - 1].text[start:end])
    for section in ("## Brief", "## Timeline", "## Entities", "## Quotes", "## Figures", "## Conflicts", "## Documents"):
        assert section in text
    # documents list what the cleaner removed, with the reason
    assert "_promo_ at character" in text and "Leave a Reply" in text
    assert "no title found" in text and "(estimated)" in text


def test_markdown_escapes_hostile_text():
    text = markdown.render(hostile_story())
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script" not in rendered and "<i " not in rendered
    # the only links are our own, into the report
    assert all(h.startswith("report.html#cite=evil:") for h in re.findall(r'<a href="([^"]*)"', rendered))
    assert len(re.findall(r"<a ", rendered)) == len(re.findall(r'<a href="report.html#cite=', rendered))
    assert re.findall(r"<img[^>]*>", rendered) == ['<img src="timeline.svg" alt="Timeline of events and publication dates" />']
    assert "&lt;script&gt;" in rendered
    assert "&amp;amp;" in rendered  # the article's "&amp;" shows as written


def test_markdown_is_deterministic_and_handles_an_empty_story(tmp_path):
    assert markdown.render(rich_story()) == markdown.render(rich_story())
    empty = markdown.render(schema.Story())
    assert "_No brief._" in empty and "## Documents" in empty
    ET.fromstring(timeline_svg.render(schema.Story()).split("\n", 1)[1])


def test_timeline_svg_orders_events_and_publications_by_date():
    story = rich_story()
    svg = timeline_svg.render(story)
    root = ET.fromstring(svg.split("\n", 1)[1])
    assert root.tag.endswith("svg")
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    dates = [t for t in texts if re.fullmatch(r"\d{4}(-\d\d){0,2}", t)]
    assert dates == sorted(dates, key=timeline_svg.sort_key)
    assert "1998" in dates and "2025" in dates
    assert any("Article #1 published" in t for t in texts)
    assert any("1 undated event" in t for t in texts)
    hostile = timeline_svg.render(hostile_story())
    assert "<script" not in hostile.replace("&lt;script", "")
    ET.fromstring(hostile.split("\n", 1)[1])


def test_timeline_svg_caps_what_it_draws():
    svg = timeline_svg.render(generated_story(300))
    assert svg.count("<circle") == timeline_svg.MAX_EVENTS
    assert "more dated events" in svg


# ---- end to end on the real corpus ---------------------------------------------------


@pytest.mark.slow
def test_huawei_outputs(huawei_story, tmp_path):
    story = huawei_story
    page = html.write(story, tmp_path).read_text(encoding="utf-8")
    data = embedded(page)
    for key in ("documents", "entities", "quotes", "figures", "events", "conflicts", "brief"):
        assert len(data[key]) == len(getattr(story, key))
    md_text = markdown.write(story, tmp_path).read_text(encoding="utf-8")
    for b in story.brief:
        # a confidently linked partial name is shown with its canonical name beside it
        # ("Rain [Ren Zhengfei] is hoping ..."): the text after the last such name is as cited
        tail = b.text[b.names[-1].end:] if b.names else b.text
        assert markdown.md(tail) in md_text
    for d in story.documents:
        for r in d.removed:
            assert markdown.md(r.reason) in md_text
    ET.fromstring((tmp_path / "timeline.svg").read_text(encoding="utf-8").split("\n", 1)[1])


# ---- offsets: code points -> UTF-16, for any text --------------------------------------


@settings(derandomize=True, max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60),
    data=st.data(),
)
def test_utf16_offsets_slice_the_same_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    doc = schema.Document(id="d", text=text, removed=[schema.Removed(text="x", reason="r", at=start)])
    story = schema.Story(documents=[doc], brief=[schema.BriefSentence(text=text[start:end], cites=[schema.Span(doc="d", start=start, end=end)])])
    data_ = html.view_model(story)
    c = data_["brief"][0]["cites"][0]
    assert utf16_slice(text, c["start"], c["end"]) == text[start:end]
    assert utf16_slice(text, 0, data_["documents"][0]["removed"][0]["at"]) == text[:start]
