"""A speaker scene of a short text, for the speaker tests (``from scenes import scene``;
pytest puts tests/ on the path, as for ``hostile``)."""

from __future__ import annotations


def scene(text: str):
    """The parse of ``text`` and the speaker resolver's scene over its tagged mentions."""
    from storyline.analyse import entities, parse, speakers
    from storyline.analyse.nlp import load
    from storyline.schema import Document
    from storyline.types import DocAnalysis

    sdoc = load()(text)
    a = DocAnalysis(version="t", document=Document(id="x", text=text, language="en"))
    a.sentences = parse.sentences(sdoc, [])
    a.mentions, a.descriptions = entities.extract(sdoc, a)
    return sdoc, speakers.Scene(sdoc, a.mentions)


def who(a, q) -> str | None:
    """The resolved speaker's name of quote ``q`` of analysis ``a``, or None when it is open."""
    from storyline.analyse import speakers

    if q.speaker_confidence is None or q.speaker_confidence < speakers.threshold():
        return None
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    if i is None:
        return None
    m = a.mentions[i]
    ref = m.context.get("ref")
    return a.mentions[ref].text if isinstance(ref, int) else m.text


def quote_starting(a, start: str):
    """The first quote of ``a`` whose text starts with ``start`` (the test fails if none does)."""
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]
