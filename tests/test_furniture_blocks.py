"""A side box printed as whole lines inside the text (resolve/furniture.py, find_blocks; round
thirty-two, issue 16): the same run of lines in the same order in unrelated texts is left out
of the story, with its evidence; the text keeps it. Its twins stay: a report's background
paragraphs its updates repeat, a run with a quotation or a verb of saying, a shorter run.

Every text here is invented."""

from __future__ import annotations

from test_furniture_runs import CHESS, HARBOUR, RAIL, TOOLS  # the same four unrelated stories

from storyline import schema
from storyline.analyse.parse import minhash
from storyline.resolve import duplicates, furniture
from storyline.types import DocAnalysis

BODIES = [HARBOUR, TOOLS, CHESS, RAIL]
# a graphic's explainer: a heading and its lines, the same under every article
BOX = ("How the tidal lock works",
       "Two steel gates close the basin when the tide turns.",
       "Pumps then hold the water at the level of the quay.",
       "The gates open again once the sea has risen to meet it.")


def doc(doc_id: str, lines: list[str]) -> DocAnalysis:
    text = "\n\n".join(lines)
    return DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text), minhash=minhash(text))


def blocks(docs) -> dict[str, list[str]]:
    got = furniture.find_blocks(docs, duplicates.groups(docs, furniture.settings().related))
    return {d: [f.text for f in items] for d, items in got.items()}


def boxed(body: tuple[str, ...], box: tuple[str, ...] = BOX) -> list[str]:
    """The box between the body's first and second lines (inside the text, at neither end)."""
    return [body[0], *box, *body[1:]]


def test_a_box_of_lines_inside_unrelated_texts_is_furniture_and_kept_in_the_text():
    docs = [doc(f"d{i}", boxed(body)) for i, body in enumerate(BODIES[:3])]
    got = furniture.find_blocks(docs, duplicates.groups(docs, furniture.settings().related))
    assert sorted(got) == ["d0", "d1", "d2"]
    for d in docs:
        items = got[d.document.id]
        assert [f.text for f in items] == list(BOX)
        assert all(d.document.text[f.start : f.end] == f.text for f in items)
        assert {(f.edge, f.documents, f.independent) for f in items} == {("inside", 3, 3)}
        assert d.document.text.startswith(BODIES[int(d.document.id[1])][0])  # the text is unchanged


def test_a_box_in_fewer_unrelated_texts_than_the_threshold_is_not_furniture():
    k = furniture.settings().min_independent
    docs = [doc(f"d{i}", boxed(body)) for i, body in enumerate(BODIES[: k - 1])] + [doc("x", list(BODIES[k - 1]))]
    assert blocks(docs) == {}


def test_a_run_shorter_than_a_box_is_not_furniture():
    short = BOX[: furniture.settings().block_lines - 1]
    assert blocks([doc(f"d{i}", boxed(body, short)) for i, body in enumerate(BODIES[:3])]) == {}


def test_a_line_with_a_verb_of_saying_splits_the_run():
    told = (BOX[0], BOX[1], "Pumps then hold the water at the level of the quay, the harbour master said.", BOX[3])
    assert blocks([doc(f"d{i}", boxed(body, told)) for i, body in enumerate(BODIES[:3])]) == {}


def test_a_run_with_a_quotation_is_not_a_box():
    quoted = (BOX[0], BOX[1], "\u201cPumps then hold the water at the level of the quay.\u201d", BOX[3])
    assert blocks([doc(f"d{i}", boxed(body, quoted)) for i, body in enumerate(BODIES[:3])]) == {}


def test_background_paragraphs_the_updates_of_one_report_repeat_are_the_storys():
    # three updates of one report: each its own new lines, the same background run, and two
    # more lines they share elsewhere (the report's own); unrelated by MinHash, related by lines
    shared = ("The Port Ellery council has debated the harbour wall since the floods of last winter.",
              "Its members voted on the plan twice before, without a majority either time.")
    docs = [doc(f"u{i}", [body[0], *BOX, body[1], body[2], *shared]) for i, body in enumerate(BODIES[:3])]
    groups = duplicates.groups(docs, furniture.settings().related)
    assert len(groups) == 3  # no near-duplicates: only the shared lines tie them
    assert blocks(docs) == {}


def test_lines_already_found_end_a_run():
    box = (*BOX, "A lamp on the pier turns red while the gates are shut.")
    docs = [doc(f"d{i}", boxed(body, box)) for i, body in enumerate(BODIES[:3])]
    groups = duplicates.groups(docs, furniture.settings().related)
    heading = {d.document.id: [schema.Furniture(start=0, end=len(BOX[0]), text=BOX[0], edge="start", documents=3,
                                                independent=3)] for d in docs}
    for d in docs:  # the heading, found as furniture at its own place, is not read again
        s = d.document.text.index(BOX[0])
        heading[d.document.id][0] = heading[d.document.id][0].model_copy(update={"start": s, "end": s + len(BOX[0])})
    got = furniture.find_blocks(docs, groups, heading)
    assert {d: [f.text for f in items] for d, items in got.items()} == {d.document.id: list(box[1:]) for d in docs}


def test_the_block_settings_are_data():
    rows = {r[0]: r[1] for r in __import__("storyline").lexicon.rows("resolve/furniture.tsv")}
    cfg = furniture.settings()
    assert (cfg.block_lines, cfg.block_shared_lines) == (int(rows["block_lines"]), int(rows["block_shared_lines"]))


def test_the_story_draws_nothing_from_a_box_and_keeps_the_articles_lines(nlp):
    from storyline import pipeline
    from storyline.resolve import story as r_story

    def fake_embedder(texts):
        import numpy as np

        return np.ones((len(texts), 4), dtype=np.float32)

    box = (*BOX[:3], "The gates were first shut on 4 March 2019, when 300 boats waited outside.")
    analyses = [pipeline.analyse_document(schema.Document(id=f"d{i}", text="\n\n".join(boxed(body, box))), nlp)
                for i, body in enumerate(BODIES[:3])]
    story = r_story.build(analyses, {}, embedder=fake_embedder)
    for d in story.documents:
        assert [f.text for f in d.furniture] == list(box) and {f.edge for f in d.furniture} == {"inside"}
    spans = {d.id: [(f.start, f.end) for f in d.furniture] for d in story.documents}

    def inside(sp) -> bool:
        return any(sp.start < e and s < sp.end for s, e in spans[sp.doc])

    cited = [q.span for q in story.quotes] + [f.span for f in story.figures] \
        + [m for ev in story.events for m in ev.mentions] + [c for b in story.brief for c in b.cites]
    assert cited and not any(inside(sp) for sp in cited)
