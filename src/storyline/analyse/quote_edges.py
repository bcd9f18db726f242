"""The edges of reported contents, read once the quotes are found (round fifty-four, mender m4,
in-sample mends of seed 169's FNC-1 audit, issue 18's "whole" field).

Each rule takes the finished list of quotes (``quotes.extract``) and the document's parse already
made (no new model, no re-parse) and returns the list with a content's start or end moved inward,
never outward: a span that loses the writer's words around a statement reads true, one that keeps
them puts the writer's words in the speaker's mouth. The rules read spaCy's part-of-speech tags and
dependency labels; no maintained library bounds news attribution at this grain, so they are ours.
"""

from __future__ import annotations

import functools
import re

from .. import lexicon
from ..types import QuoteItem


def _cue_token(sdoc, q: QuoteItem):
    """The cue's verb (the last token of its span), or None."""
    if sdoc is None or q.cue_start is None or q.cue_end is None:
        return None
    span = sdoc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _tokens(sdoc, a: int, b: int):
    span = sdoc.char_span(a, b, alignment_mode="contract") if sdoc is not None else None
    return span if span is not None and len(span) else None


def _set_span(text: str, q: QuoteItem, a: int, b: int) -> None:
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    q.start, q.end = a, b
    q.text = text[a:b]


# --- a content that opens inside the writer's dash-set aside (seed 169 c053 Q1, Q10) -----------

@functools.lru_cache(maxsize=1)
def _dashes() -> frozenset[str]:
    """The dashes that set one part of a line off (data/dashes.txt)."""
    return lexicon.words("analyse/dashes.txt")


def _is_dash(t) -> bool:
    """A dash setting a part of the sentence off: an em dash, or an en dash or hyphen (single or
    double) with a space either side, not the hyphen of a word or the dash of a range."""
    if t.text not in _dashes():
        return False
    return t.text == "—" or (t.i > 0 and bool(t.doc[t.i - 1].whitespace_) and bool(t.whitespace_))


_ASIDE_MAX_WORDS = 30  # a dash-set aside longer than this is no aside but the sentence's body


def past_dash_aside(sdoc, text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with a reported content that opens inside a pair of dashes started after the
    dashes' close: "According to a post on a forum — so treat this with caution — the mayor
    ordered ...", "According to one account — in reply to an earlier thread — a resident was
    able to ...": the words between the dashes are the writer's aside (a warning to the reader,
    when or where the source spoke), not what the source says (seed 169 c053 Q1 and Q10). Read
    when the dash right before the content opens a pair (an odd count of dashes from the
    sentence's start up to it) and the content holds the closing dash, with words of a clause
    after it. A content that starts after a closed pair ("According to Roe — a critic — the
    plan — a big one — will fail": two dashes before it) or holds no second dash is kept."""
    if sdoc is None:
        return out
    for q in out:
        if q.kind != "indirect" or q.pieces or q.cue_end is None or q.cue_end > q.start:
            continue
        head = _tokens(sdoc, q.start, q.end)
        if head is None:
            continue
        sent = head[0].sent
        before = [t for t in sent if t.i < head[0].i]
        if not before or not _is_dash(before[-1]) or sum(_is_dash(t) for t in before) % 2 == 0:
            continue
        close = next((t for t in head if _is_dash(t)), None)
        if close is None or close.i - head.start > _ASIDE_MAX_WORDS:
            continue
        rest = [t for t in head if t.i > close.i and t.is_alpha]
        if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
            continue
        _set_span(text, q, close.idx + len(close), q.end)
    return out


# --- bracketed reference numbers after the statement's stop (seed 169 c085 Q14) -----------------

# "... has not followed a defined method.(12) (15)": numbers in brackets after a stop (a closing
# mark may stand between) are the article's references to its sources, not words of the statement
_REFERENCE_TAIL = re.compile(r"(?<=[.!?\"”’])(?:[ \t\u00a0]*[(\[]\d{1,3}(?:[,–-][ ]?\d{1,3})*[)\]])+[ \t\u00a0]*$")


def no_reference_tail(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with a reported content that runs on past its stop into bracketed reference
    numbers ("found that the tests have not followed a set method.(12) (15)") ended before them,
    and before the stop (a reported content ends on its last word). Only numbers after a stop:
    "the plan has three steps (12)" (no stop before the bracket) and a bracket inside the content
    are kept (seed 169 c085 Q14)."""
    for q in out:
        if q.kind != "indirect" or q.pieces:
            continue
        m = _REFERENCE_TAIL.search(text, q.start, q.end)
        if m is None or m.start() <= q.start:
            continue
        b = m.start()
        if text[b - 1] == ".":
            b -= 1
        _set_span(text, q, q.start, b)
    return out


# --- a finite verb joined to a bare verb of the content: the speaker's next act (c080 Q7, c086 Q10) ----

def _bare_with_aux(h) -> bool:
    """A bare verb with "to", a modal or "do" before it ("would take", "to speak", "did not say")."""
    return h.tag_ == "VB" and any(c.dep_ == "aux" and (c.tag_ in ("TO", "MD") or c.lemma_ == "do") for c in h.children)


@functools.lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    """The base forms of English verbs, from the lemmatizer tables the spaCy model ships
    ("lemma_index", WordNet's verbs): a maintained list, read once, so no word list of ours."""
    import spacy.util
    from spacy.lookups import Lookups

    from ..spacymodel import MODEL

    path = spacy.util.get_package_path(MODEL)
    found = next(iter(path.glob("*/lemmatizer/lookups")), None) or next(iter(path.glob("lemmatizer/lookups")), None)
    if found is None:
        return frozenset()
    lookups = Lookups().from_disk(found)
    return frozenset(lookups.get_table("lemma_index").get("verb", ())) if lookups.has_table("lemma_index") else frozenset()


def _finite_past(x) -> bool:
    """A past verb with no subject and no auxiliary of its own: "commented", and "called X Y" (an
    object makes a form tagged as a participle active, so finite with no "has" before it). Not a
    form that is also a verb's base form ("help to reduce X and offset Y", "and found of ...", a
    typo for "founder"): the tagger's "past" there may be the bare verb that shares the "to" (FNC-1
    census: two right contents cut by the first version)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in x.children):
        return False
    bases = _verb_bases()
    if not bases or x.lower_ in bases:
        return False
    return x.tag_ == "VBD" or (x.tag_ == "VBN" and any(c.dep_ == "dobj" for c in x.children))


def _coordination_start(sdoc, x, a: int) -> int | None:
    """The character where the coordination of ``x`` starts: its "and"/"but" (or a comma before
    it), right before ``x``'s own words; None when none stands there."""
    k = x.left_edge.i - 1
    if k <= 0 or sdoc[k].idx <= a or not (sdoc[k].dep_ == "cc" and sdoc[k].lower_ in ("and", "but")):
        return None
    while k - 1 > 0 and sdoc[k - 1].text == "," and sdoc[k - 1].idx > a:
        k -= 1
    return sdoc[k].idx


def no_second_act(sdoc, text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with a reported content ended before a past verb the parse joined to a bare verb of
    the content: "Roe joked that she would "eat my hat" with the deal, and further commented on
    her skill", "a spokesman said Doe was not authorized to speak for the family and called the
    claims "baseless"". A past form cannot share the modal, "to" or "do" of a bare verb, so it is
    coordinated higher up: with the cue, or with a finite verb of the content. Only a verb of
    saying is read (the speaker's next act of saying, told in the writer's words, as
    quotes._next_report reads one joined to the cue): a past verb of another kind after a modal's
    clause is often a backshifted present of the same report ("said she could not support the levy
    but understood why people did": round thirty-eight's twin); either way the first statement
    ends before its "and" (seed 169 c080 Q7, c086 Q10: the span put the second act inside the
    statement). Kept: a bare
    verb joined to a bare verb ("would review the plan and announce a decision"), a participle
    sharing a passive ("were forced to leave and stranded": no object), a verb with its own
    subject (other rules read those)."""
    from .quotes import is_cue  # (quotes imports this module: read at call time)

    if sdoc is None:
        return out
    for q in out:
        if q.kind != "indirect" or q.pieces:
            continue
        span = _tokens(sdoc, q.start, q.end)
        if span is None:
            continue
        for x in span:
            h = x.head
            if x.dep_ != "conj" or not q.start <= h.idx < x.idx or not _bare_with_aux(h) or not _finite_past(x) \
                    or not is_cue(x):
                continue  # (only a verb of saying: "said she could not support the levy but understood why
                # people did" is one report, the past form a backshifted present joined to the modal's clause)
            k = _coordination_start(sdoc, x, q.start)
            if k is not None and any(ch.isalpha() for ch in text[q.start : k]):
                _set_span(text, q, q.start, k)
                break
    return out


# --- a photo's note in brackets closing the content (seed 170 c072 Q4) ------------------------------

@functools.lru_cache(maxsize=1)
def _picture_notes() -> tuple[re.Pattern, ...]:
    """The shapes of a writer's note on a picture (data/picture_notes.txt)."""
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in lexicon.lines("analyse/picture_notes.txt"))


_MARKS = '"“”„«»'


def no_picture_note(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` with a reported content that closes on the writer's note on a picture in brackets
    ("According to reports the student may have fled (Jane Roe pictured on a visit to a farm)",
    "the minister said the plan was sound (pictured)") ended before the bracket: the note tells
    what a photo shows, which no speaker said (round fifty-five m2, seed 170 fnc1_c072 Q4: the
    span ran on into the caption). Read on characters, the bracket being text the parse hangs
    anywhere: a bracket whose close ends the content, opened after at least three words of it,
    outside any quotation, its words of a shape of data/picture_notes.txt. A bracket of other
    words ("said prices rose (by 3%)", "(the first since 2010)") or one inside a quotation
    stays."""
    for q in out:
        if q.kind != "indirect" or q.pieces:
            continue
        body = text[q.start : q.end].rstrip()
        if not body.endswith(")"):
            continue
        o = body.rfind("(")
        if o <= 0 or ")" in body[o + 1 : -1]:
            continue
        before = body[:o]
        if sum(before.count(m) for m in _MARKS) % 2 or len(re.findall(r"[^\W\d_]+", before)) < 3:
            continue
        if any(rx.search(body[o + 1 : -1]) for rx in _picture_notes()):
            _set_span(text, q, q.start, q.start + o)
    return out
