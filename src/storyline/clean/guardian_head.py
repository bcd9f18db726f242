"""A page's head above the picture credit glued to the lead (round thirty-one, issue 16).

A Guardian page saved as text opens with its head: the headline, the standfirst (a
sentence or two that sum the story up, printed with no closing stop) and the main picture's
caption, often run together on one line, then the picture's credit glued to the lead
("Photograph: Jane Roe/Agency <lead>"). The credit is split off the lead (noise's
``_split_credits``: ``Unit.credit``) or cut as a caption or label line, and the headline and
the page's time stamp are cut by the opening's rules; what they leave between the text's
start and that credit is the standfirst and the caption. ``noise._captions_above_credits``
cuts it when it is at most two lines and 45 words (a caption alone); a standfirst with its
caption runs to 50-90 words, and stayed as the text's first sentence (this round's census:
21 of the 312 Guardian dev texts read).

Here the kept lines between the text's start and the opening's first credit line
(:func:`is_credit`) are cut as the page's head when they are few (``MAX_UNITS`` lines, or
``MAX_UNITS_UNDER_STAMP`` under the page's time stamp; ``MAX_WORDS`` words in all) and one of
three signs says they are the page's head and not the article's first paragraphs above a
picture set inside it:

- the page's head was already found above them: a line over them was cut as its headline or
  its time stamp (kinds ``headline`` or ``dateline``), or as a caption;
- the last of them ends on the picture's date (:func:`dated_caption`: noise's US-order
  ``_ends_on_picture_date``, "..., Louisiana, May 18, 2010.", or the British order, "... on
  25 October 2010 in London.");
- the lead below the credit restates them: it names again at least ``RESTATED`` of their
  content words (the cleaner's English stop words left out), as a lead restates the
  standfirst that sums it up.

Without any of these (an article's paragraphs above a picture set inside it, whose next
paragraph goes on to a new point) the lines stay: a kept caption is a small loss, a cut
article sentence a false omission. The rule reads the page's layout (a credit line, the
lines above it, the text's start), which no library models, so it is written here; its
bounds are constants beside it, as its neighbours' are, and the credit labels are data
(data/credit_labels.txt).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import lexicon
from . import dateline

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = ("caption: the page's head (standfirst and picture caption) between the text's start and the picture "
          "credit glued to the lead")

# how far into the text the first glued credit may stand (noise._CAPTION_OPENING's lines)
OPENING = 8
# the head's kept lines and words: a standfirst and a caption (the census: 1-4 lines, at most 89
# words). Under the page's time stamp (a ``dateline`` cut above) the lines are the picture's
# caption alone, which runs to three sentences; with a weaker sign (a headline cut above, a
# date, a restating lead) at most two lines are read, so an article's opening sentences under
# its headline, above a picture set in the article, stay
MAX_UNITS, MAX_UNITS_UNDER_STAMP, MAX_WORDS = 2, 3, 100
# content words of the head the lead names again (a standfirst restated by the lead)
RESTATED = 3
# the kinds a line cut above the head has when the page's headline or stamp was found
HEAD_KINDS = frozenset({"headline", "dateline"})

# a caption's date in the British order closing it, with the picture's place after it or
# before it ("..., Washington, DC, on 3 June 2010.", "... conference on 25 October 2010 in London.")
_BRITISH_DATE_END = re.compile(r"\b\d{1,2}\s+" + dateline.MON + r"\s+(?:19|20)\d\d(?:\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?\.$")

_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@functools.cache
def _credit_label() -> re.Pattern:
    """A credit line's opening label and colon (data/credit_labels.txt: "Photograph:")."""
    labels = sorted(lexicon.words("clean/credit_labels.txt"), key=len, reverse=True)
    return re.compile(r"(?i:" + "|".join(re.escape(w) for w in labels) + r")\s*:\s*\S")


def is_credit(u: Unit) -> bool:
    """A picture's credit line: one split off the lead glued after it (``Unit.credit``), or a
    line the cleaner cut as a caption or a label that opens with a credit label ("Photograph:
    Jane Roe", "Illustration: Acme") and is not a gallery's promo (:func:`promo_kicker`)."""
    if u.credit:
        return True
    m = _credit_label().match(u.text) if u.kind in ("caption", "label") else None
    return bool(m) and not promo_kicker(u.text)


# a kicker in capitals ("PHOTOS:", "VIDEO:") and what follows it
_KICKER = re.compile(r"\s*([A-Z]{4,})\s*:\s*(\S.*)$")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*$")


def promo_kicker(text: str) -> bool:
    """A link to a gallery or video under a kicker in capitals: "PHOTOS: Stars Who Left The Stage
    Too Soon" (round forty-two: a scraped page's promo between its opening paragraphs, read as
    the picture's credit, made those paragraphs the page's head). A credit names who took the
    picture ("Photograph: Jane Roe/Reuters", "PHOTO: AP"); a promo's kicker is followed by a
    headline in title case of at least four words with no agency's slash."""
    m = _KICKER.match(text.strip())
    if not m:
        return False
    words = m.group(2).split()
    return len(words) >= 4 and "/" not in m.group(2) and sum(bool(_TITLE_WORD.match(w)) for w in words) >= 0.75 * len(words)


def dated_caption(text: str, ends_on_picture_date: Callable[[str], bool]) -> bool:
    """Does ``text`` end on a picture's date: the US order noise reads ("..., Louisiana, May 18,
    2010."), or the British order, with or without the place after it?"""
    return bool(_BRITISH_DATE_END.search(text)) or ends_on_picture_date(text)


def _content_words(text: str, stop: frozenset[str]) -> set[str]:
    return {w.lower().rstrip("'’") for w in _CONTENT.findall(text)
            if len(w) > 2 and w.lower() not in stop and w.lower().rstrip("'’s") not in stop}


def _restated(head: str, lead: str, stop: frozenset[str]) -> bool:
    """Does the lead name again at least RESTATED content words of the head?"""
    return len(_content_words(head, stop) & _content_words(lead, stop)) >= RESTATED


def page_head(units: list[Unit], ends_on_picture_date: Callable[[str], bool], stop: frozenset[str],
              mark: Callable[[Unit, str, str], None]) -> None:
    """Mark the kept lines above the opening's first picture credit as the page's head, when
    they are few and a sign says they are the head (the module's docstring).
    ``ends_on_picture_date``: noise's US-order caption date test; ``stop``: English stop
    words; ``mark``: noise's ``_mark`` (a line already cut keeps its reason)."""
    credit = next((u for u in units[:OPENING] if is_credit(u)), None)
    if credit is None:
        return
    above = units[: credit.index]
    kept = [v for v in above if v.kind is None]
    if not kept or sum(v.words for v in kept) > MAX_WORDS:
        return
    stamp = any(v.kind == "dateline" and v.index < kept[0].index for v in above)
    if len(kept) > (MAX_UNITS_UNDER_STAMP if stamp else MAX_UNITS):
        return
    if any(v.bullet for v in kept):
        return
    lead = next((v for v in units[credit.index + 1:] if v.kind is None), None)
    if lead is None:
        return
    first_kept = kept[0].index
    head_found = stamp or any(v.kind in HEAD_KINDS or (v.kind == "caption" and v.index < first_kept) for v in above)
    head = " ".join(v.text for v in kept)
    if not (head_found or dated_caption(kept[-1].text.strip(), ends_on_picture_date) or _restated(head, lead.text, stop)):
        return
    for v in kept:
        mark(v, "caption", REASON)
