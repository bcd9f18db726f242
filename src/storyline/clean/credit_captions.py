"""A picture's caption and its credit run into the sentence after them (round twenty-seven, 27g).

The Guardian prints a picture's caption with no stop and its credit after it
("<caption> Photograph: Jane Roe/AP"); saved as text both run into the lead or into a
paragraph further down ("Boats hold booms off the coast Photograph: Jane Roe/AP The coast
guard says ..."). noise._split_credits cuts a credit that opens its line; one standing
inside the line, after its caption, was kept with the caption (seeds 79 and 83 audited
four such openings in bpoil_guardian; the dev texts keep 17). The credit is the layout's
own evidence: the words before it on the line are that picture's caption.

The rules, each abstaining where an article sentence could be cut:

- ``split`` (shape A): a kept line holds a credit after some words, "Photograph:" (the
  label in capitals, after a space) and a name/agency pair or a known agency
  (noise.glued_photo_credit) or a photographer's name before a sentence opener
  (noise._credit_name); the words before it, from the line's start, are one to
  ``_CAPTION_WORDS`` words with no sentence stop inside or at their end (a caption has
  none) and balanced quotes and brackets; after the credit the line goes on with a
  sentence (six words or more, closed by a stop). The caption with its credit is cut off
  as a unit (marked a caption, flagged a credit, so noise._captions_above_credits reads the
  opening's short lines above it as the same picture's); the sentence stays.
- ``split`` (shape D): the same with the credit in brackets and its label, as a wire's
  blog prints it ("(Photo: <caption>/<photographer>) <lead>", "<caption> (Photo: Acme
  Relief) <sentence>"): the bracket (with the caption before it, if any) is cut off.
- ``split`` (shape C): a credit opening its line whose photographer's name (one to three
  capitalised words) is followed by a subordinating opener (data/credit_lead_subordinators.txt:
  "When", "As", ...) and a capitalised word ("Photograph: Jane Roe When Acme's chief ...");
  noise._credit_name asks for a lower-case word after the opener, since a listed opener
  before a capital may begin a title; a subordinator does not. The credit is cut off.
- ``closing_credits`` (shape B, read by ``split`` once it has cut): a kept line of at most ``_CAPTION_WORDS`` words that ends on
  "Photograph:" and one to four words ("How the spill would look over Kent Photograph:
  guardian."), with no sentence stop before the label: the whole line is a caption.

Words that mention a photograph inside a sentence ("the photograph: a view of ...", in
lower case; "Photographs show the rig", no colon) never match the label.

No library marks captions in plain text; the credit matchers are noise.py's own.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import lexicon
from . import runin

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = "caption: a picture's caption and its credit ('<caption> Photograph: <credit>') run into the sentence after them"
CREDIT_REASON = "caption: a picture's credit ('Photograph: <name>') run into the sentence after it"
BRACKET_REASON = "caption: a picture's credit in brackets ('(Photo: <caption>/<name>)'), with the caption before it, run into the sentence after it"
CLOSING_REASON = "caption: a picture's caption closing its line with its credit ('<caption> Photograph: <credit>')"

_CAPTION_WORDS = 60
_REST_WORDS = 6
# the label inside a line, after a word: capitals and the colon as a credit prints it
_LABEL = re.compile(r"(?<=\S\s)Photograph\s*:\s*(?=\S)")
# a sentence stop inside the caption: a stop, then a space (or the caption's end)
_INNER_STOP = re.compile(r"[.!?][\"”’)]*(?:\s|$)")
# a credit closing its line: the label, then one to four words, the last one may carry a stop
_CLOSING = re.compile(r"(?<=\S\s)Photograph\s*:\s*(?:[^\s.!?]+\s+){0,3}[^\s.!?]+\.?\s*$")
_WORD = runin.ARTICLE_WORD
# shape D: a credit in brackets with its label, "(Photo: Jane Roe/Acme)", "(Photo: A nurse
# at the gate/Jane Roe)", at the line's start or after a caption, before a sentence opening
# with a capital, a quote mark or a bracket
_BRACKETED = re.compile(r"(?:^|(?<=\S\s))\((?:Photo|Picture|Image)s?\s*:\s*[^()\n]{1,160}\)(?=\s+[\"“‘(]?[A-Z])")


@functools.cache
def _subordinators() -> frozenset[str]:
    return lexicon.words("clean/credit_lead_subordinators.txt")


@functools.cache
def _name_then_subordinator() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_subordinators()))
    return re.compile(r"\s*Photograph\s*:\s*((?:[A-Z][\w'’.-]*\s+){1,3}?)(?=(?:" + words + r")\s+[\"“‘]?[A-Z])")


def _balanced(piece: str) -> bool:
    return piece.count("(") == piece.count(")") and piece.count("\"") % 2 == 0 and piece.count("“") == piece.count("”")


def _sentence_after(rest: str) -> bool:
    from .noise import _SENTENCE_END

    return len(_WORD.findall(rest)) >= _REST_WORDS and bool(_SENTENCE_END.search(rest))


def credit_in_line(line: str) -> tuple[int, int] | None:
    """Shape A: (end of the caption's credit, start of the sentence after it) when ``line``
    opens with a caption whose credit runs into a sentence; None otherwise."""
    from .noise import _credit_name, glued_photo_credit

    m = _LABEL.search(line)
    if m is not None:
        credit = glued_photo_credit(line, m.start()) or _credit_name(line, m.start())
    else:
        m = credit = _BRACKETED.search(line)  # shape D: "(Photo: <caption or credit>)"
    if m is None or credit is None:
        return None
    caption = line[:m.start()].strip()
    words = len(_WORD.findall(caption))
    if not (1 if m is not credit else 0) <= words <= _CAPTION_WORDS or _INNER_STOP.search(caption) or not _balanced(caption):
        return None
    rest = line[credit.end():]
    if not _sentence_after(rest):
        return None
    return len(line[:credit.end()].rstrip()), credit.end() + len(rest) - len(rest.lstrip())


def credit_before_subordinator(line: str) -> tuple[int, int] | None:
    """Shape C: (end of the credit, start of the sentence) when ``line`` opens with a
    credit whose name runs into a sentence opened by a subordinator; None otherwise."""
    m = _name_then_subordinator().match(line)
    if m is None or not _sentence_after(line[m.end():]):
        return None
    return len(line[:m.end()].rstrip()), m.end()


def split(text: str, units: list[Unit]) -> list[Unit]:
    """Cut each caption-and-credit (shape A) or credit (shape C) off the sentence it runs
    into; the head is marked a caption and flagged a credit."""
    from .noise import _split_marked

    reasons: dict[int, str] = {}

    def cut_of(u: Unit) -> tuple[int, int, bool] | None:
        if u.kind is not None:
            return None
        cut = credit_in_line(u.text)
        if cut is not None:
            reasons[u.start] = BRACKET_REASON if u.text[:cut[0]].rstrip().endswith(")") and _BRACKETED.search(u.text) else REASON
        else:
            cut = credit_before_subordinator(u.text)
            if cut is not None:
                reasons[u.start] = CREDIT_REASON
        return None if cut is None else (cut[0], cut[1], True)

    out = _split_marked(text, units, cut_of, "caption", REASON)
    for v in out:
        if reasons.get(v.start, REASON) != REASON and v.kind == "caption":
            v.reason = reasons[v.start]
    closing_credits(out)
    return out


def closing_credits(units: list[Unit]) -> None:
    """Shape B: a line ending on its credit, with no stop before the label, is a caption."""
    from .noise import _mark

    for u in units:
        if u.kind is not None or len(_WORD.findall(u.text)) > _CAPTION_WORDS:
            continue
        m = _CLOSING.search(u.text.rstrip())
        if m is None:
            continue
        caption = u.text[:m.start()].strip()
        if _INNER_STOP.search(caption) or not _balanced(caption) or not _WORD.search(caption):
            continue
        _mark(u, "caption", CLOSING_REASON)
