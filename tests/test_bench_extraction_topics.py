"""bench/extraction_topics.py (round fifty-seven): article-extraction's web pages laid out as one
feed topic for the audit, and the audit's --every-story reading of a feed the build splits into
stories. Small pages and stories written here."""

from __future__ import annotations

import gzip
import json

import pytest
from benchmod import BENCH, bench

from storyline import schema

ext = bench("extraction_topics")
audit = bench("audit")
t17 = bench("t17")

PAGES = {"b2": "<html><body><p>Second page, caf\u00e9.</p></body></html>", "a1": "<html><body><p>First.</p></body></html>",
         "c3": "   "}


def _data(folder, pages=PAGES, latin1=()):
    (folder / "html").mkdir(parents=True)
    for pid, page in pages.items():
        raw = page.encode("latin-1" if pid in latin1 else "utf-8")
        (folder / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(raw))
    gold = {pid: {"articleBody": "x", "url": f"https://example.org/2019/01/02/{pid}"} for pid in pages}
    (folder / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_lay_out_writes_every_page_decoded_into_one_undated_topic_and_skips_a_blank_one(tmp_path):
    data = _data(tmp_path / "ae", latin1=("b2",))
    assert ext.lay_out(data, tmp_path / "out") == {"extraction_web": 2}
    day = tmp_path / "out" / "extraction_web" / "InputDocs" / "undated"
    assert sorted(p.name for p in day.iterdir()) == ["a1.html", "b2.html"]
    assert "caf\u00e9" in (day / "b2.html").read_text(encoding="utf-8")  # decoded from latin-1
    assert "example.org" not in (day / "a1.html").read_text(encoding="utf-8")  # the URL is not fed


def test_lay_out_refuses_the_repository_and_names_a_missing_page(tmp_path):
    data = _data(tmp_path / "ae")
    with pytest.raises(ValueError, match="inside the repository"):
        ext.lay_out(data, BENCH / "web-out")
    (data / "html" / "a1.html.gz").unlink()
    with pytest.raises(ValueError, match="a1.html.gz"):
        ext.lay_out(data, tmp_path / "out")


def test_topic_docs_read_a_page_whole_and_the_build_takes_it_by_its_html_path(tmp_path):
    day = tmp_path / "t" / "InputDocs" / "undated"
    day.mkdir(parents=True)
    (day / "p.html").write_text("<html><body>\n<p>One.</p>\n\n<p>Two.</p></body></html>", encoding="utf-8")
    (day / "q.txt").write_text("A line.\nAnother line.", encoding="utf-8")
    (day / "r.json").write_text("{}", encoding="utf-8")  # neither a page nor a text: not read
    docs = t17.topic_docs(tmp_path / "t", None, detokenise=True)
    assert [d[0] for d in docs] == ["undated/p.html", "undated/q.txt"]
    assert docs[0][2].startswith("<html><body>\n<p>One.</p>\n\n")  # a page is not re-laid a paragraph to a line
    assert docs[1][2] == "A line.\n\nAnother line."


def _story(sid: str, label: str, docs: list[tuple[str, str, str]]) -> schema.Story:
    ds = [schema.Document(id=i, title=t, text=x, sources=[f"docs.jsonl#{n}"]) for n, (i, t, x) in
          enumerate(docs, 1 if sid == "s1" else 3)]
    e = schema.Entity(id="e-shared", name="Ada Lovelace", type="PERSON")
    q = schema.Quote(id=f"q-{sid}", text="It works", kind="direct", speaker="e-shared",
                     span=schema.Span(doc=ds[0].id, start=0, end=4))
    return schema.Story(story_id=sid, label=label, documents=ds, entities=[e], quotes=[q],
                        brief=[schema.BriefSentence(text=ds[0].text, cites=[schema.Span(doc=ds[0].id, start=0, end=4)])])


def _write_stories(out, stories):
    (out / "stories").mkdir(parents=True)
    (out / "stories.json").write_text(json.dumps([{"id": s.story_id} for s in stories]), encoding="utf-8")
    for s in stories:
        (out / "stories" / s.story_id).mkdir()
        (out / "stories" / s.story_id / "story.json").write_text(s.model_dump_json(), encoding="utf-8")


def test_every_story_is_the_union_of_the_feeds_stories_with_one_entity_per_id(tmp_path):
    a = _story("s1", "engines, lovelace", [("d1", "Engine built", "The engine ran."), ("d2", "Engine 2", "It ran again.")])
    b = _story("s2", "plague, mongolia", [("d3", "Plague case", "A case was found.")])
    _write_stories(tmp_path, [a, b])
    union, stories = audit.every_story(tmp_path)
    assert [s.story_id for s in stories] == ["s1", "s2"]
    assert [d.id for d in union.documents] == ["d1", "d2", "d3"]
    assert [q.id for q in union.quotes] == ["q-s1", "q-s2"] and len(union.brief) == 2
    assert [e.id for e in union.entities] == ["e-shared"]


def test_every_story_refuses_a_build_that_made_no_story(tmp_path):
    _write_stories(tmp_path, [])
    with pytest.raises(ValueError, match="no story"):
        audit.every_story(tmp_path)


def test_grouping_is_one_item_per_story_with_each_documents_title_and_opening_and_only_when_asked(tmp_path):
    a = _story("s1", "engines, lovelace", [("d1", "Engine built", "The engine ran."), ("d2", "Engine 2", "It ran again.")])
    b = _story("s2", "plague, mongolia", [("d3", "Plague case", "A case was found.")])
    _write_stories(tmp_path, [a, b])
    union, stories = audit.every_story(tmp_path)
    names = {"d1": "D01", "d2": "D02", "d3": "D03"}
    feed = audit.sample(audit.Audit(union, names, {}, stories=stories), audit.Sizes(brief=1, draw_brief=True), 3)
    g = feed["grouping"]
    assert [it.ref for it in g] == ["G1", "G2"]
    assert g[0].fields == {"label": "engines, lovelace", "documents": ["D01", "D02"]}
    assert [e.label for e in g[0].excerpts] == ["D01: Engine built", "D02: Engine 2"]
    assert g[1].excerpts[0].text == "A case was found."
    assert len(feed["brief"]) == 1
    one = audit.sample(audit.Audit(a, {"d1": "D01", "d2": "D02"}, {}), audit.Sizes(), 3)
    assert one["grouping"] == []  # a one-story audit draws none, and its sheet shows no grouping section
    sheet = audit.render_sheet({"topic": "t", "n": 2, "seed": 3, "built": "-", "commit": "-", "analysis_version": "-",
                                "counts": {}}, one, [])
    assert "## grouping" not in sheet
    assert "## grouping (2)" in audit.render_sheet({"topic": "t", "n": 3, "seed": 3, "built": "-", "commit": "-",
                                                    "analysis_version": "-", "counts": {}}, feed, [])


def test_a_grouping_verdict_scores_like_any_other(tmp_path):
    a = _story("s1", "engines", [("d1", "Engine built", "The engine ran.")])
    _write_stories(tmp_path / "b", [a])
    union, stories = audit.every_story(tmp_path / "b")
    feed = audit.sample(audit.Audit(union, {"d1": "D01"}, {}, stories=stories), audit.Sizes(), 3)
    out = tmp_path / "audit"
    audit.write_audit(out, {"topic": "t", "n": 1, "seed": 3, "built": "-", "commit": "-", "analysis_version": "-",
                            "counts": {}}, feed, [])
    lines = [json.loads(x) for x in (out / "judgements.jsonl").read_text(encoding="utf-8").splitlines()]
    for j in lines:
        if j["category"] == "grouping":
            j["one_story"] = "mixed"
    (out / "judgements.jsonl").write_text("".join(json.dumps(j) + "\n" for j in lines), encoding="utf-8")
    res = audit.score(out)
    assert res["grouping"]["items"] == 1 and res["grouping"]["fields"]["one_story"]["bad"] == 1


# --- round fifty-eight: the pages left out of every story, and dates judged by hand ---------------


def _stray_store(path, docs):
    from storyline.store import Store
    from storyline.types import DocAnalysis

    with Store(path) as store:
        for d in docs:
            store.add(DocAnalysis(version="t", document=d), source=d.sources[0])


def test_stray_documents_are_the_off_topic_pages_with_no_story_read_from_the_store_with_their_sources(tmp_path):
    stray = schema.Document(id="d9", title="Recipe", text="Whisk the eggs.", sources=["docs.jsonl#9"])
    other = schema.Document(id="d4", title="Elsewhere", text="In another story.", sources=["docs.jsonl#4"])
    _stray_store(tmp_path / "s.db", [stray, other])
    off = [schema.OffTopic(doc="d9", title="Recipe", sources=["docs.jsonl#9"]),
           schema.OffTopic(doc="d4", sources=["docs.jsonl#4"], story="s2")]
    got = audit.stray_documents(off, tmp_path / "s.db")
    assert [(d.id, d.text, d.sources) for d in got] == [("d9", "Whisk the eggs.", ["docs.jsonl#9"])]  # d4 is s2's


def test_ungrouped_is_one_item_per_stray_page_with_its_opening_and_page_and_none_without_strays(tmp_path):
    a = _story("s1", "engines", [("d1", "Engine built", "The engine ran.")])
    strays = [schema.Document(id="d9", title="Recipe", text="Whisk the eggs. " * 40, language="en"),
              schema.Document(id="d5", title=None, text="Short.")]
    names = {"d1": "D01", "d5": "D05", "d9": "D09"}
    feed = audit.sample(audit.Audit(a, names, {}, stories=[a], strays=strays, files={"D09": "InputDocs/undated/x.html"}),
                        audit.Sizes(), 3)
    u = feed["ungrouped"]
    assert [(it.ref, it.fields["document"], it.fields["title"]) for it in u] == [("U1", "D05", None), ("U2", "D09", "Recipe")]
    assert len(u[1].excerpts[0].text) == 400 and u[1].fields["other"]["page"] == "InputDocs/undated/x.html"
    none = audit.sample(audit.Audit(a, names, {}, stories=[a]), audit.Sizes(), 3)
    sheet = audit.render_sheet({"topic": "t", "n": 1, "seed": 3, "built": "-", "commit": "-", "analysis_version": "-",
                                "counts": {}}, none, [])
    assert none["ungrouped"] == [] and "## ungrouped" not in sheet


def _dated_story():
    d1 = schema.Document(id="d1", title="Vote", text="LONDON, May 3 (Reuters) - The vote was held.",
                         published=schema.Published(value="2019-05-03", source="dateline",
                                                    evidence=[schema.Span(doc="d1", start=0, end=13)]))
    d2 = schema.Document(id="d2", title="Later", text="The count went on.")
    return schema.Story(documents=[d1, d2])


def test_dates_are_drawn_only_when_asked_with_the_value_source_evidence_and_page(tmp_path):
    st = _dated_story()
    names, files = {"d1": "D01", "d2": "D02"}, {"D01": "in/a.html", "D02": "in/b.html"}
    assert audit.sample(audit.Audit(st, names, {}, files=files), audit.Sizes(), 3)["dates"] == []
    got = audit.sample(audit.Audit(st, names, {}, files=files), audit.Sizes(dates=5), 3)["dates"]
    assert [it.fields["document"] for it in got] == ["D01", "D02"]  # in reading order
    p1 = got[0]
    assert (p1.fields["value"], p1.fields["source"]) == ("2019-05-03", "dateline")
    assert p1.excerpts[0].label == "evidence" and p1.excerpts[0].text == "LONDON, May 3"
    assert p1.fields["other"]["page"] == "in/a.html"
    assert got[1].fields["value"] is None and [e.label for e in got[1].excerpts] == ["opening: Later"]
    assert len(audit.sample(audit.Audit(st, names, {}), audit.Sizes(dates=1), 3)["dates"]) == 1


def test_a_date_judged_none_is_a_right_abstention_missing_an_open_one_and_wrong_is_wrong(tmp_path):
    assert audit.verdict_class("dates", "published", "right") == audit.GOOD
    assert audit.verdict_class("dates", "published", "none") == audit.GOOD
    assert audit.verdict_class("dates", "published", "missing") == audit.OPEN
    assert audit.verdict_class("dates", "published", "wrong") == "bad"
    assert audit.verdict_class("ungrouped", "left_out", "wrong") == "bad"
    assert audit.verdict_class("dates", "published", "later") is None  # not an allowed value
    st = _dated_story()
    feed = audit.sample(audit.Audit(st, {"d1": "D01", "d2": "D02"}, {}), audit.Sizes(dates=5), 3)
    out = tmp_path / "audit"
    audit.write_audit(out, {"topic": "t", "n": 2, "seed": 3, "built": "-", "commit": "-", "analysis_version": "-",
                            "counts": {}}, feed, [])
    lines = [json.loads(x) for x in (out / "judgements.jsonl").read_text(encoding="utf-8").splitlines()]
    verdicts = iter(["wrong", "missing"])
    for j in lines:
        if j["category"] == "dates":
            j["published"] = next(verdicts)
    (out / "judgements.jsonl").write_text("".join(json.dumps(j) + "\n" for j in lines), encoding="utf-8")
    res = audit.score(out)["dates"]
    assert (res["wrong"], res["fields"]["published"]["open"], res["open_rate"]["published"]) == (1, 1, 0.5)
