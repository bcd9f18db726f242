"""Site furniture run into a line (resolve/furniture.py, find_runs; round twenty-one, 16r): a
side box the corpus glued, with no stop, to a different article sentence in several unrelated
texts is left out of the story, with its evidence; the text keeps it. Its twins stay: a
background sentence or a quotation the stories repeat, a phrase inside their sentences.

Every text here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

from storyline import schema
from storyline.analyse.parse import minhash
from storyline.resolve import duplicates, furniture
from storyline.types import DocAnalysis, Sentence

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

BOX = "Radio Ruritania News in Creole Weekdays and Sundays Also online and on mobile and via social media"

HARBOUR = ("The Port Ellery council approved a new harbour wall on Tuesday after months of debate among its members.",
           "Work on the wall will start in the spring and should last about two years, the council's engineer estimated.",
           "Residents had asked for better protection after the storms of last winter flooded the lower town twice.")
TOOLS = ("Acme Corp sold more garden tools in the third quarter than in any quarter before, lifting its revenue.",
         "Demand rose fastest in the northern markets, where a dry summer kept gardeners busy.",
         "Its shares gained four percent in early trading on the regional exchange.")
CHESS = ("Jane Roe won the regional chess championship in Millbrook on Sunday after a tense final round.",
         "She beat the defending champion in a long endgame that ran past midnight.",
         "The tournament drew more than two hundred players from eleven towns.")
RAIL = ("A rail strike halted trains across the eastern valley for a second day on Monday.",
        "Union leaders met the operator's managers late into the evening without reaching agreement.",
        "Commuters crowded onto buses and ferries, and some roads into the city were jammed for hours.")


def doc(doc_id: str, text: str) -> DocAnalysis:
    return DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text), minhash=minhash(text))


def runs(docs: list[DocAnalysis]) -> dict[str, list[str]]:
    got = furniture.find_runs(docs, duplicates.groups(docs, furniture.settings().related))
    return {d: [f.text for f in items] for d, items in got.items()}


def glued(body: tuple[str, str, str], where: str, run: str = BOX) -> str:
    """The body's three sentences as two lines, ``run`` put in with no stop where asked."""
    a, b, c = body
    if where == "line start":  # at a line's start, run into the sentence after it
        return f"{a}\n\n{run} {b} {c}"
    if where == "between":  # between two sentences: a stop before it, none after it
        return f"{a} {b} {run} {c}"
    return f"{a}\n\n{b} {c.rstrip('.')} {run}"  # at a line's end, run on after a sentence that lost its stop


def test_a_box_run_into_different_sentences_of_unrelated_texts_is_furniture_and_kept_in_the_text():
    texts = [glued(HARBOUR, "line start"), glued(TOOLS, "between"), glued(CHESS, "line end")]
    docs = [doc(f"d{i}", t) for i, t in enumerate(texts)]
    got = furniture.find_runs(docs, duplicates.groups(docs, furniture.settings().related))
    assert sorted(got) == ["d0", "d1", "d2"]
    for d, t in zip(docs, texts, strict=True):
        (f,) = got[d.document.id]
        assert t[f.start : f.end] == BOX == f.text and d.document.text == t
        assert (f.edge, f.documents, f.independent) == ("inside", 3, 3)


def test_a_box_before_a_quotation_is_cut_at_the_quotation_mark():
    texts = [glued(HARBOUR, "line start"), glued(TOOLS, "between"),
             f"{CHESS[0]}\n\n{BOX} \u201cIt was the longest game of my life,\u201d she said. {CHESS[2]}"]
    got = runs([doc(f"d{i}", t) for i, t in enumerate(texts)])
    assert got == {"d0": [BOX], "d1": [BOX], "d2": [BOX]}


def test_fewer_independent_witnesses_than_the_threshold_is_no_run():
    texts = [glued(HARBOUR, "line start"), glued(TOOLS, "between"), " ".join(CHESS)]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_near_duplicate_copies_are_one_witness():
    copies = [glued(HARBOUR, "line start").replace(*edit) for edit in (("", ""), ("Tuesday", "Wednesday"), ("storms", "gales"))]
    assert runs([doc(f"c{i}", t) for i, t in enumerate(copies)]) == {}


def test_a_background_sentence_the_stories_repeat_between_stops_stays():
    # the same facts, verbatim, in three unrelated reports: a sentence of each story
    background = "The valley has flooded four times since the old dam was built above the town."
    texts = [glued(HARBOUR, "between", background), glued(TOOLS, "between", background),
             glued(CHESS, "between", background)]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_a_background_sentence_run_in_once_but_a_sentence_of_its_own_elsewhere_stays():
    background = "The valley has flooded four times since the old dam was built above the town"
    texts = [glued(HARBOUR, "line start", background), glued(TOOLS, "between", background + "."),
             glued(CHESS, "between", background + "."), glued(RAIL, "between", background + ".")]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_a_phrase_repeated_inside_the_stories_sentences_stays():
    # a title and name the reports repeat, each time inside a sentence (a lower-case word after it)
    phrase = "Jane Roe, the head of the Ruritania coast guard service in the north,"
    texts = [f"{HARBOUR[0]} {phrase} said the wall was needed. {HARBOUR[2]}",
             f"{TOOLS[0]} {phrase} bought the tools. {TOOLS[2]}",
             f"{CHESS[0]} {phrase} watched the final. {CHESS[2]}"]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_a_quotation_the_stories_repeat_stays():
    quote = "\u201cWe will rebuild every house on this coast before the winter comes\u201d"
    texts = [glued(HARBOUR, "line start", quote), glued(TOOLS, "between", quote), glued(CHESS, "between", quote)]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_a_run_glued_to_the_same_words_in_every_copy_has_no_clear_bound_and_stays():
    # the box and the sentence after it printed together everywhere: one block, a sentence of its own
    texts = [f"{body[0]}\n\n{BOX} {HARBOUR[1]} {body[2]}" for body in (HARBOUR, TOOLS, CHESS)]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_a_whole_line_found_at_an_end_is_not_read_again():
    texts = [" ".join(body) + "\n\n" + BOX for body in (HARBOUR, TOOLS, CHESS)]
    docs = [doc(f"d{i}", t) for i, t in enumerate(texts)]
    groups = duplicates.groups(docs, furniture.settings().related)
    lines = furniture.find(docs, groups)
    assert sorted(lines) == ["d0", "d1", "d2"]
    assert furniture.find_runs(docs, groups, lines) == {}


def test_strip_leaves_out_the_items_over_the_run_and_keeps_the_rest_of_the_line():
    text = glued(HARBOUR, "line start")
    at = text.index(BOX)
    run = schema.Furniture(start=at, end=at + len(BOX), text=BOX, edge="inside", documents=3, independent=3)
    sents = [Sentence(start=0, end=len(HARBOUR[0])), Sentence(start=at, end=text.index(HARBOUR[2]) - 1),
             Sentence(start=text.index(HARBOUR[2]), end=len(text))]
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text), sentences=sents)
    b = furniture.strip(a, [run])
    assert [text[s.start : s.end] for s in b.sentences] == [HARBOUR[0], HARBOUR[2]]


def test_the_audit_shows_a_run_cut_from_its_line_with_the_line_kept():
    import audit

    text = glued(HARBOUR, "line start")
    at = text.index(BOX)
    d = {"text": text, "removed": [], "furniture": [
        {"start": at, "end": at + len(BOX), "text": BOX, "edge": "inside", "documents": 4, "independent": 3}]}
    shown, removed = audit.shown_text(d)
    assert shown == f"{HARBOUR[0]}\n\n{HARBOUR[1]} {HARBOUR[2]}"
    assert removed == [{"text": BOX, "reason": "furniture (4 documents, 3 independent, run into a line)", "at": at}]
    mid = glued(TOOLS, "between")
    at = mid.index(BOX)
    d = {"text": mid, "removed": [], "furniture": [
        {"start": at, "end": at + len(BOX), "text": BOX, "edge": "inside", "documents": 4, "independent": 3}]}
    assert audit.shown_text(d)[0] == " ".join(TOOLS)


def _parsed(texts: list[str], nlp) -> list[DocAnalysis]:
    from storyline import pipeline

    return [pipeline.analyse_document(schema.Document(id=f"d{i}", text=t), nlp).model_copy(update={"minhash": minhash(t)})
            for i, t in enumerate(texts)]


def test_the_parse_draws_nothing_from_a_verbless_box_and_it_stays_furniture(nlp):
    texts = [glued(HARBOUR, "line start"), glued(TOOLS, "between"), glued(CHESS, "line start")]
    assert runs(_parsed(texts, nlp)) == {"d0": [BOX], "d1": [BOX], "d2": [BOX]}


def test_a_background_sentence_with_a_happening_run_into_every_copy_stays(nlp):
    # the corpus glued the same background sentence (no stop) to different sentences: the
    # per-document stage reads a happening in it, so it is the story's
    background = "Floods destroyed the old stone bridge at Millbrook in the spring of last year"
    texts = [glued(HARBOUR, "line start", background), glued(TOOLS, "between", background),
             glued(CHESS, "line start", background)]
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) != {}  # the words alone would be taken
    assert runs(_parsed(texts, nlp)) == {}


def test_a_run_after_a_verb_of_saying_is_what_was_said_and_stays():
    run = "America Will Stand With The People Of Millbrook For As Long As It Takes"
    texts = [f"{body[0]} The president said {run} {body[1]} {body[2]}" for body in (HARBOUR, TOOLS, CHESS)]
    texts[0] = texts[0].replace("The president said", "The governor told reporters")
    assert runs([doc(f"d{i}", t) for i, t in enumerate(texts)]) == {}


def test_the_audit_cuts_a_copy_that_is_a_line_of_its_own_with_its_line_break():
    import audit

    text = f"{HARBOUR[0]}\n\n{BOX}\n\n{HARBOUR[1]}"
    at = text.index(BOX)
    d = {"text": text, "removed": [], "furniture": [
        {"start": at, "end": at + len(BOX), "text": BOX, "edge": "inside", "documents": 4, "independent": 3}]}
    assert audit.shown_text(d)[0] == f"{HARBOUR[0]}\n\n{HARBOUR[1]}"


def test_a_happening_whose_verb_is_in_the_sentence_glued_after_the_box_does_not_keep_it():
    from storyline.types import EventItem

    texts = [glued(HARBOUR, "line start"), glued(TOOLS, "between"), glued(CHESS, "line start")]
    docs = [doc(f"d{i}", t) for i, t in enumerate(texts)]
    t = texts[0]
    at, verb = t.index(BOX), t.index("start in the spring")
    # the clause of "Work on the wall will start ..." read over the box glued before it
    clause = EventItem(start=at, end=verb + 5, text=t[at : verb + 5], trigger="start", trigger_span=(verb, verb + 5))
    docs[0] = docs[0].model_copy(update={"events": [clause]})
    assert runs(docs) == {"d0": [BOX], "d1": [BOX], "d2": [BOX]}
    told = EventItem(start=at, end=verb + 5, text=t[at : verb + 5], trigger="Radio", trigger_span=(at, at + 5))
    docs[0] = docs[0].model_copy(update={"events": [told]})
    assert runs(docs) == {}
