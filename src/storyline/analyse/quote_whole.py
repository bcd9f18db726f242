"""Whole reported contents: a content that a reader would take for the speaker's statement but
that loses the words which make it one (round fifty-seven, mender m2, in-sample mends of seed
172's audit of the HTML path, issue 18's "whole" field: "a quotation spanning several sentences
or paragraphs is one content").

Each rule takes the finished list of quotes (``quotes.extract``) and the document's parse already
made (no new model, no re-parse). They read spaCy's part-of-speech tags and dependency labels; no
maintained library bounds news attribution at this grain, so they are ours.
"""

from __future__ import annotations

from ..types import QuoteItem
from .quote_frames import _cue_token  # the cue's verb (the last token of its span), or None

# --- a negated cue's content inside another's report (seed 172 Q78) -------------------------------

def _negated(tok) -> bool:
    """Does the cue verb carry a negation of its own ("did not think", "never said")?"""
    return tok is not None and any(c.dep_ == "neg" and c.i < tok.i for c in tok.children)


def no_nested_negated(sdoc, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without an indirect quote whose cue is negated and stands, with its content,
    inside another indirect content: "Roe wrote to the court, saying she did not think a long
    sentence would help" holds Roe's statement whole in the content of "saying"; the inner quote
    "a long sentence would help" (cue "did not think", speaker "she") is a cut piece of it whose
    text, read as a quote, says the opposite of what she wrote (round fifty-seven, seed 172 Q78,
    judged cut). The outer content keeps the negation with the clause (and the conflicts read
    the raised negation from the parse, not from the quote's span: analyse/stance.py). A
    negated cue standing alone ("Roe did not think a long sentence would help") keeps its quote
    with the negation in the cue (round nineteen, 18n); a nested cue with no negation ("Roe
    said she thought ...") keeps its own."""
    outer = [q for q in out if q.kind == "indirect" and q.cue_start is not None]

    def nested(q: QuoteItem) -> bool:
        if q.kind != "indirect" or q.cue_start is None or not _negated(_cue_token(sdoc, q)):
            return False
        return any(p is not q and p.cue_start != q.cue_start and p.start <= q.cue_start and q.end <= p.end
                   for p in outer)
    return [q for q in out if not nested(q)]
