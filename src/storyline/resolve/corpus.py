"""The state the corpus stage passes between its steps."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import schema
from ..embed import Embedder
from ..types import DocAnalysis, FigureItem, QuoteItem


@dataclass
class Corpus:
    """Analyses in a stable order (by document id) and what earlier steps found.

    Steps read what earlier steps produced from here and return their own items;
    ``resolve.story.build`` stores them. No step reaches into another's module.
    """

    analyses: list[DocAnalysis]
    options: dict = field(default_factory=dict)
    embedder: Embedder = field(default_factory=Embedder)
    # (document id, index into that analysis's mentions) -> entity id
    mention_entity: dict[tuple[str, int], str] = field(default_factory=dict)
    story: schema.Story = field(default_factory=schema.Story)
    # indexes and results built once and reused (dating clusters events before events do)
    memo: dict = field(default_factory=dict)

    def __post_init__(self):
        self.analyses = sorted(self.analyses, key=lambda a: a.document.id)
        self.by_id = {a.document.id: a for a in self.analyses}

    def text(self, span: schema.Span) -> str:
        return self.by_id[span.doc].document.text[span.start : span.end]

    def quote_item(self, span: schema.Span) -> QuoteItem | None:
        """The document's QuoteItem at exactly this span."""
        if "quote_items" not in self.memo:
            self.memo["quote_items"] = {(a.document.id, q.start, q.end): q for a in self.analyses for q in a.quotes}
        return self.memo["quote_items"].get((span.doc, span.start, span.end))

    def figure_item(self, span: schema.Span) -> FigureItem | None:
        """The document's FigureItem that starts where this figure's span starts."""
        if "figure_items" not in self.memo:
            self.memo["figure_items"] = {(a.document.id, x.start): x for a in self.analyses for x in a.figures}
        return self.memo["figure_items"].get((span.doc, span.start))

    def originals(self) -> list[DocAnalysis]:
        """Analyses that are not near-duplicates of another (independent sources)."""
        return [a for a in self.analyses if a.document.duplicate_of is None]
