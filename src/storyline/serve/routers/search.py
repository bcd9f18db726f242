"""Search and ask: sentences for a query or a question, each cited."""

from __future__ import annotations

import html
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ... import schema
from .. import ask as a_ask
from .. import models as m
from .. import search as a_search
from .deps import Filters, Index, View, summary

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", response_model=m.SearchResponse)
def search(
    q: Annotated[str, Query(min_length=1, max_length=500, description="words or a sentence")],
    filters: Filters,
    view: View,
    index: Index,
    mode: Literal["fts", "semantic", "hybrid"] = "hybrid",
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
):
    """Sentences for a query: full text (FTS5, bm25), semantic (embeddings) or hybrid (reciprocal rank fusion)."""
    hits, semantic_used = a_search.search(view, index, q, mode, filters, limit)
    docs = view.doc_metas() if hits else {}
    note = None if semantic_used or mode == "fts" else "new sentences are being embedded: full-text ranking only for now"
    return m.SearchResponse(query=q, mode=mode, note=note, hits=[
        m.SearchHit(
            cite=schema.Span(doc=h.doc, start=h.start, end=h.end), text=h.text,
            score={"fts": h.bm25, "semantic": h.similarity}.get(mode, h.score) or 0.0,
            fts_rank=h.fts_rank, bm25=h.bm25, semantic_rank=h.semantic_rank, similarity=h.similarity,
            highlights=[m.SentenceSpan(start=a, end=b) for a, b in h.highlights],
            snippet=h.snippet or html.escape(h.text), document=summary(docs.get(h.doc)),
        )
        for h in hits
    ])


@router.get("/ask", response_model=m.AskResponse)
def ask(
    q: Annotated[str, Query(min_length=1, max_length=500, description="a question in plain words")],
    filters: Filters,
    view: View,
    index: Index,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
):
    """The sentences that best answer a question (extractive), each cited, with the quotes and figures in them."""
    answers = a_ask.ask(view, index, q, limit, filters)
    docs = view.doc_metas() if answers else {}
    return m.AskResponse(question=q, answers=[
        m.Answer(
            text=x.hit.text, cite=schema.Span(doc=x.hit.doc, start=x.hit.start, end=x.hit.end),
            score=x.score, similarity=x.similarity, heading=x.heading,
            quotes=[m.AnswerQuote(**{k: v for k, v in q_.items() if k in m.AnswerQuote.model_fields}) for q_ in x.quotes],
            figures=[m.AnswerFigure(**{k: v for k, v in f.items() if k in m.AnswerFigure.model_fields}) for f in x.figures],
            document=summary(docs.get(x.hit.doc)),
        )
        for x in answers
    ])
