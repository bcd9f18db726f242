"""bench/audit.py: sampling, stable keys, date scoring, judgement reuse, on small stories built here."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from benchmod import bench
from pydantic import ConfigDict

from storyline import schema

audit = bench("audit")

TEXT_A = ('WASHINGTON (Reuters) - The oil spill grew on Tuesday. "We will stop the leak by August," '
          'said Tony Hayward, chief executive of BP. The company said it had spent $930 million. '
          'Officials said 11 workers died on April 20.')
TEXT_B = ('HOUSTON (Reuters) - Engineers tried a new cap. "The cap is holding," Thad Allen said on Monday. '
          'Allen said the well leaked 60,000 barrels a day.')


def sp(doc: str, text: str, part: str) -> schema.Span:
    i = text.index(part)
    return schema.Span(doc=doc, start=i, end=i + len(part))


def story(extra_doc: bool = False, prefix: str = "", published_a: schema.Published | None = None) -> tuple:
    """A small story over TEXT_A and TEXT_B (and, with ``extra_doc``, a third document and
    more items, which renumber ids); ``prefix`` is put before TEXT_A's text so every
    offset in it moves."""
    a = prefix + TEXT_A
    docs = [schema.Document(id="da" + prefix[:3], text=a, published=published_a or schema.Published()),
            schema.Document(id="db", text=TEXT_B, published=schema.Published(value="2010-07-12"))]
    ents = [schema.Entity(id="e1", name="Tony Hayward", type="PERSON", aliases=["Hayward"],
                          mentions=[sp(docs[0].id, a, "Tony Hayward")]),
            schema.Entity(id="e2", name="Thad Allen", type="PERSON", aliases=["Allen"],
                          mentions=[sp("db", TEXT_B, "Thad Allen"), sp("db", TEXT_B, "Allen said")]),
            schema.Entity(id="e3", name="BP", type="ORG", mentions=[sp(docs[0].id, a, "BP")])]
    quotes = [schema.Quote(id="q1", text="We will stop the leak by August,", kind="direct", speaker="e1",
                           speaker_text="Tony Hayward", speaker_span=sp(docs[0].id, a, "Tony Hayward"),
                           span=sp(docs[0].id, a, "We will stop the leak by August,")),
              schema.Quote(id="q2", text="The cap is holding,", kind="direct", span=sp("db", TEXT_B, "The cap is holding,"))]
    figures = [schema.Figure(id="f1", text="$930 million", value=930e6, unit="USD", claimant="e3",
                             span=sp(docs[0].id, a, "$930 million")),
               schema.Figure(id="f2", text="60,000 barrels a day", value=60000, unit="barrel/day", claimant="e2",
                             span=sp("db", TEXT_B, "60,000 barrels a day"))]
    events = [schema.Event(id="v1", summary="11 workers died", date=schema.EventDate(value="2010-04-20", granularity="day"),
                           mentions=[sp(docs[0].id, a, "11 workers died on April 20")]),
              schema.Event(id="v2", summary="Engineers tried a new cap", mentions=[sp("db", TEXT_B, "Engineers tried a new cap")])]
    conflicts = [schema.Conflict(id="c1", kind="statement", items=["q1", "q2"], explanation="leak stopped vs cap holding",
                                 sides=[schema.ConflictSide(items=["q1"], claimants=["e1"], spans=[quotes[0].span]),
                                        schema.ConflictSide(items=["q2"], spans=[quotes[1].span])])]
    brief = [schema.BriefSentence(text="The oil spill grew on Tuesday.", cites=[sp(docs[0].id, a, "The oil spill grew on Tuesday.")])]
    names = {docs[0].id: "D01", "db": "D02"}
    if extra_doc:
        c = "Workers capped the well. Officials said 5,000 barrels leaked."
        docs.append(schema.Document(id="dc", text=c))
        quotes.insert(0, schema.Quote(id="q0", text="x", kind="indirect", span=sp("dc", c, "5,000 barrels leaked")))
        figures.insert(0, schema.Figure(id="f0", text="5,000 barrels", value=5000, span=sp("dc", c, "5,000 barrels")))
        names["dc"] = "D03"
    s = schema.Story(documents=docs, entities=ents, quotes=quotes, figures=figures, events=events,
                     conflicts=conflicts, brief=brief)
    return s, names


FOLDER = {"D01": "2010-07-13", "D02": "2010-07-12", "D03": "2010-07-14"}


def drawn(s, names, seed=5, **sizes):
    return audit.sample(audit.Audit(s, names, FOLDER), audit.Sizes(**sizes), seed)


def keys(d):
    return {cat: [it.key for it in items] for cat, items in d.items()}


# sampling ---------------------------------------------------------------------------


def test_same_seed_draws_the_same_items():
    s, names = story()
    assert keys(drawn(s, names, 5, quotes=1, figures=1)) == keys(drawn(s, names, 5, quotes=1, figures=1))


def test_a_sample_is_a_seeded_draw_not_the_first_items():
    items = [audit.Item("quotes", f"k{i:03d}", {}) for i in range(200)]
    a = [it.key for it in audit.draw(items, 20, 1, "quotes")]
    assert a == [it.key for it in audit.draw(list(reversed(items)), 20, 1, "quotes")]  # order of input irrelevant
    assert a != [it.key for it in audit.draw(items, 20, 2, "quotes")]  # another seed, another sample
    assert a != [f"k{i:03d}" for i in range(20)]
    assert len(set(a)) == 20


def test_a_draw_keeps_its_items_when_others_are_added():
    items = [audit.Item("figures", f"k{i}", {}) for i in range(100)]
    before = {it.key for it in audit.draw(items, 30, 7, "figures")}
    after = {it.key for it in audit.draw(items + [audit.Item("figures", f"new{i}", {}) for i in range(5)], 30, 7, "figures")}
    assert len(before & after) >= 25


def test_articles_spread_over_the_dates_and_depend_on_the_seed():
    docs = [(f"2010-{m:02d}-01/{i}.txt", f"2010-{m:02d}-01", "t") for m in range(1, 13) for i in range(10)]
    a = audit.sample_articles(docs, 12, 3)
    assert [d[1] for d in a] == [f"2010-{m:02d}-01" for m in range(1, 13)]  # one per month
    assert a == audit.sample_articles(list(reversed(docs)), 12, 3)
    assert a != audit.sample_articles(docs, 12, 4)
    assert audit.sample_articles(docs[:5], 12, 3) == docs[:5]


def test_a_draw_close_to_the_pool_size_never_repeats_an_article():
    # 35 articles into 30 slices: the step (1.17) is no whole number, so two neighbouring
    # slices can floor to one article; every seed must still give 30 different articles
    docs = [(f"2016-01-{d:02d}/{d}.txt", f"2016-01-{d:02d}", "t") for d in range(1, 36)]
    for seed in range(40):
        a = audit.sample_articles(docs, 30, seed)
        assert len(a) == 30 and len(set(a)) == 30
        assert a == sorted(a)  # still in date order


def test_a_draw_without_a_collision_is_unchanged():
    # twin: a whole-number step can never collide, so the draw is the plain stratified one
    docs = [(f"2010-{m:02d}-01/{i}.txt", f"2010-{m:02d}-01", "t") for m in range(1, 13) for i in range(10)]
    rng = random.Random(3)
    plain = [docs[min(len(docs) - 1, int(i * 10 + rng.random() * 10))] for i in range(12)]
    assert audit.sample_articles(docs, 12, 3) == plain


def test_a_rebuild_keeps_the_recorded_articles_even_repeated(tmp_path):
    pool = [(f"2016-01-0{d}/{d}.txt", f"2016-01-0{d}", "t") for d in range(1, 6)]
    out = tmp_path / "t-3-1"
    assert audit.recorded_articles(out, pool) is None  # a new folder is drawn
    _meta(out, "t", ["2016-01-02/2.txt", "2016-01-02/2.txt", "2016-01-05/5.txt"])
    assert audit.recorded_articles(out, pool) == [pool[1], pool[1], pool[4]]
    assert audit.recorded_articles(out, pool[:3]) is None  # a recorded file gone: drawn again


def _meta(folder: Path, topic: str, files: list[str], **extra) -> None:
    folder.mkdir(parents=True)
    meta = {"topic": topic, "articles": [{"file": f} for f in files], **extra}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_unread_leaves_out_what_earlier_audits_of_the_topic_sampled(tmp_path):
    _meta(tmp_path / "oil-60-13", "oil", ["2010-05-01/1.txt", "2010-05-02/4.txt"])
    _meta(tmp_path / "oil-60-17", "oil", ["2010-05-03/2.txt"])
    _meta(tmp_path / "oil_bbc-60-13", "oil_bbc", ["2010-05-09/9.txt"])  # another topic, same prefix
    out = tmp_path / "oil-60-19"
    assert audit.earlier_articles("oil", out, tmp_path) == ["2010-05-01/1.txt", "2010-05-02/4.txt", "2010-05-03/2.txt"]
    # an audit's own earlier sample is not "earlier"
    assert audit.earlier_articles("oil", tmp_path / "oil-60-13", tmp_path) == ["2010-05-03/2.txt"]


def test_a_rebuild_keeps_the_avoided_list_it_was_drawn_with(tmp_path):
    out = tmp_path / "oil-60-19"
    _meta(out, "oil", ["2010-05-05/3.txt"], avoided=["2010-05-01/1.txt"])
    assert audit.avoided_articles(out, "oil", unread=False) == ["2010-05-01/1.txt"]
    assert audit.avoided_articles(out, "oil", unread=True) == ["2010-05-01/1.txt"]
    # twin: a folder drawn from all articles draws from all again, and refuses --unread
    plain = tmp_path / "oil-60-23"
    _meta(plain, "oil", ["2010-05-05/3.txt"])
    assert audit.avoided_articles(plain, "oil", unread=False) is None
    with pytest.raises(ValueError, match="drawn from all articles"):
        audit.avoided_articles(plain, "oil", unread=True)
    assert audit.avoided_articles(tmp_path / "new-60-1", "new", unread=False) is None


# keys --------------------------------------------------------------------------------


def test_unchanged_items_keep_their_keys_when_ids_and_offsets_move():
    s1, n1 = story()
    s2, n2 = story(extra_doc=True, prefix="Updated. ")
    k1 = {it.fields.get("text") or it.fields.get("name") or it.fields.get("summary"): it.key
          for items in drawn(s1, n1).values() for it in items if it.category != "cleaning"}
    k2 = {it.fields.get("text") or it.fields.get("name") or it.fields.get("summary"): it.key
          for items in drawn(s2, n2).values() for it in items if it.category != "cleaning"}
    for name in ("We will stop the leak by August,", "The cap is holding,", "$930 million", "Tony Hayward",
                 "11 workers died", "The oil spill grew on Tuesday."):
        assert k1[name] == k2[name], name


def test_a_changed_item_gets_a_new_key():
    s1, n1 = story()
    s2, n2 = story()
    s2.quotes[0].speaker = "e3"  # now attributed to BP
    q1 = {it.fields["text"]: it.key for it in drawn(s1, n1)["quotes"]}
    q2 = {it.fields["text"]: it.key for it in drawn(s2, n2)["quotes"]}
    assert q1["We will stop the leak by August,"] != q2["We will stop the leak by August,"]
    assert q1["The cap is holding,"] == q2["The cap is holding,"]


def test_the_cleaning_key_follows_the_cleaned_text():
    s1, n1 = story()
    s2, n2 = story(prefix="Updated. ")
    c1 = {it.fields["document"]: it.key for it in drawn(s1, n1)["cleaning"]}
    c2 = {it.fields["document"]: it.key for it in drawn(s2, n2)["cleaning"]}
    assert c1["D02"] == c2["D02"] and c1["D01"] != c2["D01"]


def test_site_furniture_is_cut_from_the_shown_text_and_listed_as_removed():
    body = "Acme Corp opened a plant in Port Ellery.\n\nIt hires 40 people."
    trailer = "Puzzles are on page nine."
    text = body + "\n\n" + trailer
    at = text.index(trailer)
    d = {"text": text, "removed": [{"text": "Jane Roe, Port Ellery", "reason": "byline", "at": len(body)}],
         "furniture": [{"start": at, "end": len(text), "text": trailer, "edge": "end", "documents": 5, "independent": 4}]}
    shown, removed = audit.shown_text(d)
    assert shown == body
    assert [(r["reason"], r["text"], r["at"]) for r in removed] == [
        ("byline", "Jane Roe, Port Ellery", len(body)), ("furniture (5 documents, 4 independent)", trailer, len(body))]
    # a heading printed over the texts: cut with the blank line after it
    d = {"text": "Weekend edition\n\n" + body, "removed": [{"text": "x", "reason": "byline", "at": 20}],
         "furniture": [{"start": 0, "end": 15, "text": "Weekend edition", "edge": "start", "documents": 3, "independent": 3}]}
    shown, removed = audit.shown_text(d)
    assert shown == body and [r["at"] for r in removed] == [0, 3]


def test_a_document_without_furniture_is_shown_as_cleaned():
    d = {"text": "Acme Corp opened a plant.", "removed": [{"text": "x", "reason": "byline", "at": 0}]}
    assert audit.shown_text(d) == (d["text"], d["removed"])
    s1, n1 = story()
    items = {it.fields["document"]: it for it in drawn(s1, n1)["cleaning"]}
    s2, n2 = story()
    doc = s2.documents[1]
    tail = "\n\nPuzzles are on page nine."
    s2.documents[1] = doc.model_copy(update={"text": doc.text + tail, "furniture": [schema.Furniture(
        start=len(doc.text) + 2, end=len(doc.text) + len(tail), text=tail.strip(), edge="end", documents=3, independent=3)]})
    items2 = {it.fields["document"]: it for it in drawn(s2, n2)["cleaning"]}
    assert items2["D01"].key == items["D01"].key  # no furniture: the same item
    assert items2["D02"].fields["removed"][-1][0].startswith("furniture")
    assert "Puzzles" not in items2["D02"].excerpts[1].text


def test_a_span_context_is_the_text_the_story_shows_without_its_furniture():
    """Round fifty-nine: a promo line the corpus stage left out as site furniture stood in a
    quote's context on the sheet although no reader sees it; the context is now the text shown,
    and the item's key (its span text) is the same with and without the furniture."""
    s1, n1 = story()
    promo = "Also on the radio and online."
    doc = s1.documents[0]
    at = doc.text.index('"We will stop')
    text = doc.text[:at] + promo + "\n\n" + doc.text[at:]
    s2, n2 = story()
    q = s2.quotes[0]
    shift = len(promo) + 2
    s2.documents[0] = doc.model_copy(update={"text": text, "furniture": [schema.Furniture(
        start=at, end=at + len(promo), text=promo, edge="inside", documents=4, independent=3)]})
    s2.quotes[0] = q.model_copy(update={
        "span": q.span.model_copy(update={"start": q.span.start + shift, "end": q.span.end + shift}),
        "speaker_span": q.speaker_span.model_copy(update={"start": q.speaker_span.start + shift,
                                                           "end": q.speaker_span.end + shift})})
    plain = audit.Audit(s1, n1, FOLDER, context=60).quotes()[0]
    cut = audit.Audit(s2, n2, FOLDER, context=60).quotes()[0]
    assert cut.key == plain.key
    assert promo not in cut.excerpts[0].before and "grew on Tuesday." in cut.excerpts[0].before
    # must not fire: a span inside the furniture itself keeps the stored text around it
    a = audit.Audit(s2, n2, FOLDER, context=60)
    ex = a.excerpt("x", schema.Span(doc=doc.id, start=at, end=at + 4))
    assert ex is not None and ex.text == "Also" and promo[4:] in ex.after


def build_folder(tmp_path, s, names, seed=1, context=audit.CONTEXT):
    """An audit folder of story ``s`` in ``tmp_path``, as a rebuild writes it (its entities
    known to the reuse rule); returns write_audit's counts."""
    a = audit.Audit(s, names, FOLDER, context=context)
    d = audit.sample(a, audit.Sizes(), seed)
    meta = {"topic": "t", "n": 2, "seed": seed, "built": "now", "commit": "c", "analysis_version": "3", "counts": a.counts()}
    return audit.write_audit(tmp_path, meta, d, a.documents(), a.known())


def rows(path: Path, category: str) -> dict[str, dict]:
    """The judgement lines of one category by their sheet label."""
    return {r["item"]: r for r in map(json.loads, path.read_text().splitlines()) if r["category"] == category}


# the sheet -----------------------------------------------------------------------------


def test_the_sheet_marks_the_span_in_its_context_and_shows_fields_other_changes_add(tmp_path):
    s, names = story()

    class LaterQuote(schema.Quote):  # a field another change may add
        model_config = ConfigDict(extra="allow")

    s.quotes[0] = LaterQuote(**s.quotes[0].model_dump(), later_field=0.42)
    build_folder(tmp_path, s, names, context=30)
    sheet = (tmp_path / "sheet.md").read_text()
    assert "⟦We will stop the leak by August,⟧" in sheet
    assert "later_field*: 0.42" in sheet
    assert "Tony Hayward" in sheet
    flat = " ".join(sheet.split())
    assert '…e oil spill grew on Tuesday. "⟦We will' in flat  # 30 characters before the span
    assert "(Reuters)" not in flat.split("⟦We will")[1].split("```")[0]
    rows = [json.loads(x) for x in (tmp_path / "judgements.jsonl").read_text().splitlines()]
    q2 = next(r for r in rows if r["category"] == "quotes" and r["speaker"] == "open")  # no speaker: open
    assert q2["content"] == "" and q2["reason"] == ""
    assert set(rows[0]) >= {"key", "item", "category", "reason"}


def test_the_sheet_shows_each_span_s_publication_day_and_empty_figure_fields(tmp_path):
    s, names = story()
    build_folder(tmp_path, s, names, context=30)
    sheet = (tmp_path / "sheet.md").read_text()
    days = {r["document"]: r["folder"] for r in json.loads((tmp_path / "documents.json").read_text())}
    spans = [line for line in sheet.splitlines() if " — D" in line and line.rstrip().endswith("]")]
    assert spans and all(f"(published {audit._with_weekday(days[line.split(' — ')[1].split(' ')[0]])})" in line for line in spans)
    assert "(published Tuesday 2010-07-13)" in sheet and "| D02 | Monday 2010-07-12 | Monday 2010-07-12 |" in sheet
    # a figure field the tool left empty is written as empty; a filled one is not
    figures = sheet.split("## figures")[1].split("## events")[0]
    blocks = figures.split("### F")[1:]
    assert blocks
    for block in blocks:
        head = block.split("```")[0]
        for k in audit.EMPTY_SHOWN:
            assert (f"- **{k}**: — (empty)" in head) != (f"- **{k}**: " in head.replace(f"- **{k}**: — (empty)", "")), (k, head)


# date scoring --------------------------------------------------------------------------


@pytest.mark.parametrize("value,earliest,latest,level,holds", [
    ("2010-07-13", "2010-07-13", "2010-07-13", "day", True),
    ("2010-07-12", "2010-07-12", "2010-07-12", "wrong", False),  # a wrong day is wrong, even in the right month
    ("2010-07", None, None, "month", None),
    ("2010-06", None, None, "wrong", None),
    ("2010", "2010-01-01", "2010-12-31", "year", True),
    ("2009", None, None, "wrong", None),
    (None, None, None, "null", None),
    (None, "2010-07", "2010-08", "null", True),  # an interval with no value
    (None, "2010-07-14", None, "null", False),
    (None, None, "2010-07-12", "null", False),
])
def test_document_dates_are_scored_against_the_folder_date(value, earliest, latest, level, holds):
    assert audit.score_date(value, earliest, latest, "2010-07-13") == (level, holds)


def test_documents_are_scored_in_the_audit(tmp_path):
    pub = schema.Published(value="2010-07-13", estimated=True, earliest="2010-07-13", latest="2010-07-13", source="content")
    s, names = story(published_a=pub)
    rows = {r["document"]: r for r in audit.Audit(s, names, FOLDER).documents()}
    assert rows["D01"]["level"] == "day" and rows["D01"]["interval"] is True
    assert rows["D02"]["level"] == "day"  # a metadata date, the folder's
    s.documents[1].published = schema.Published(value="2010-07-11")
    assert audit.Audit(s, names, FOLDER).documents()[1]["level"] == "wrong"


@pytest.mark.parametrize("name,day", [("2010-07-13", "2010-07-13"), ("undated", None), ("2010-13-01", None),
                                      ("2010-07", None), ("", None)])
def test_only_a_day_folder_is_a_folder_date(name, day):
    assert audit.folder_day(name) == day


def test_copy_without_a_publication_date_is_scored_on_no_side(tmp_path, capsys):
    """An undated folder (FNC-1's bodies): its documents are "unknown", never "wrong" or
    "null", and the rates leave them out; a date the story gave anyway is counted apart."""
    pub = schema.Published(value="2010-07-13", estimated=True, earliest="2010-07-13", latest="2010-07-13", source="content")
    s, names = story(published_a=pub)
    a = audit.Audit(s, names, {"D01": None, "D02": None})
    rows = {r["document"]: r for r in a.documents()}
    assert rows["D01"]["level"] == rows["D02"]["level"] == "unknown" and rows["D01"]["interval"] is None
    meta = {"topic": "t", "n": 2, "seed": 1, "built": "now", "commit": "c", "analysis_version": "3", "counts": a.counts()}
    audit.write_audit(tmp_path, meta, audit.sample(a, audit.Sizes(), 1), a.documents(), a.known())
    assert "| D01 | not given | Tuesday 2010-07-13 |" in (tmp_path / "sheet.md").read_text()
    assert audit.main(["--topic", "t", "--out", str(tmp_path), "--score"]) == 0
    docs = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["ours"]["documents"]
    assert docs["unknown"] == 2 and docs["wrong"] == docs["null"] == 0
    assert docs["precision"] is None and docs["right_day_rate"] is None and docs["unknown_dated"] == 2
    # the twin: with folder dates the same story is scored
    assert {r["level"] for r in audit.Audit(s, names, FOLDER).documents()} == {"day"}


# scoring and reuse ---------------------------------------------------------------------


def judge(path: Path, fill) -> None:
    rows = [json.loads(x) for x in path.read_text().splitlines()]
    rows = [fill(r) or r for r in rows]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_score_counts_unjudged_and_ends_with_the_json_line(tmp_path, capsys):
    s, names = story()
    build_folder(tmp_path, s, names)
    assert audit.main(["--topic", "t", "--out", str(tmp_path), "--score"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    last = json.loads(out[-1])
    assert last["benchmark"] == "audit" and last["baselines"] == {}
    total = len((tmp_path / "items.jsonl").read_text().splitlines())
    assert last["ours"]["unjudged"] == total
    assert last["ours"]["documents"]["items"] == 2


def test_score_reads_verdicts_and_reuses_them_after_a_rebuild(tmp_path):
    s, names = story()
    build_folder(tmp_path, s, names)

    def fill(r):
        if r["category"] == "quotes":
            named = r["speaker"] != "open"
            r.update(speaker=r["speaker"] or "right", speaker_span=r["speaker_span"] or "right",
                     content="statement", whole="whole" if named else "cut", reason="" if named else "the quote goes on")
        if r["category"] == "figures":
            r.update(value="right", unit="right", measure="missing", subject="missing", claimant="wrong", reason="x")
        if r["category"] == "events":
            r.update(date="unclear", reason="the context does not say")

    judge(tmp_path / "judgements.jsonl", fill)
    res = audit.score(tmp_path)
    q = res["quotes"]
    assert (q["judged"], q["right"], q["wrong"]) == (2, 1, 1)
    assert q["fields"]["speaker"]["precision"] == 1.0 and q["open_rate"]["speaker"] == 0.5
    assert q["fields"]["whole"]["precision"] == 0.5
    f = res["figures"]
    assert f["fields"]["value"]["precision"] == 1.0 and f["fields"]["claimant"]["precision"] == 0.0
    assert f["open_rate"]["measure"] == 1.0 and f["precision"] == 0.0
    assert res["events"]["unclear"] == 1 and res["events"]["precision"] is None  # unclear: reported, not dropped
    before = res["unjudged"]

    # a rebuild after a change: ids and offsets move, one quote changes, a document is added
    s2, n2 = story(extra_doc=True, prefix="Updated. ")
    s2.quotes[2].speaker = "e1"  # "The cap is holding" now (wrongly) given a speaker: a new item
    build_folder(tmp_path, s2, n2)
    res2 = audit.score(tmp_path)
    assert res2["figures"]["judged"] == 2  # both old figures reused; the new one unjudged
    assert res2["figures"]["unjudged"] == 1
    assert res2["quotes"]["judged"] == 1  # the unchanged quote reused
    assert res2["events"]["judged"] == 1
    aside = [json.loads(x) for x in (tmp_path / "judgements.aside.jsonl").read_text().splitlines()]
    assert [r["category"] for r in aside] == ["quotes"]  # the changed quote's verdict kept aside
    assert before == res["unjudged"] and res2["unjudged"] == sum(res2[c]["unjudged"] for c in audit.CATEGORIES)

    # the old item comes back: its verdict is taken from the aside file
    build_folder(tmp_path, s, names)
    assert audit.score(tmp_path)["quotes"]["judged"] == 2


def test_the_tools_open_verdicts_are_not_a_judgement(tmp_path):
    s, names = story()
    assert build_folder(tmp_path, s, names)["reused"] == 0
    assert build_folder(tmp_path, s, names)["reused"] == 0  # the open speaker of Q2 is not reused as a judgement
    s.quotes[1].text = "The cap is holding well,"
    build_folder(tmp_path, s, names)
    assert not (tmp_path / "judgements.aside.jsonl").exists()  # nothing judged, nothing kept aside
    assert audit.score(tmp_path)["quotes"]["judged"] == 0


def test_a_verdict_not_allowed_is_reported_and_counted_unjudged(tmp_path):
    s, names = story()
    build_folder(tmp_path, s, names)
    judge(tmp_path / "judgements.jsonl", lambda r: r.update(date="yes") if r["category"] == "events" else None)
    res = audit.score(tmp_path)
    assert res["events"]["judged"] == 0 and any("date='yes'" in x for x in res["invalid"])


def test_every_category_has_verdicts_with_a_good_value_first():
    for cat, fields in audit.VERDICTS.items():
        for f, values in fields.items():
            assert audit.verdict_class(cat, f, values[0]) == "good"
            assert "unclear" in values
            assert audit.verdict_class(cat, f, "") is None


def test_shown_conflicts_are_all_drawn_first_and_scored_apart():
    def item(i, shown):
        return audit.Item("conflicts", f"k{i}", {"kind": "statement", "other": {"shown": shown}}, [], {})
    items = [item(i, i < 3) for i in range(20)]
    got = audit._draw_conflicts(items, 5, 1)
    assert [it.key for it in got[:3]] == sorted(["k0", "k1", "k2"], key=lambda k: [x.key for x in got].index(k))
    assert {it.key for it in got[:3]} == {"k0", "k1", "k2"} and len(got) == 5
    assert all(not audit._shown(it) for it in got[3:])
    # a story without the flag: one plain draw, as before
    plain = [audit.Item("conflicts", f"k{i}", {"kind": "statement"}, [], {}) for i in range(20)]
    assert audit._draw_conflicts(plain, 5, 1) == audit.draw(plain, 5, 1, "conflicts")


def _ent_item(name: str, related: list[str], typ: str = "PERSON") -> audit.Item:
    it = audit.Item("entities", audit.stable_key("entities", {"name": name, "type": typ}, []), {"name": name, "type": typ})
    it.basis = audit.split_basis(related)
    return it


STURGEON = ("Nicola Sturgeon", "PERSON", ["Sturgeon"])
# (the candidates judged against, the verdict and its reason, the candidates now, every entity of
# the story now, why the split is reopened: None when the verdict stands)
SPLIT_REUSE = {
    "same candidates, other mention counts": (
        ["Gulf of Mexico (LOC, 9 mentions)"], ("split", "also 'Gulf of Mexico' (LOC, 9 mentions)"),
        ["Gulf of Mexico (LOC, 12 mentions)"], [("Gulf of Mexico", "LOC", [])], None),
    "the candidate is gone": (
        ["Gulf of Mexico (LOC, 9 mentions)"], ("split", "also 'Gulf of Mexico' (LOC, 9 mentions)"),
        [], [], "the split candidates changed; 'Gulf of Mexico' (LOC) no longer exists"),
    "none judged on no candidates, one listed now": (
        [], ("none", ""), ["Sturgeon (ORG, 2 mentions)"], [("Sturgeon", "ORG", [])], "the split candidates changed"),
    "none judged on no candidates, still none": ([], ("none", ""), [], [], None),
    "split on no candidates naming an entity gone": (
        [], ("split", "also 'Nicola Sturgeon' (ORG, 8 mentions)"), [], [STURGEON], "'Nicola Sturgeon' (ORG) no longer exists"),
    "twin: the entity it names is still there": (
        [], ("split", "also 'Nicola Sturgeon' (ORG, 8 mentions)"), [], [STURGEON, ("Nicola Sturgeon", "ORG", [])], None),
    "type written before the name": (
        [], ("split", "also PERSON 'Jacmel', the town"), [], [("Jacmel", "GPE", [])], "'Jacmel' (PERSON) no longer exists"),
    "a sheet label: merged into the item itself": (
        [], ("unclear", "maybe also E6 'Sturgeon'"), [], [STURGEON], "'Sturgeon' no longer exists"),
    "twin: a sheet label, the alias of another entity": (
        [], ("unclear", "maybe also E6 'Sturgeon'"), [], [STURGEON, ("Fish Sturgeon", "ORG", ["Sturgeon"])], None),
    "twin: the name retyped without the stored escape": (
        [], ("split", "also 'WHO/Centres for Disease Control' (ORG, 2 mentions)"), [],
        [STURGEON, ("WHO\\/Centres for Disease Control", "ORG", [])], None),
    "a quoted mention is no entity": (
        [], ("split", "its mention 'and/or Mexico' (D18) is the country"), [], [STURGEON], None),
    "a none verdict is not reopened by its reason": (
        [], ("none", "the old 'Nicola Sturgeon' (ORG) is gone"), [], [STURGEON], None),
}


@pytest.mark.parametrize("before,verdict,now,known,why", SPLIT_REUSE.values(), ids=SPLIT_REUSE.keys())
def test_a_split_verdict_is_reused_only_when_what_the_judge_saw_is_unchanged(before, verdict, now, known, why):
    judged = _ent_item("Nicola Sturgeon", before)
    prev = [{**audit.blank_judgement(judged), "merge": "right", "type": "right", "split": verdict[0], "reason": verdict[1]}]
    item = _ent_item("Nicola Sturgeon", now)
    cur, aside = audit.merge_judgements([item], prev, [], known)
    j = cur[0]
    assert ("entities split" in audit.to_judge(cur)) == (why is not None)
    assert (j["merge"], j["type"], j["reason"], j["basis"], aside) == ("right", "right", verdict[1], item.basis, [])
    if why is None:
        assert j["split"] == verdict[0] and "split_before" not in j and "split_reopened" not in j
    else:
        assert (j["split"], j["split_before"], j["split_reopened"]) == ("", verdict[0], why)


def test_a_split_verdict_with_no_basis_is_reopened_and_merge_and_type_stand():
    item = _ent_item("Gulf", ["Gulf of Mexico (LOC, 9 mentions)"], "LOC")
    prev = [{"key": item.key, "item": "E1", "category": "entities", "merge": "right", "type": "wrong", "split": "none",
             "reason": "a sea"}]
    j = audit.merge_judgements([item], prev, [])[0][0]
    assert (j["merge"], j["type"], j["split"], j["split_before"]) == ("right", "wrong", "", "none")
    assert j["split_reopened"] == "no record of the candidates it was judged against"
    # twin: the same line with its basis is reused whole, and without ``known`` no name is checked
    prev[0]["basis"] = item.basis
    j = audit.merge_judgements([item], prev, [])[0][0]
    assert j["split"] == "none" and "split_reopened" not in j


@pytest.mark.parametrize("kept", [False, True])
def test_a_rebuild_reopens_a_split_whose_named_entity_is_gone(tmp_path, kept):
    s, names = story()
    s.entities.append(schema.Entity(id="e9", name="Coast Guard", type="ORG"))  # no candidate: shares no word
    build_folder(tmp_path, s, names)

    def fill(r):
        if r["category"] == "entities":
            r.update(merge="right", type="right", split="none")
            if r["item"] == "E1":  # Thad Allen, by a reading of the mentions
                r.update(split="split", reason="also 'Coast Guard' (ORG, 0 mentions), his service named for him")

    judge(tmp_path / "judgements.jsonl", fill)
    if not kept:
        s.entities.pop()  # the ORG is merged or gone
    build_folder(tmp_path, s, names)
    ents = rows(tmp_path / "judgements.jsonl", "entities")
    assert ents["E1"]["split"] == ("split" if kept else "")
    assert ents["E1"].get("split_reopened") == (None if kept else "'Coast Guard' (ORG) no longer exists")
    assert all(r["split"] == "none" for k, r in ents.items() if k != "E1")


SPLIT_TEXT = ("The Department of Justice opened an inquiry. The U.S. Justice Department said it would act. "
              "The National Transitional Council (NTC) met. The NTC said so. Barack Obama spoke. Barack Oabama left. "
              "The Department of Energy said nothing.")


def _split_story() -> tuple[audit.Audit, list[schema.Entity]]:
    def ent(i, name, typ, part):
        return schema.Entity(id=f"e{i}", name=name, type=typ, mentions=[sp("d1", SPLIT_TEXT, part)])

    ents = [ent(1, "U.S. Justice Department", "ORG", "U.S. Justice Department"),
            ent(2, "Department of Justice", "ORG", "Department of Justice"),
            ent(3, "National Transitional Council", "ORG", "National Transitional Council"),
            ent(4, "NTC", "ORG", "NTC"),
            ent(5, "Barack Obama", "PERSON", "Barack Obama"),
            ent(6, "Oabama", "PERSON", "Oabama"),
            ent(7, "Department of Energy", "ORG", "Department of Energy")]
    ents += [ent(10 + i, f"Justice League {i}", "ORG", "Justice") for i in range(7)]  # more than six share a word
    s = schema.Story(documents=[schema.Document(id="d1", text=SPLIT_TEXT)], entities=ents)
    return audit.Audit(s, {"d1": "D01"}, {"D01": "2011-08-01"}, context=40), ents


# (an entity, the start of a candidate's line, listed?): each relation with its must-not-fire twins
STRONG = {
    "a department's words reordered": ("U.S. Justice Department", "Department of Justice (ORG, 1 mentions)", True),
    "an acronym and its expansion": ("National Transitional Council", "NTC (ORG, 1 mentions)", True),
    "a name a letter off": ("Barack Obama", "Oabama (PERSON, 1 mentions)", True),
    "twin: no word, no initials": ("NTC", "Department of Energy", False),
    "twin: no initials of a person": ("NTC", "Barack Obama", False),
    "twin: another department": ("Department of Energy", "NTC", False),
    "twin: another body": ("Department of Energy", "National", False),
}


@pytest.mark.parametrize("name,line,listed", STRONG.values(), ids=STRONG.keys())
def test_strong_split_candidates(name, line, listed):
    a, ents = _split_story()
    related = a.related(next(e for e in ents if e.name == name))
    assert any(r.startswith(line) for r in related) == listed, related


def test_split_candidates_are_all_listed_with_their_mentions():
    a, ents = _split_story()
    assert len(a.related(ents[1])) >= 8  # "Department of Justice": no cut at six
    item = next(it for it in a.entities(40) if it.fields["name"] == "National Transitional Council")
    shown = [x for x in item.excerpts if x.label.startswith("split candidate 'NTC'")]
    assert shown and shown[0].doc == "D01" and shown[0].text == "NTC" and "acronym" in shown[0].label
    assert item.basis == audit.split_basis(a.related(ents[2]))


def test_an_event_card_with_several_spans_says_which_one_gave_its_date():
    s, names = story()
    a_text = s.documents[0].text
    s.events[0].mentions = [sp(s.documents[0].id, a_text, "The oil spill grew"), sp(s.documents[0].id, a_text, "11 workers died on April 20")]
    s.events[0].date.evidence = [sp(s.documents[0].id, a_text, "April 20")]
    items = audit.Audit(s, names, FOLDER).events()
    it = next(i for i in items if i.fields["summary"] == "11 workers died")
    assert "in event span 2 of 2" in it.fields["other"]["date from"]
    # display only: the key is what it would be without it
    fields = {k: v for k, v in it.fields.items() if k != "other"}
    assert it.key == audit.stable_key("events", fields, [(e.label, e.doc, e.text) for e in it.excerpts])
    # twin: a card of one span says nothing more
    s.events[0].mentions = s.events[0].mentions[1:]
    it = next(i for i in audit.Audit(s, names, FOLDER).events() if i.fields["summary"] == "11 workers died")
    assert "date from" not in it.fields.get("other", {})


# figures: period, ranges -------------------------------------------------------------------


def test_an_added_field_left_empty_keeps_old_lines_judged_and_scores_comparable(tmp_path):
    s, names = story()
    s.figures[0].period = "2010"
    build_folder(tmp_path, s, names)
    five = dict(value="right", unit="right", measure="right", subject="right", claimant="right")
    # judged before `period` was a field: the line has no period verdict at all

    def before_the_field(r):
        if r["category"] == "figures":
            r.update(five)
            del r["period"]

    judge(tmp_path / "judgements.jsonl", before_the_field)
    f = audit.score(tmp_path)["figures"]
    assert (f["judged"], f["right"], f["unjudged"], f["precision"]) == (2, 2, 0, 1.0)  # as before the field was added
    assert f["added_unjudged"] == 2 and f["fields"]["period"]["unjudged"] == 2 and f["with_added"]["judged"] == 0
    assert f["open_rate"]["period"] is None  # no line judged on it: no rate
    # a rebuild reuses the five verdicts and leaves period empty for the judge (nothing reopened)
    res = build_folder(tmp_path, s, names)
    assert all({k: r[k] for k in five} == five and r["period"] == "" for r in rows(tmp_path / "judgements.jsonl", "figures").values())
    assert res["to_judge"]["figures period"] == ["F1", "F2"] and "figures value" not in res["to_judge"]
    # the period judged: its own precision and "every field right" with it; the five-field figure unchanged
    judge(tmp_path / "judgements.jsonl", lambda r: r.update(period="wrong" if r["item"] == "F1" else "missing",
                                                            reason="x") if r["category"] == "figures" else None)
    f = audit.score(tmp_path)["figures"]
    assert (f["right"], f["precision"], f["added_unjudged"]) == (2, 1.0, 0)
    assert f["fields"]["period"]["precision"] == 0.0 and f["open_rate"]["period"] == 0.5
    assert (f["with_added"]["judged"], f["with_added"]["right"], f["with_added"]["wrong"]) == (2, 1, 1)


def test_the_printed_score_says_how_many_lines_an_added_field_still_needs(tmp_path, capsys):
    s, names = story()
    build_folder(tmp_path, s, names)
    judge(tmp_path / "judgements.jsonl", lambda r: r.update(value="right", unit="right", measure="right", subject="right",
                                                            claimant="right") if r["category"] == "figures" else None)
    assert audit.main(["--topic", "t", "--out", str(tmp_path), "--score"]) == 0
    out = capsys.readouterr().out
    assert "2 lines still to judge on it" in out and "(and 2 judged lines without a verdict on a field added since)" in out
    assert json.loads(out.strip().splitlines()[-1])["ours"]["added_unjudged"] == 2


def test_a_line_missing_a_field_that_was_always_there_is_unjudged(tmp_path):
    s, names = story()
    build_folder(tmp_path, s, names)
    judge(tmp_path / "judgements.jsonl", lambda r: r.update(value="right", unit="right", measure="right", subject="right",
                                                            period="right") if r["category"] == "figures" else None)
    f = audit.score(tmp_path)["figures"]
    assert f["judged"] == 0 and f["unjudged"] == 2  # claimant empty: an original field


RANGES = {
    "a range": ({"low": 100.0, "high": 150.0, "unit": "people"}, "100–150 people (a range: low 100, high 150)"),
    "a lower bound": ({"low": 50.0, "unit": "%"}, "≥ 50% (a lower bound: low 50, no high)"),
    "an upper bound": ({"high": 1.5e9, "unit": "USD"}, "≤ 1,500,000,000 USD (an upper bound: high 1,500,000,000, no low)"),
    "a range with a value chosen": ({"low": 45000.0, "high": 50000.0, "value": 50000.0},
                                    "45,000–50,000 (a range: low 45,000, high 50,000; value 50,000 chosen)"),
    "a fraction's low": ({"high": 33.333, "unit": "%"}, "≤ 33.33% (an upper bound: high 33.33, no low)"),
    "twin: a single value": ({"value": 930e6, "unit": "USD"}, None),
}


@pytest.mark.parametrize("fields,shown", RANGES.values(), ids=RANGES.keys())
def test_a_range_is_shown_with_its_low_and_high(fields, shown):
    assert audit._range_shown(fields) == shown


def test_the_sheet_shows_a_figure_s_range_and_its_empty_period(tmp_path):
    s, names = story()
    s.figures[1] = s.figures[1].model_copy(update={"value": None, "low": 50000.0, "high": 60000.0, "kind": "range"})
    s.figures[0].period = "2010"
    build_folder(tmp_path, s, names, context=30)
    blocks = {b.split("\n")[0]: b for b in (tmp_path / "sheet.md").read_text().split("## figures")[1].split("### ")[1:]}
    rng = next(b for b in blocks.values() if "60,000 barrels" in b)
    one = next(b for b in blocks.values() if "$930 million" in b)
    assert "- **shown as**: 50,000–60,000 barrel/day (a range: low 50,000, high 60,000)" in rng
    assert "- **period**: — (empty)" in rng
    assert "shown as" not in one and "- **period**: 2010" in one and "- **period**: — (empty)" not in one
    assert "`period`: right / wrong / missing / unclear" in (tmp_path / "sheet.md").read_text()


# split candidates: the weak relations ------------------------------------------------------


def _cand_story(ents: list[tuple]) -> tuple[schema.Story, list[schema.Entity]]:
    """Entities (name, type, aliases, mentions, possible alias names) over one document."""
    doc = schema.Document(id="d1", text="x " * 50)
    es = [schema.Entity(id=f"e{i}", name=n, type=t, aliases=list(al), mentions=[schema.Span(doc="d1", start=0, end=1)] * m)
          for i, (n, t, al, m, *_) in enumerate(ents)]
    ids = {e.name: e.id for e in es}
    for e, (*_, weak) in zip(es, ents):
        e.possible_aliases = [schema.PossibleAlias(entity=ids[w], name=w, evidence="test", confidence=.5) for w in weak]
    return schema.Story(documents=[doc], entities=es), es


WEAK = {
    "a short acronym alias": (("United Nations", "ORG", ["UN"], 9, ()), ("Doug Coates UN", "PERSON", [], 1, ()),
                              "a shared acronym 'UN'"),
    "twin: no acronym shared": (("United Nations", "ORG", [], 9, ()), ("Doug Coates", "PERSON", [], 1, ()), None),
    "two capitals in a longer word are no acronym": (("United Nations", "ORG", ["UN"], 9, ()),
                                                     ("UNICEF", "ORG", [], 1, ()), None),
    "a part of a hyphenated name, both hyphenated": (("Port-au-Prince", "GPE", [], 9, ()),
                                                     ("Port-de-Paix", "GPE", [], 1, ()), "a part of a hyphenated name 'port'"),
    "a part of a hyphenated name, a word of the other": (("Port-au-Prince", "GPE", [], 9, ()), ("Prince", "FAC", [], 1, ()),
                                                         "a part of a hyphenated name 'prince'"),
    "twin: lowercase parts are no name parts": (("London", "GPE", ["north-west London"], 9, ()),
                                                ("North Sea", "LOC", [], 1, ()), None),
    "a possible alias left by the resolver": (("BBC News", "ORG", [], 9, ("News Channel",)),
                                              ("News Channel", "ORG", [], 1, ()), "a possible alias, not merged"),
    "a possible alias, seen from the other side": (("News Channel", "ORG", [], 9, ()),
                                                   ("BBC News", "ORG", [], 1, ("News Channel",)), "a possible alias, not merged"),
    "a strong relation wins": (("Port-au-Prince", "GPE", [], 9, ()), ("Port-au-Prince She", "GPE", [], 1, ()),
                               "a shared name word"),
}


@pytest.mark.parametrize("mine,other,why", WEAK.values(), ids=WEAK.keys())
def test_weak_split_candidates(mine, other, why):
    s, es = _cand_story([mine, other])
    got = dict((o.name, w) for o, w in audit.Audit(s, {"d1": "D01"}, {}).candidates(es[0]))
    assert got.get(other[0]) == why


def test_weak_candidates_are_bounded_and_listed_after_the_strong_ones_with_their_mentions():
    ents = [("United States", "GPE", ["US"], 50, ())]
    ents += [(f"US Agency {chr(65 + i)}", "ORG", [], 10 - i, ()) for i in range(9)]  # a shared acronym: weak
    ents += [("United Kingdom", "GPE", [], 1, ())]  # a shared name word: strong, however few its mentions
    s, es = _cand_story(ents)
    a = audit.Audit(s, {"d1": "D01"}, {})
    got = a.candidates(es[0])
    assert [o.name for o, _ in got] == ["United Kingdom"] + [f"US Agency {chr(65 + i)}" for i in range(audit.WEAK_CANDIDATES)]
    item = next(it for it in a.entities(40) if it.fields["name"] == "United States")
    assert len(item.fields["other"][audit.SPLIT_LIST]) == 1 + audit.WEAK_CANDIDATES
    assert any(x.label.startswith("split candidate 'US Agency A' (ORG; a shared acronym 'US')") for x in item.excerpts)


# where a speaker or claimant given through a pronoun is named ---------------------------------


FILLER = "The weather was calm along the coast that week. " * 8  # about 400 characters


def _pronoun_story(first: str, speaker_part: str = "he") -> tuple[schema.Story, dict]:
    """A quote given to Tony Hayward and a figure given to BP, each through a pronoun
    ("he said", "it said") about 400 characters after ``first``."""
    text = f"{first} {FILLER}\"We will win,\" {speaker_part} said. Profits rose 5 percent, it said."
    other = "Tony Hayward spoke in London."
    docs = [schema.Document(id="d1", text=text), schema.Document(id="d2", text=other)]
    hayward = schema.Entity(id="e1", name="Tony Hayward", type="PERSON", aliases=["Hayward"],
                            mentions=[sp("d2", other, "Tony Hayward")] + ([sp("d1", text, "Tony Hayward")] if "Tony Hayward" in first else []))
    bp = schema.Entity(id="e2", name="BP", type="ORG", mentions=[sp("d1", text, "BP")] if "BP" in first else [])
    said = text.index(f" {speaker_part} said") + 1
    it = text.rindex("it said")
    q = schema.Quote(id="q1", text="We will win,", kind="direct", speaker="e1", speaker_text=speaker_part,
                     speaker_span=schema.Span(doc="d1", start=said, end=said + len(speaker_part)),
                     span=sp("d1", text, "We will win,"))
    f = schema.Figure(id="f1", text="5 percent", value=5, unit="%", claimant="e2", claimant_text="it",
                      claimant_span=schema.Span(doc="d1", start=it, end=it + 2), span=sp("d1", text, "5 percent"))
    return schema.Story(documents=docs, entities=[hayward, bp], quotes=[q], figures=[f]), {"d1": "D01", "d2": "D02"}


NAMING = {
    "a pronoun far from the name": ("Tony Hayward, BP's chief, flew in.", "he", "speaker", True, None),
    "a pronoun far from the company": ("Tony Hayward, BP's chief, flew in.", "he", "claimant", True, None),
    "twin: the span names the speaker": ("Tony Hayward, BP's chief, flew in.", "Hayward", "speaker", False, None),
    "a document that never names the speaker": ("A man flew in.", "he", "speaker", False, "nowhere in this document"),
}


@pytest.mark.parametrize("first,said,role,excerpt,note", NAMING.values(), ids=NAMING.keys())
def test_the_sheet_shows_where_a_pronoun_s_referent_is_named(first, said, role, excerpt, note):
    s, names = _pronoun_story(first, said)
    a = audit.Audit(s, names, {"D01": "2010-05-05", "D02": "2010-05-05"}, context=100)
    item = (a.quotes() if role == "speaker" else a.figures())[0]
    named = [x for x in item.excerpts if x.label.startswith(f"where the {role}")]
    assert bool(named) == excerpt
    if excerpt:
        assert named[0].doc == "D01" and named[0].text in ("Tony Hayward", "BP")
    assert (item.fields.get("other") or {}).get(f"{role} named", "").startswith(note or "@") == bool(note)
    # shown, never keyed: the key is that of the item's own excerpts
    own = [x for x in item.excerpts if not x.label.startswith("where the")]
    assert item.key == audit.stable_key(item.category, {k: v for k, v in item.fields.items() if k != "other"},
                                        [(x.label, x.doc, x.text) for x in own])


def test_twin_a_name_within_the_context_is_not_shown_again():
    s, names = _pronoun_story("Tony Hayward, BP's chief, flew in.", "he")
    a = audit.Audit(s, names, {}, context=1000)
    assert not [x for x in a.quotes()[0].excerpts if x.label.startswith("where the")]


@pytest.mark.parametrize("kind,span,note", [
    ("outlet", False, "no: the document's outlet"),
    ("reported", False, "no span given"),
    ("reported", True, None),  # twin: a claimant cited in the text
])
def test_a_claimant_the_text_cannot_confirm_is_said_so(kind, span, note):
    s, names = story()
    f = s.figures[0]
    s.figures[0] = f.model_copy(update={"claimant": None, "claimant_text": "Reuters", "claimant_kind": kind,
                                        "claimant_span": f.span if span else None})
    item = next(it for it in audit.Audit(s, names, FOLDER).figures() if it.fields["text"] == "$930 million")
    got = (item.fields.get("other") or {}).get("claimant in the text")
    assert (got or "").startswith(note or "@") == bool(note) and (got is None) == (note is None)


def test_an_unlinked_claimant_is_shown_as_the_words_the_report_credits(tmp_path):
    s, names = story()
    s.figures[0] = s.figures[0].model_copy(update={"claimant": None, "claimant_text": "financial records"})
    build_folder(tmp_path, s, names)
    figures = (tmp_path / "sheet.md").read_text().split("## figures")[1].split("## events")[0]
    assert "- **claimant**: — (no entity; the report credits the figure to the words “financial records”" in figures
    assert figures.count("- **claimant**: — (empty)") == 0  # the other figure has its claimant (Thad Allen)


def test_twin_a_speaker_span_that_is_one_of_the_entity_s_mentions_needs_no_naming():
    s, names = _pronoun_story("Tony Hayward, BP's chief, flew in.", "Mr Hayward")
    text = s.documents[0].text
    at = text.index("Mr Hayward said")
    s.entities[0].mentions.append(schema.Span(doc="d1", start=at, end=at + len("Mr Hayward")))
    assert not [x for x in audit.Audit(s, names, {}, context=100).quotes()[0].excerpts if x.label.startswith("where the")]
    s.entities[0].mentions.pop()  # without it, "Mr Hayward" is no name of the entity: its naming is shown
    assert [x for x in audit.Audit(s, names, {}, context=100).quotes()[0].excerpts if x.label.startswith("where the")]


@pytest.mark.parametrize("reason, named", [
    # the closing quote of a mention and the opening quote of the next are not one name
    ("BP held apart: 'the BP Gulf of Mexico spill' (D26) is BP; also 'isn' (ORG, 1 mention)", [("isn", "ORG")]),
    # twin: an apostrophe inside a word stays inside the name
    ("also 'BP's Gulf unit' (ORG, 2 mentions)", [("BP's Gulf unit", "ORG")]),
    ("E6 'WHO' and ORG 'Centres for Disease Control'", [("Centres for Disease Control", "ORG"), ("WHO", None)]),
], ids=["two-quotes-not-one-name", "apostrophe-inside-a-word", "label-and-type"])
def test_a_split_reason_names_only_the_quoted_entities(reason, named):
    assert sorted(audit.named_entities(reason), key=str) == sorted(named, key=str)


def test_brief_name_annotation_shows_the_entity_name_and_keeps_the_key():
    s, names = story()
    b = s.brief[0]
    plain = audit.Audit(s, names, FOLDER).brief()[0]
    b.names = [schema.BriefName(start=0, end=3, entity="e1")]
    shown = audit.Audit(s, names, FOLDER).brief()[0]
    assert shown.fields["other"]["names"] == [{"start": 0, "end": 3, "entity": "e1 (Tony Hayward)"}]
    assert shown.key == plain.key  # what the judges see changed, not the item


def test_brief_name_annotation_of_an_unknown_entity_keeps_its_id():
    s, names = story()
    s.brief[0].names = [schema.BriefName(start=0, end=3, entity="e9")]
    shown = audit.Audit(s, names, FOLDER).brief()[0]
    assert shown.fields["other"]["names"][0]["entity"] == "e9"
