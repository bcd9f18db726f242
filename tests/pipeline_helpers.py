"""Helpers several test files share (imported as ``from pipeline_helpers import ...``, as
conftest's constants are): the per-document steps run for real on a short invented text."""

from __future__ import annotations

from storyline import pipeline, schema
from storyline.analyse import figures
from storyline.analyse import parse as a_parse
from storyline.pipeline import analyse_record
from storyline.types import DocAnalysis, Record


def figures_of(nlp, text: str):
    """The analysis up to the figures step (parse, sentences, captions, the first four steps,
    whose speakers the claimant rules read) and the figures ``figures.extract`` gives."""
    a = DocAnalysis(version="t", document=schema.Document(id="d1", text=text))
    sdoc = pipeline.parse_in_pieces(nlp, text)
    a.sentences = a_parse.sentences(sdoc, [])
    a_parse.mark_captions(sdoc, a.sentences)
    for name, step in pipeline.STEPS[:4]:
        pipeline.apply(name, step(sdoc, a), a)
    return a, figures.extract(sdoc, a)


def quote_texts(text: str) -> list[str]:
    """The quotes' texts of one record, each checked to be its document's own span."""
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return [q.text for q in a.quotes]
