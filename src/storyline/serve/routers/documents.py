"""Stored documents as JSON."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from .. import models as m
from .deps import View, summary

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents", response_model=list[m.DocumentSummary])
def documents(view: View):
    """Every stored document (no text)."""
    return [summary(x) for x in view.doc_metas().values()]


@router.get("/documents/{doc_id}", response_model=m.DocumentDetail,
            responses={404: {"description": "no such document"}})
def document(doc_id: str, view: View):
    """A document with its cleaned text and sentence spans."""
    doc = view.document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return m.DocumentDetail(
        document=doc, sentences=[m.SentenceSpan(start=a, end=b) for a, b in view.doc_sentences(doc_id)]
    )
