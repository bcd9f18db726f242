"""Site furniture found across documents (resolve/furniture.py): a short line printed at the
same end of unrelated texts is left out of the story, with its evidence; its twins stay.

Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline import schema
from storyline.analyse.parse import minhash
from storyline.resolve import duplicates, furniture
from storyline.types import DocAnalysis

HARBOUR = ("The Port Ellery council approved a new harbour wall on Tuesday after months of debate among its members.\n\n"
           "Work on the wall will start in the spring and should last about two years, the council's engineer estimated.\n\n"
           "Residents had asked for better protection after the storms of last winter flooded the lower town twice.")
TOOLS = ("Acme Corp sold more garden tools in the third quarter than in any quarter before, lifting its revenue.\n\n"
         "Demand rose fastest in the northern markets, where a dry summer kept gardeners busy.\n\n"
         "Its shares gained four percent in early trading on the regional exchange.")
CHESS = ("Jane Roe won the regional chess championship in Millbrook on Sunday after a tense final round.\n\n"
         "She beat the defending champion in a long endgame that ran past midnight.\n\n"
         "The tournament drew more than two hundred players from eleven towns.")
RAIL = ("A rail strike halted trains across the eastern valley for a second day on Monday.\n\n"
        "Union leaders met the operator's managers late into the evening without reaching agreement.\n\n"
        "Commuters crowded onto buses and ferries, and some roads into the city were jammed for hours.")
BODIES = [HARBOUR, TOOLS, CHESS, RAIL]
TRAILER = "Puzzles and crosswords are on page nine."


def doc(doc_id: str, text: str) -> DocAnalysis:
    return DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text), minhash=minhash(text))


def related(docs: list[DocAnalysis]) -> list[list[str]]:
    return duplicates.groups(docs, furniture.settings().related)


def found(docs: list[DocAnalysis]) -> dict[str, list[str]]:
    lines = furniture.find(docs, related(docs))
    return {d: [f.text for f in items] for d, items in lines.items()}


def test_a_line_under_unrelated_articles_is_furniture_with_its_evidence():
    docs = [doc(f"d{i}", body + "\n\n" + TRAILER) for i, body in enumerate(BODIES[:3])]
    lines = furniture.find(docs, related(docs))
    assert sorted(lines) == ["d0", "d1", "d2"]
    f = lines["d1"][0]
    assert docs[1].document.text[f.start:f.end] == TRAILER == f.text
    assert (f.edge, f.documents, f.independent) == ("end", 3, 3)


def test_one_document_fewer_than_the_threshold_is_not_furniture():
    k = furniture.settings().min_independent
    docs = [doc(f"d{i}", body + "\n\n" + TRAILER) for i, body in enumerate(BODIES[: k - 1])] + [doc("x", BODIES[k - 1])]
    assert found(docs) == {}


def test_the_same_line_under_near_duplicate_copies_only_is_not_furniture():
    # three syndicated copies of one report, lightly edited, all ending on the same line
    copies = [HARBOUR.replace(*edit) + "\n\n" + TRAILER for edit in (("", ""), ("Tuesday", "Wednesday"), ("storms", "gales"))]
    docs = [doc(f"c{i}", t) for i, t in enumerate(copies)] + [doc("t", TOOLS)]
    assert len([g for g in duplicates.groups(docs) if len(g) > 1]) == 1
    assert found(docs) == {}


def test_differently_edited_copies_of_one_story_are_one_witness():
    # three outlets' edits of one wire story: not near-duplicates, but related
    tail = ("The mayor welcomed the vote and thanked the engineers.",
            "Opponents said the money should have gone to schools instead.",
            "A second vote on the promenade is due in the autumn.")
    base = HARBOUR.rsplit("\n\n", 1)[0]
    closing = "The wall is the first new defence in the town for a century."
    copies = [base + "\n\n" + t + "\n\n" + closing for t in tail]
    docs = [doc(f"c{i}", t) for i, t in enumerate(copies)]
    from datasketch import MinHash

    from storyline.analyse.parse import NUM_PERM, SCHEME

    m = [MinHash(num_perm=NUM_PERM, seed=1, hashvalues=d.minhash, scheme=SCHEME) for d in docs]
    assert all(m[i].jaccard(m[j]) < duplicates.THRESHOLD for i in range(3) for j in range(i))
    assert len(duplicates.groups(docs)) == 3 and len(related(docs)) == 1
    assert found(docs) == {}


def test_a_quote_repeated_mid_text_across_articles_is_not_furniture():
    quote = "We will not give up on this valley."
    docs = [doc(f"d{i}", body.replace("\n\n", f"\n\n{quote}\n\n", 1)) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}


def test_a_quote_closing_several_articles_is_not_furniture():
    quote = '"We will rebuild every house," said Jane Roe.'
    docs = [doc(f"d{i}", body + "\n\n" + quote) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}
    unmarked = "Jane Roe told reporters the valley would be rebuilt."  # a verb of saying, no marks
    docs = [doc(f"d{i}", body + "\n\n" + unmarked) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}


def test_a_background_sentence_closing_several_reports_is_not_furniture():
    # the story's own words: the closing line shares them with each report
    background = "The harbour wall of Port Ellery was last rebuilt after the storms of 1953."
    bodies = [HARBOUR, HARBOUR.replace("Tuesday", "Friday").replace("two years", "three years") + " More news followed.",
              "Storms again threatened the harbour of Port Ellery, and the council met to debate the wall."]
    docs = [doc(f"d{i}", body + "\n\n" + background) for i, body in enumerate(bodies)]
    assert found(docs) == {}


def _with_event(a: DocAnalysis, line: str, not_event=None, figure: str | None = None) -> DocAnalysis:
    """``a`` with an event (and a figure) on its line, as the per-document stage reads it."""
    from storyline.types import EventItem, FigureItem

    at = a.document.text.index(line)
    a.events = [EventItem(start=at, end=at + len(line), text=line, not_event=not_event)]
    if figure:
        i = a.document.text.index(figure)
        a.figures = [FigureItem(start=i, end=i + len(figure), text=figure)]
    return a


def test_a_happening_closing_several_reports_is_the_storys_not_furniture():
    line = "The blast at the Port Ellery depot killed 40 miners in 2009."
    docs = [_with_event(doc(f"d{i}", body + "\n\n" + line), line) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}
    docs = [doc(f"d{i}", body + "\n\n" + line) for i, body in enumerate(BODIES[:3])]
    docs[1].figures = _with_event(doc("x", docs[1].document.text), line, figure="40 miners").figures
    assert found(docs) == {}
    # no happening and no figure read from it: the shape alone does not keep it
    assert sorted(found([doc(f"d{i}", body + "\n\n" + line) for i, body in enumerate(BODIES[:3])])) == ["d0", "d1", "d2"]


def test_a_line_about_the_site_is_furniture_even_with_a_verb():
    line = "Acme Wire staff helped with this page."
    docs = [_with_event(doc(f"d{i}", body + "\n\n" + line), line) for i, body in enumerate(BODIES[:3])]
    assert sorted(found(docs)) == ["d0", "d1", "d2"]
    # an event the per-document stage says is none (a negation) does not keep it either
    other = "No puzzles were printed this week."
    docs = [_with_event(doc(f"d{i}", body + "\n\n" + other), other, not_event="negated") for i, body in enumerate(BODIES[:3])]
    assert sorted(found(docs)) == ["d0", "d1", "d2"]


def test_a_word_of_the_site_in_its_story_sense_does_not_make_a_happening_furniture():
    # "comment", "site", "report" name the page only after this/these/our/your
    for line in ("Acme Corp declined to comment.", "Crews returned to the site of the blast.",
                 "The report found that 40 miners died."):
        docs = [_with_event(doc(f"d{i}", body + "\n\n" + line), line) for i, body in enumerate(BODIES[:3])]
        assert found(docs) == {}, line
    for line in ("Send us pictures for this page.", "Acme Wire staff helped with this report."):
        docs = [_with_event(doc(f"d{i}", body + "\n\n" + line), line) for i, body in enumerate(BODIES[:3])]
        assert sorted(found(docs)) == ["d0", "d1", "d2"], line


def test_a_line_at_the_end_of_some_texts_and_inside_another_is_not_furniture():
    docs = [doc(f"d{i}", body + "\n\n" + TRAILER) for i, body in enumerate(BODIES[:3])]
    docs.append(doc("d3", RAIL.replace("\n\n", f"\n\n{TRAILER}\n\n", 1)))
    assert found(docs) == {}


def test_a_long_line_is_not_furniture():
    long_line = ("Readers may send letters on any subject to the editor at the address printed on the back page, "
                 "and letters may be shortened for space or clarity.")
    assert len(long_line.split()) > furniture.settings().max_words
    docs = [doc(f"d{i}", body + "\n\n" + long_line) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}


def test_stacked_trailers_and_a_heading_at_the_start_are_peeled_from_the_ends():
    heading = "Weekend edition"
    other = "Follow the Gazette on the radio every morning."
    texts = [heading + "\n\n" + body + "\n\n" + TRAILER + ("\n\n" + other if i % 2 else "") for i, body in enumerate(BODIES)]
    texts[2] = heading + "\n\n" + BODIES[2] + "\n\n" + other + "\n\n" + TRAILER  # the other order
    docs = [doc(f"d{i}", t) for i, t in enumerate(texts)]
    lines = furniture.find(docs, related(docs))
    got = {d: [(f.text, f.edge) for f in items] for d, items in lines.items()}
    assert got["d0"] == [(heading, "start"), (TRAILER, "end")]
    assert got["d2"] == [(heading, "start"), (other, "end"), (TRAILER, "end")]
    assert got["d1"] == [(heading, "start"), (TRAILER, "end"), (other, "end")]


def test_a_line_printed_twice_in_one_text_is_not_a_trailer():
    docs = [doc(f"d{i}", TRAILER + "\n\n" + body + "\n\n" + TRAILER) for i, body in enumerate(BODIES[:3])]
    assert found(docs) == {}


def test_the_settings_are_data():
    rows = {r[0]: r[1] for r in __import__("storyline").lexicon.rows("resolve/furniture.tsv")}
    cfg = furniture.settings()
    assert (cfg.min_independent, cfg.max_words, cfg.max_shared) == (
        int(rows["min_independent"]), int(rows["max_words"]), float(rows["max_shared"]))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_normalise_is_idempotent_and_ignores_case_and_punctuation(s):
    n = furniture.normalise(s)
    assert furniture.normalise(n) == n
    assert furniture.normalise(s.upper() + " !?") == furniture.normalise(s.upper())
    assert n == n.strip() and "  " not in n


@given(st.lists(st.sampled_from(["", " ", "  x", "Aa bb.", "\t", "--", "Cc, dd!"]), max_size=8))
def test_units_are_the_stripped_lines_that_hold_a_word(parts):
    text = "\n".join(parts)
    got = [text[s:e] for s, e in furniture.units(text)]
    assert got == [p.strip() for p in parts if any(c.isalnum() for c in p)]


# --- the corpus stage -------------------------------------------------------------------

CREDIT = "Compiled for this page by the Millbrook Courier desk with Acme Wire Service on 3 March 2019."


def test_nothing_drawn_from_furniture_reaches_the_story(nlp):
    from storyline import pipeline
    from storyline.resolve import story as r_story

    def fake_embedder(texts):
        import numpy as np

        return np.ones((len(texts), 4), dtype=np.float32)

    bodies = [HARBOUR, TOOLS.replace("Its shares", '"We are delighted," said Jane Roe, the chief executive. Its shares'), CHESS]
    analyses = [pipeline.analyse_document(schema.Document(id=f"d{i}", text=b + "\n\n" + CREDIT), nlp)
                for i, b in enumerate(bodies)]
    # the line holds a name, an organisation and a date the per-document stage found
    a = analyses[0]
    at = a.document.text.index(CREDIT)
    assert any(m.start >= at for m in a.mentions) and any(t.start >= at for t in a.timexes)
    story = r_story.build(analyses, {}, embedder=fake_embedder)
    for d in story.documents:
        assert [f.text for f in d.furniture] == [CREDIT]
        assert d.furniture[0].documents == 3
    spans = {d.id: (d.furniture[0].start, d.furniture[0].end) for d in story.documents}

    def inside(sp) -> bool:
        s, e = spans[sp.doc]
        return sp.start < e and s < sp.end

    cited = [m for e in story.entities for m in e.mentions] + [q.span for q in story.quotes] \
        + [f.span for f in story.figures] + [m for ev in story.events for m in ev.mentions] \
        + [c for b in story.brief for c in b.cites]
    assert cited and not any(inside(sp) for sp in cited)
    assert not any("Acme Wire" in e.name or "Courier" in e.name for e in story.entities)
    assert all(d.published.value != "2019-03-03" for d in story.documents)
    # the quote outside the line kept its speaker (indices renumbered consistently)
    q = next(q for q in story.quotes if "delighted" in q.text)
    assert q.speaker and next(e for e in story.entities if e.id == q.speaker).name == "Jane Roe"
    # the caller's analyses are untouched
    assert analyses[0].document.furniture == [] and any(m.start >= at for m in analyses[0].mentions)


def test_strip_renumbers_links_and_drops_links_into_the_line(nlp):
    from storyline import pipeline

    text = ('Jane Roe, the mayor, said on Monday that the wall would cost $4 million.\n\n'
            '"It protects the town," Roe said.\n\n' + CREDIT)
    a = pipeline.analyse_document(schema.Document(id="d", text=text), nlp)
    at = text.index(CREDIT)
    line = schema.Furniture(start=at, end=len(text), text=CREDIT, edge="end", documents=3, independent=3)
    b = furniture.strip(a, [line])
    assert all(x.end <= at for x in b.mentions + b.timexes + b.figures + b.events + b.quotes)
    assert all(s.end <= at for s in b.sentences)
    kept = {i: m.text for i, m in enumerate(b.mentions)}
    for q in b.quotes:
        if q.speaker_mention is not None:
            assert kept[q.speaker_mention] in ("Jane Roe", "Roe")
    for m in b.mentions:
        assert m.sentence == -1 or b.sentences[m.sentence].start <= m.start < b.sentences[m.sentence].end
    for f in b.figures:
        assert f.period_timex is None or b.timexes[f.period_timex].end <= at
    assert furniture.strip(a, []) is a


@pytest.mark.parametrize("batches", [[[0, 1, 2]], [[2], [0, 1]]])
def test_an_incremental_build_gives_the_same_story_as_a_fresh_one(tmp_path, batches):
    from typer.testing import CliRunner

    from storyline.cli import app

    inp = tmp_path / "in"
    inp.mkdir()
    paths = []
    for i, body in enumerate(BODIES[:3]):
        p = inp / f"{i}.txt"
        p.write_text(body + "\n\n" + TRAILER + "\n", encoding="utf-8")
        paths.append(p)
    fresh = tmp_path / "fresh"
    assert CliRunner().invoke(app, ["build", str(inp), "--out", str(fresh)]).exit_code == 0
    out = tmp_path / "inc"
    for batch in batches:
        res = CliRunner().invoke(app, ["build", *[str(paths[i]) for i in batch], "--out", str(out)])
        assert res.exit_code == 0, res.output
    one = json.loads((fresh / "story.json").read_text(encoding="utf-8"))
    assert [len(d["furniture"]) for d in one["documents"]] == [1, 1, 1]
    assert (out / "story.json").read_bytes() == (fresh / "story.json").read_bytes() or _same_but_sources(
        one, json.loads((out / "story.json").read_text(encoding="utf-8")))


def _same_but_sources(a: dict, b: dict) -> bool:
    """Sources are relative to each build's input argument (a folder or the files)."""
    for x in (a, b):
        for d in x["documents"]:
            d["sources"] = [Path(s).name for s in d["sources"]]
    return a == b


# Every int-bearing field of the analysis types that is NOT an index into one of its lists
# (offsets into the text, counts, calendar numbers, signs). A field added later fails
# test_every_int_field_of_an_analysis_is_a_link_or_named_here until it is classed: marked
# types.Link (so strip renumbers it) or named here.
NOT_LINKS = {
    "Sentence": {"start", "end"},
    "Mention": {"start", "end"},
    "DescriptionSpan": {"start", "end"},
    "Predicate": {"sign", "start", "end"},
    "QuoteItem": {"start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "pronoun_span", "pieces"},
    "Timex": {"start", "end"},
    "TimeReading": {"offset", "month", "day", "decade", "weekday", "year_offset", "two_digit_year", "fallback",
                    "quarter", "half"},
    "EventRelation": {"signal"},
    "FigureItem": {"start", "end", "subject_start", "subject_end", "place_start", "place_end", "measure_start",
                   "measure_end", "claimant_start", "claimant_end", "dispute_cue"},
    "EventItem": {"start", "end", "trigger_span", "sentence", "phrase"},
    "DocAnalysis": {"minhash"},
}


def _models(cls, seen=None):
    """``cls`` and every pydantic model its fields hold, nested."""
    import typing

    from pydantic import BaseModel

    seen = {} if seen is None else seen
    if cls.__name__ in seen:
        return seen
    seen[cls.__name__] = cls
    stack = [info.annotation for info in cls.model_fields.values()]
    while stack:
        t = stack.pop()
        if isinstance(t, type) and issubclass(t, BaseModel) and t is not schema.Document:
            _models(t, seen)  # not into the document: the text's own offsets, never an index into the analysis
        stack.extend(typing.get_args(t))
    return seen


def _holds_int(t) -> bool:
    import typing

    return t is int or any(_holds_int(a) for a in typing.get_args(t))


def _link(info):
    from storyline.types import Link

    return next((m for m in info.metadata if isinstance(m, Link)), None)


def test_every_int_field_of_an_analysis_is_a_link_or_named_here():
    unclassed, stale = [], []
    for name, cls in _models(DocAnalysis).items():
        for field, info in cls.model_fields.items():
            link = _link(info)
            if link is not None:
                assert link.into in furniture.item_lists(), (name, field, link)
                assert field not in NOT_LINKS.get(name, set()), (name, field)
            elif _holds_int(info.annotation) and field not in NOT_LINKS.get(name, set()):
                unclassed.append(f"{name}.{field}")
            if "index into" in (info.description or "") and link is None:
                unclassed.append(f"{name}.{field} (its description says index)")
        stale += [f"{name}.{f}" for f in NOT_LINKS.get(name, set()) if f not in cls.model_fields]
    assert not unclassed, f"mark these types.Link or add them to NOT_LINKS: {unclassed}"
    assert not stale


def _item(cls, start: int, end: int, target: int):
    """An item of ``cls`` over [start, end) whose every Link field (nested ones too) points at ``target``."""
    from pydantic import BaseModel

    values = {}
    for field, info in cls.model_fields.items():
        link = _link(info)
        t = info.annotation
        if link is not None:
            values[field] = [target] if "list" in str(t) else target
        elif field in ("start", "end"):
            values[field] = start if field == "start" else end
        elif isinstance(t, type) and issubclass(t, BaseModel) and any(_link(i) for i in t.model_fields.values()):
            values[field] = _item(t, start, end, target)
        elif info.is_required():
            values[field] = {str: "w", int: 0}.get(t, "w") if t in (str, int) else (1 if field == "sign" else "w")
    return cls.model_validate(values)


@pytest.mark.parametrize("target, expected", [(1, 0), (0, "missing")], ids=["kept target renumbered", "target in the line"])
def test_strip_renumbers_every_link_field_by_one_rule(target, expected):
    # every list gets an item inside the line (index 0) and one after it (index 1) whose links
    # all point at ``target``: after strip each list holds the second item, its links at 0
    # (the target kept, renumbered) or at the Link's ``missing`` value (the target left out)
    from pydantic import BaseModel

    from storyline.types import DROP

    text = TRAILER + "\n\n" + HARBOUR
    line = schema.Furniture(start=0, end=len(TRAILER), text=TRAILER, edge="start", documents=3, independent=3)
    fields = DocAnalysis.model_fields
    items = {}
    for name in furniture.item_lists():
        cls = fields[name].annotation.__args__[0]
        items[name] = [_item(cls, 0, 5, target), _item(cls, len(TRAILER) + 2, len(TRAILER) + 9, target)]
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text), **items)
    b = furniture.strip(a, [line])
    checked = 0

    def check(x):
        nonlocal checked
        for field, info in type(x).model_fields.items():
            link = _link(info)
            v = getattr(x, field)
            if link is not None:
                checked += 1
                if isinstance(v, list):
                    assert v == ([0] if expected == 0 else []), (type(x).__name__, field)
                else:
                    assert v == (0 if expected == 0 else link.missing), (type(x).__name__, field)
            elif isinstance(v, BaseModel):
                check(v)

    for name in furniture.item_lists():
        links = {_link(i) for i in fields[name].annotation.__args__[0].model_fields.values()} - {None}
        if expected == "missing" and any(k.missing == DROP for k in links):
            assert getattr(b, name) == [], name  # its target left out: the item goes too
            continue
        (x,) = getattr(b, name)
        assert x.start == len(TRAILER) + 2
        check(x)
    assert checked >= 19
    assert a.mentions[1].context.ref == target  # the input is not changed
