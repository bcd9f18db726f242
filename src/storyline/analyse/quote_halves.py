"""One statement the quote finder left in two items, joined once the quotes are found (round
fifty-four, mender m3, in-sample mends of seed 169's FNC-1 audit, issue 18's "whole").

Each rule takes the finished list of quotes (``quotes.extract``) and returns it with two items
made one: the words either side of a tag the cue list does not know ('"A," read the
statement. "B."'), and a reported content that ends inside the quotation it opened, beside
the direct quote of that quotation ('told Roe the inspector "came across as honest. When
...'). They read the text's own quote marks and the items' cues and speakers; no maintained
library reads news attribution at this grain, so the rules are ours.
"""

from __future__ import annotations

import re

from ..types import QuoteItem

# a closed quotation whose words end on a comma (the sentence goes on into its tag), the tag as
# one short sentence, and a new opening mark in the same paragraph: '...," read the statement. "'
_UNCUED_TAG = re.compile(r"[ \t\u00a0]*[”\"][ \t\u00a0]*([^\n\"“”]{2,90}?)\.[ \t\u00a0]+[“\"]")
_UNCUED_TAG_WORDS = 6  # a tag is a verb and its subject ("read the statement", "the note read"), not narration
# the second quotation's own tag after its closing mark ('"...," read another.'): another's words
_OWN_TAG_AFTER = re.compile(r"[,.!?]?[ \t\u00a0]*[”\"][ \t\u00a0]*,?[ \t\u00a0]*[a-z]")


def _same_voice(p: QuoteItem, q: QuoteItem) -> bool:
    """Do p and q, two quotations with no cue of their own, speak with one voice: both carry
    the speaker before them by continuation (the same mention), or both are wholly open?"""
    if p.speaker_mention is not None:
        return (p.speaker_via == q.speaker_via == "continuation" and q.speaker_mention == p.speaker_mention
                and q.speaker_text == p.speaker_text)
    return p.speaker_text is None and q.speaker_mention is None and q.speaker_text is None


def join_uncued_tag(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """'"If you saw the leak, we hope you will call," read the statement. "The agency is paying
    for the repair."' is one statement in two pieces (seed 169, fnc1_c086 Q14 and Q15: each half
    an item of its own). The tag's verb is no cue ("read"), so neither half has one and the
    joins that need the first's cue (quotes._join_tagged_after) pass the pair by. Joined when the
    first half's words end on a comma (its sentence runs on into the tag: the tag is its
    attribution), the words between are only the closing mark, one short sentence (at most
    _UNCUED_TAG_WORDS words) and a new opening mark in the same paragraph, neither half has a
    cue, both speak with one voice (_same_voice), neither is a question, and the second has no
    tag of its own after it ('"Stop the dam," read one sign. "Save the river," read another.':
    two signs). The pieces skip the tag."""
    joined: list[QuoteItem] = []
    for q in out:
        p = joined[-1] if joined else None
        if p is not None and _uncued_halves(text, p, q):
            p.pieces = (p.pieces or [(p.start, p.end)]) + (q.pieces or [(q.start, q.end)])
            p.end = q.end
            p.text = text[p.start : p.end]
            continue
        joined.append(q)
    return joined


def _uncued_halves(text: str, p: QuoteItem, q: QuoteItem) -> bool:
    """join_uncued_tag's test for one pair."""
    if not (p.kind == q.kind == "direct" and p.cue_start is None and q.cue_start is None and p.end < q.start
            and _same_voice(p, q) and text[p.end : p.end + 1] == "," and "?" not in text[p.end - 1 : p.end + 2]):
        return False
    m = _UNCUED_TAG.fullmatch(text, p.end + 1, q.start)
    if m is None or len(m.group(1).split()) > _UNCUED_TAG_WORDS or not m.group(1)[:1].isalpha():
        return False
    return "?" not in text[q.end - 1 : q.end + 1] and _OWN_TAG_AFTER.match(text, q.end) is None


def join_opened_quotation(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """'Roe told host Jim Hale the inspector "came across as honest. When you look at that, it
    is clear the dam was weak."' gave two items: the reported content stopped at the opening
    mark's first words ('the inspector "came across'), and the quotation after the mark a direct
    quote of its own, both from the one cue and speaker (seed 169, fnc1_c086 Q9). A quotation
    opened right after a word inside the content is the speaker's own words in the clause the cue
    reports: the content runs on to the quotation's closing mark, the quotation "mixed" inside it,
    and the direct item, its words now inside the content, goes. quotes._to_quotation_close runs
    a content on to the mark only inside one sentence (which of a longer quotation's sentences
    the cue reports, the content's shape alone does not say); here the direct quote's own cue
    says it: the same cue and the same speaker give both items, so the joint claims nothing
    either did not. Only when the mark opens after a space and a word (a quotation handed over
    by a comma or a colon is a direct quote of its own) and the direct quote starts right after
    it."""
    drop: set[int] = set()
    for k, p in enumerate(out):
        if p.kind != "indirect" or p.pieces or p.cue_start is None:
            continue
        for j in range(k + 1, len(out)):
            q = out[j]
            if q.start >= p.end:
                break
            if _opened_inside(text, p, q):
                end = q.end + (1 if text[q.end : q.end + 1] in '"”' else 0)
                p.end, p.text, p.mixed = end, text[p.start : end], True
                drop.add(j)
                break
    return [q for j, q in enumerate(out) if j not in drop]


def _opened_inside(text: str, p: QuoteItem, q: QuoteItem) -> bool:
    """join_opened_quotation's test: is q a direct quote that opens inside p's content, right after
    a word and the only mark in it, and runs past p's end, with p's cue and speaker?"""
    mark = q.start - 1
    if not (q.kind == "direct" and p.start + 2 <= mark and q.start < p.end < q.end and not q.pieces):
        return False
    if text[mark] not in '"“' or text[mark - 1] != " " or not text[mark - 2].isalnum():
        return False
    if any(ch in '"“”' for ch in text[p.start : mark]):
        return False
    return ((q.cue_start, q.cue_end) == (p.cue_start, p.cue_end)
            and (q.speaker_mention, q.speaker_text) == (p.speaker_mention, p.speaker_text))


# the first half's closing mark (its comma before it), its tag as one sentence and a new opening
# mark in the same paragraph: '"Certainly," Hale replied. "Yes, and ...'
_TAG_SENTENCE = re.compile(r",[ \t\u00a0]*[”\"][ \t\u00a0]*([^\n\"“”]{2,90}?)\.[ \t\u00a0]+[“\"]")
_OPENING_TAG_WORDS = 8  # the speaker's name or description and the cue ("Hale replied", "said Jane Roe, the mayor")


def opening_before_tag(text: str, comma: int, next_start: int) -> bool:
    """Is the one-word quotation whose comma stands at ``comma`` the opening of its speaker's
    reply, its tag a sentence of its own and the reply going on under a new opening mark in the
    same paragraph ('"Certainly," Hale replied. "Yes, and the report confirms it."')? Seed 169,
    fnc1_c086 Q4: the answer word was dropped as a scare-quoted word (quotes._MIN_WORDS) and
    the second half stood alone, its speaker open. Kept, the quote finder gives it the tag's cue
    and speaker, and quotes._join_tagged_after joins the halves; one not joined goes again
    (no_lone_openings). The tag holds at most _OPENING_TAG_WORDS words, no newline and no mark."""
    m = _TAG_SENTENCE.fullmatch(text, comma, next_start)
    return m is not None and len(m.group(1).split()) <= _OPENING_TAG_WORDS


def no_lone_openings(text: str, out: list[QuoteItem]) -> list[QuoteItem]:
    """``out`` without a one-word direct quote kept only as the opening of a reply
    (opening_before_tag) that no join made one with its second half: alone, '"Certainly,"' says
    nothing, and before round fifty-four it was never an item."""
    starts = sorted(q.start for q in out if q.kind == "direct")

    def lone(q: QuoteItem) -> bool:
        if q.kind != "direct" or q.pieces or len(q.text.split()) >= 2 or text[q.end : q.end + 1] != ",":
            return False
        nxt = next((s for s in starts if s > q.end), None)
        return nxt is not None and opening_before_tag(text, q.end, nxt)
    return [q for q in out if not lone(q)]
