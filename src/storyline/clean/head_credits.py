"""The picture caption above a bracketed credit at the page's head (round thirty-three, issue 16).

A Washington Post page saved as text opens with its picture: the headline run into the
picture's caption (one to three sentences), then the picture's credit in brackets glued to
the lead ("(Jane Roe/Associated Press) <lead>", "(Jane Roe - Washington Post) <lead>"). Fox
News pages print the agency's credit closing the caption instead ("<caption> (AP).",
"<caption's second sentence> (Reuters)."). The credit is split off the lead and cut
(noise._split_wire_credits with noise._photo_credit, data/captions.txt), but the caption
above it stayed as the article's first sentences, and with it its dates, names and quotes
("'<words>,' <an executive> said during a hearing" was read as a statement of the day).

The credit is the page's own evidence that a picture stands there, and it stands below its
caption. Here, when the first bracketed credit of the text stands in its opening (the
first ``OPENING`` lines, none of them a dateline or stamp: a story begun above the credit
holds the picture inside the article), the kept lines between the text's start and the
credit are cut as the picture's caption, when they are few (``MAX_UNITS`` lines,
``MAX_WORDS`` words) and a kept line follows the credit (the lead). A line of the opening
that closes on a bracketed credit is the caption's last line and goes with them.

Census (Timeline17 dev texts, keep-off list left out; every head read, /tmp list of the
round): bracketed credits in a text's first eight lines: 28 bpoil_washingtonpost, 36
bpoil_foxnews, none in any other folder; a line closing on a bracketed agency credit: 9
bpoil_foxnews, 2 bpoil_washingtonpost, all in the first six lines. Above every one of them
stood a headline, a caption or a gallery line, never an article sentence; the longest
caption block was three lines and 65 words. Not taken: a credit run into the middle of the
first line ("<caption> (Jane Roe/AP) <lead>": 2 texts; tried and withdrawn: split off, the
lead left as the first line was a question, which the title rule then took for the title and
cut), an agency's credit alone opening the lead (round twenty-four's rule reads it), a
blog's furniture above a credit (more lines than a caption has), a credit naming no agency
or paper ("(Jane Roe)"). A gallery's further captions between two credits: :func:`_gallery`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = "caption: the picture's caption at the page's head, above its bracketed credit"
GALLERY_REASON = "caption: a gallery's next caption at the page's head, between two bracketed credits"

# how far into the text the credit may stand (noise's _CAPTION_OPENING, the opening's lines)
OPENING = 8
# the caption block's kept lines and words (census: at most 3 lines, 65 words)
MAX_UNITS, MAX_WORDS = 3, 100
# a line of brackets only: the credit line split off the lead
_BRACKETS_ONLY = re.compile(r"(?:\([^()\n]{1,100}\)\s*)+\.?")
# the bracket a line closes on, with its stop
_CLOSING_BRACKET = re.compile(r"\s\((?P<c>[^()\n]{1,100})\)\s*\.?\s*$")
# words a caption has before the credit closing it ("Secretary of Energy Steven Chu (AP).")
_CLOSING_MIN_WORDS = 4
_WORD = re.compile(r"[\w'’-]+")


def credit_line(text: str, is_credit: Callable[[str], bool]) -> bool:
    """A line that is only a picture's credit in brackets ("(Jane Roe/Associated Press)",
    "(Reuters)"): ``is_credit`` (noise's credit tests) reads the brackets."""
    t = text.strip()
    return bool(_BRACKETS_ONLY.fullmatch(t)) and is_credit(t.rstrip("."))


def closing_credit(text: str, is_credit: Callable[[str], bool]) -> bool:
    """A line that closes on a picture's credit in brackets, after a caption of at least
    _CLOSING_MIN_WORDS words ("<caption> (AP).", "<caption> (Jane Roe/Post).")."""
    t = text.strip()
    m = _CLOSING_BRACKET.search(t)
    if m is None or t.startswith("("):
        return False
    return len(_WORD.findall(t[: m.start()])) >= _CLOSING_MIN_WORDS and is_credit("(" + m.group("c").strip() + ")")


def _caption_block(block: list[Unit], units: list[Unit], credit: Unit) -> bool:
    """Can ``block`` be a picture's caption above ``credit``: a few lines (MAX_UNITS, MAX_WORDS),
    no list item, and a kept line (the lead) below the credit (else the page is the picture)?"""
    return (bool(block) and len(block) <= MAX_UNITS and sum(v.words for v in block) <= MAX_WORDS
            and not any(v.bullet for v in block) and any(v.kind is None for v in units[credit.index + 1:]))


def page_head(units: list[Unit], is_credit: Callable[[str], bool], named_credit: Callable[[str], bool],
              dated: Callable[[str], bool], mark: Callable[[Unit, str, str], None]) -> None:
    """Mark the kept lines above the opening's first bracketed picture credit as its caption
    (the module's docstring). ``is_credit``: noise's test of a bracketed credit;
    ``named_credit``: the same for one that names the photographer or the picture's source
    ("(Jane Roe/Associated Press)", not "(AP)"); ``dated``: noise's test of a caption ending on the
    picture's date (read by the gallery below the first credit, :func:`_gallery`); ``mark``: noise's ``_mark`` (a line already
    cut keeps its reason).

    A credit line of the agency alone ("(AP)", "(AP Photo)", "(Reuters)") is left to round
    twenty-four's rule (noise._captions_above_line_credits), which takes at most two lines
    above it and only when the first reads as a present caption: its tests keep a past-tense
    sentence above "(AP)". A named credit is the stronger sign (census: every head above one
    was headline or caption, past-tense captions among them), so the tense is not asked."""
    credit: Unit | None = None
    closing = False
    for u in units[:OPENING]:
        if u.kind == "dateline":
            return  # the story began above any credit: a picture inside it
        if u.kind == "caption" and credit_line(u.text, is_credit):
            if not named_credit(u.text.strip().rstrip(".")):
                return  # the agency alone: round twenty-four's rule reads it
            credit = u
            break
        if u.kind is None and closing_credit(u.text, is_credit):
            credit, closing = u, True
            break
    if credit is None:
        return
    kept = [v for v in units[: credit.index] if v.kind is None] + ([credit] if closing else [])
    if not _caption_block(kept, units, credit):
        return
    for v in kept:
        mark(v, "caption", REASON)
    if not closing:
        _gallery(units, credit, is_credit, named_credit, dated, mark)


def _gallery(units: list[Unit], credit: Unit, is_credit: Callable[[str], bool], named_credit: Callable[[str], bool],
             dated: Callable[[str], bool], mark: Callable[[Unit, str, str], None]) -> None:
    """A gallery over the story: after the first credit, the next picture's caption, then its
    credit, and so on down to the lead ("(<credit>) <caption>. <its second sentence> / (<credit>)
    <caption> ... / (<credit>) <stamp> <dateline> <lead>"). The kept lines between two named
    credits are the later picture's caption when they are few (MAX_UNITS, MAX_WORDS), the first
    of them ends on the picture's date (``dated``: "..., Tuesday, Nov. 2, 2010."), and a kept
    line follows the second credit. An article's paragraph between two pictures stays: it
    does not end on a date with the picture's place and weekday before it. Census: 4 dev texts
    (bpoil_washingtonpost 283 and 608, bpoil_foxnews 784; each block read)."""
    prev = credit
    while True:
        nxt = None
        for v in units[prev.index + 1: prev.index + 2 + MAX_UNITS]:
            if v.kind == "dateline":
                return
            if v.kind == "caption" and credit_line(v.text, is_credit):
                nxt = v
                break
        if nxt is None or not named_credit(nxt.text.strip().rstrip(".")):
            return
        between = [v for v in units[prev.index + 1: nxt.index] if v.kind is None]
        if not _caption_block(between, units, nxt) or not dated(between[0].text.strip()):
            return
        for v in between:
            mark(v, "caption", GALLERY_REASON)
        prev = nxt
