"""Quote contents the reporter's own framing cut wrong, read once the quotes are found
(round forty-nine, mender m3, in-sample mends of seed 164's FNC-1 audit).

Each rule takes the finished list of quotes (``quotes.extract``) and the document's parse
already made (no new model, no re-parse) and returns the list with a content dropped,
bounded or joined. They read spaCy's dependency labels: the fronted clause a cue heads
("To stress ..., Roe said", "Denying that ..., Roe called ...") is an ``advcl`` standing
before the verb it modifies; no maintained library reads news attribution at this grain,
so the rules are ours.
"""

from __future__ import annotations

import re

from ..types import QuoteItem
from .stance import is_denial


def _cue_token(sdoc, q: QuoteItem):
    """The cue's verb (the last token of its span: "did not deny" -> "deny"), or None."""
    if sdoc is None or q.cue_start is None or q.cue_end is None:
        return None
    span = sdoc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _fronted_clause(tok) -> bool:
    """Does the cue head a subjectless adverbial clause set before the verb it modifies
    ("To stress the point, Roe said ...", "Denying the claim, Roe called ...")?"""
    return (tok.dep_ == "advcl" and tok.head.i > tok.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children))


def no_purpose_cues(sdoc, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without an indirect quote whose cue is an infinitive of purpose fronted before
    the main clause: "To stress the firm's silence, Roe said, "You won't answer."": the
    object of "to stress" is the reporter's account of why Roe spoke, not a statement, and
    what Roe said is the quotation the main verb tags (kept). Seed 164, fnc1_c023 Q13
    ("To emphasize Cosby's silence" taken as the statement). An infinitive the cue's verb
    governs ("Roe wanted to stress that ...": an xcomp) is not fronted and stays."""
    def purpose(q: QuoteItem) -> bool:
        if q.kind != "indirect":
            return False
        tok = _cue_token(sdoc, q)
        return (tok is not None and tok.tag_ == "VB" and _fronted_clause(tok)
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children))
    return [q for q in out if not purpose(q)]


def fronted_participles(sdoc, text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with the content of a cue that is a participle fronted before the main clause
    ("Denying that a fee is planned, Roe, the firm's spokesman, called the reports false")
    bounded by the participle's own clause, and dropped when the participle denies what it
    reports (stance.is_denial: deny, dismiss, reject ...): shown as "that a fee is planned"
    the words read as the opposite of what Roe said, and the verb that carries the negation
    stands outside the span (an item the reader takes for a statement of its own; the
    precision rule: abstain). Seed 164, fnc1_c021 Q3 (the content ran on over the main
    clause, its speaker and a second cue). A participle that asserts ("Saying that the plan
    was dead, Roe left") keeps its content, cut at the participle's clause's end."""
    kept = []
    for q in out:
        tok = _cue_token(sdoc, q) if q.kind == "indirect" else None
        if tok is None or tok.tag_ != "VBG" or not _fronted_clause(tok):
            kept.append(q)
            continue
        if is_denial(tok.lemma_):
            continue
        edge = tok.right_edge
        end = edge.idx + len(edge)
        while end > q.start and text[end - 1] in " ,;:":
            end -= 1
        end = _over_closing_mark(text, q.start, end)
        if q.start < end < q.end and not q.pieces and any(ch.isalnum() for ch in text[end:q.end]):
            # (only over words: 'Citing “obligations at home,” the aide said' keeps its closing mark)
            q.end = end
            q.text = text[q.start:end]
        kept.append(q)
    return kept


def _over_closing_mark(text: str, start: int, end: int) -> int:
    """``end`` moved over a comma and the closing mark right after it when the words from
    ``start`` hold an opening mark left open ('that Roe “says a lot,” though' -> '... a lot,”')."""
    k = end
    while k < len(text) and text[k] in ",;":
        k += 1
    words = text[start:end]
    if k < len(text) and text[k] in "”\"" and (words.count("“") > words.count("”") or words.count('"') % 2 == 1):
        return k + 1
    return end


def no_according_over_tag(out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without an "according to" content that runs on over another quote's cue while
    that quote's content holds the "according to": "According to the new rules, riders must
    book ahead, an Acme official said" is the official's sentence (the rules are what it
    speaks of, part of the content), not the rules' words with the official's tag inside
    them. Seed 164, fnc1_c021 Q9. "According to Roe, Doe said the plan was dead" (Doe's
    content holds no "according to") keeps both readings, and so does a source after the words
    ("Officers confirmed she had dropped the case, according to Snopes": what Snopes reports is
    that the officers confirmed it; FNC-1 census, three such right contents the first version
    of this rule dropped)."""
    def over_tag(q: QuoteItem) -> bool:
        if not (q.cue or "").lower().startswith("according") or q.cue_start is None or q.cue_start > q.start:
            return False  # (a source after its words, "Officers confirmed ..., according to Snopes": Snopes's)
        return any(o is not q and o.cue_start is not None and q.start <= o.cue_start < q.end
                   and o.start <= q.cue_start < o.end and not o.start <= o.cue_start < o.end for o in out)
        # (the other's cue outside its own words: a content holding its own cue is no tag's, and
        # on the PolNeAR census one such, "..., Mills and another aide asked ...", took the FBI
        # summary's right according-to content with it)
    return [q for q in out if not over_tag(q)]


# between a quotation's tag and its words: a colon or a comma, spaces, the opening mark
_TAG_TO_WORDS = re.compile(r"[\s\u00a0]*[:,]?[\s\u00a0]*[\"“”‘'’]?[\s\u00a0]*")
_CLOSE_ONLY = re.compile(r"[\s\u00a0\"“”‘'’.!?]*")


def no_according_tag_only(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without an "according to" content that is no more than the tag of a quotation
    right after it: "According to AFP, one user on a forum posted: "..."" -- the user's post is
    the quotation (its own quote, with the cue "posted"); the words after "According to AFP"
    are the reporter's lead-in, and shown as AFP's statement they say nothing (round
    fifty-seven, seed 172 Q15). Only when the other quote's cue lies inside this content and
    its words start right after it (a colon or a comma and the opening mark between); "According
    to AFP, Roe said the plan was dead" (the content holds the words) is left as it was."""
    def tag_only(q: QuoteItem) -> bool:
        if not (q.cue or "").lower().startswith("according") or q.cue_start is None or q.cue_start > q.start:
            return False
        return any(o is not q and o.kind == "direct" and o.cue_start is not None and o.cue_end is not None
                   and q.start <= o.cue_start < q.end and (
                       o.start >= q.end and _TAG_TO_WORDS.fullmatch(text[q.end : o.start])
                       # (or the content runs on over the quotation, its words and closing mark only)
                       or q.end >= o.end > o.start >= o.cue_end and _TAG_TO_WORDS.fullmatch(text[o.cue_end : o.start])
                       and _CLOSE_ONLY.fullmatch(text[o.end : q.end]))
                   for o in out)
    return [q for q in out if not tag_only(q)]


# between a reported content and a quotation that goes on with it: a comma, and the opening mark
_GOES_ON = re.compile(r",[ \t\u00a0]*[\"“‘]$")


def _reported_start(sdoc, text: str, q: QuoteItem) -> int | None:
    """Where the reported clause a lower-case quotation finishes begins: the start of the
    cue's clausal complement ("says she tried to leave, "until ..."" -> "she"), when that
    clause runs from after the cue up to a comma and the quotation's opening mark, with no
    other mark or sentence end between; None otherwise."""
    tok = _cue_token(sdoc, q)
    if tok is None or q.cue_end is None or not q.text[:1].islower():
        return None
    for c in tok.children:
        a = c.left_edge.idx
        if c.dep_ != "ccomp" or not q.cue_end <= a < q.start:
            continue
        between = text[a : q.start]
        if _GOES_ON.search(between) and not any(m in between[:-1] for m in '"“”') and ". " not in between:
            return a
    return None


def join_quoted_tail(sdoc, text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with a quotation that finishes a reported clause of its own cue made one mixed
    content with it: 'Roe says she tried to leave, "until he gave up and sent me home."' is one
    statement, begun in the reporter's words and ended in Roe's; the quotation alone (a
    lower-case "until ...") has lost the start of its sentence. Read when the quotation opens in
    lower case right after a comma that ends the cue's clausal complement (_reported_start);
    a reported content of the same cue inside that clause (the parse's, when it stopped at the
    comma) is its first piece. Seed 164, fnc1_c023 Q3. A quotation with a tag of its own ('...,
    "until he left," her sister said') has another cue and stays apart."""
    drop: set[int] = set()
    for q in out:
        if q.kind != "direct" or q.cue_start is None or q.pieces and len(q.pieces) > 1:
            continue
        a = _reported_start(sdoc, text, q)
        if a is None:
            continue
        head = text[a : q.start].rstrip(" \t\u00a0\"“‘")
        comma = a + len(head.rstrip(","))
        drop.update(id(p) for p in out if p is not q and p.kind == "indirect" and p.cue_start == q.cue_start
                    and a <= p.start and p.end <= comma)
        q.pieces = [(a, comma), (q.start, q.end)]
        q.start, q.kind, q.mixed = a, "indirect", True
        q.text = text[a : q.end]
    return [q for q in out if id(q) not in drop]
