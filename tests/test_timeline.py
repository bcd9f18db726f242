"""Timeline mode: tilse format, N dates, K sentences, dates from resolved time expressions."""

from __future__ import annotations

from storyline import schema
from storyline.types import DocAnalysis


def _doc(nlp, doc_id, date, text):
    from storyline.analyse import parse, timex

    a = DocAnalysis(version="t", document=schema.Document(id=doc_id, text=text, published=schema.Published(value=date, source="metadata")))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    return a


def test_write_timeline_format(nlp):
    from storyline.render.timeline import write_timeline

    docs = [
        _doc(nlp, "a", "2010-04-22", "The rig exploded on April 20 in the Gulf of Mexico, killing eleven workers.\nOil began leaking yesterday from the damaged well."),
        _doc(nlp, "b", "2010-04-23", "The Deepwater Horizon rig exploded on April 20, and eleven workers died.\nThe rig sank on Thursday, officials said."),
        _doc(nlp, "c", "2010-05-01", "Since the April 20 explosion, oil has spread across the Gulf of Mexico waters."),
    ]
    out = write_timeline(docs, dates=2, per_date=1)
    blocks = [b for b in out.split("-" * 32 + "\n") if b.strip()]
    assert len(blocks) == 2
    first = blocks[0].splitlines()
    assert first[0] == "2010-04-20"  # the day three documents refer to
    assert len(first) == 2 and "April 20" in first[1]
    days = [b.splitlines()[0] for b in blocks]
    assert days == sorted(days)
    assert out.endswith("-" * 32 + "\n")


def test_write_timeline_empty():
    from storyline.render.timeline import write_timeline

    assert write_timeline([], 3, 2) == ""


def test_publication_days_fill_in(nlp):
    from storyline.render.timeline import write_timeline

    docs = [_doc(nlp, "a", "2010-04-22", "Oil kept leaking from the damaged well into the sea.\nCrews worked through the night to contain it.")]
    out = write_timeline(docs, dates=2, per_date=1)
    assert out.splitlines()[0] == "2010-04-22"
    assert out.splitlines()[1] == "Oil kept leaking from the damaged well into the sea."
    # an estimated or month-only date is never turned into a day
    docs[0].document.published = schema.Published(value="2010-04", estimated=True)
    assert write_timeline(docs, dates=2, per_date=1) == ""
