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
