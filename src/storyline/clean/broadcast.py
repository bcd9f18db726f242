"""A broadcast transcript's own lines: the reporter's sign-off and the anchor's hand-over
(round forty, issue 16).

Radio and television news saved as text (LDC's transcripts of ABC, CNN, NPR, PRI and VOA,
the BBC's reports aired on them) close each report on the reporter's sign-off, "Jane Roe,
ABC News, Hong Kong." or "For NPR news, I'm Jane Roe reporting.", run on after the report's
last sentence in the same paragraph, and open it with the anchor's hand-over, "The World's
Jane Roe has our story.". Both are furniture: the sign-off is a byline at the end (it named
the reporter as a speaker of nothing and stood in the brief's candidate sentences; the
seed-154 TimeBank audit's K1), the hand-over a line of the programme. The shapes are
data/broadcast_lines.txt's, case-sensitive; a line or a paragraph's last sentence (after a
stop) that is wholly one of them is cut off and marked, nothing inside a sentence is read
("as VOA correspondent Jane Roe reports, ..." stays). No library reads transcripts' furniture;
the rules are the broadcasters' conventions, written from the TimeBank transcripts drawn
for the seed-154 and seed-155 audits (in-sample: no census text is a transcript).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASONS = {
    "signoff": ("byline", "byline: a broadcast reporter's sign-off ('<name>, <network> News, <place>')"),
    "handover": ("boilerplate", "boilerplate: a broadcast anchor's hand-over to the report ('<name> has our story')"),
    "report": ("promo", "promo: a broadcast anchor's line handing over to a report ('<network>'s <name> reports on ...')"),
}
# a name's words: capitalised, an inner apostrophe ("O'Brien") but no possessive ("Murdoch's"),
# and no title first ("Defence Secretary Liam Fox", "Anchor Jane Roe": data/titles via names)
_WORD = r"[A-Z][a-z-]*(?:['’][A-Z][a-z-]+)?"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{1,3}}"
# a place: capitalised words ("Hong Kong"), or "the" and one or two words ("the state
# department"); never a verb phrase ("declined to comment")
_PLACE = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)"
# a paragraph's last sentence: after a stop (and a closing quote) and a space; a title's own
# stop ("Mr. Blair") is none (the stop's position is tested against _TITLE_STOP)
_STOP = re.compile(r"[.!?][\"”’)]?\s+")
_TITLE_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof)\.$")


def _rows() -> list[list[str]]:
    return [line.split("\t", 1) for line in lexicon.lines("clean/broadcast_lines.txt")]


@functools.cache
def networks() -> str:
    """The broadcasters of data/broadcast_lines.txt (its ``network`` rows) as one regex
    alternation, a space matching any run of spaces: what a rule's ``{NET}`` stands for
    (here and in glued_boxes.py's foot_widgets.txt)."""
    return "|".join(re.escape(v.strip()).replace(r"\ ", r"\s+") for k, v in _rows() if k.strip() == "network")


@functools.cache
def _rules() -> tuple[tuple[str, re.Pattern], ...]:
    nets = networks()
    out = []
    for code, rx in _rows():
        if code.strip() in REASONS:
            body = rx.strip().replace("{NAME}", _NAME).replace("{PLACE}", _PLACE).replace("{NET}", f"(?:{nets})")
            out.append((code.strip(), re.compile(body)))
    return tuple(out)


@functools.cache
def _titles() -> frozenset[str]:
    """The project's role and person-noun words (read through the lexicon registry, as
    noise._apposition_nouns does: clean may not import the analyse stage)."""
    return frozenset(row[0].strip().lower() for name in ("titles.tsv", "person_nouns.tsv") for row in lexicon.rows(name) if row)


def line(body: str) -> tuple[str, str] | None:
    """(kind, reason) when the whole line is a broadcast's own line, else None. A name opening
    on a title ("Correspondent Jane Roe, CNN, ...", "Defence Secretary Liam Fox ...") is
    someone's role in a sentence, no sign-off."""
    text = body.strip()
    first = text.split(" ", 1)[0].lower().rstrip(".,")
    if first in _titles():
        return None
    for code, rx in _rules():
        if rx.fullmatch(text):
            return REASONS[code]
    return None


def _cut(text: str) -> tuple[int, int, bool] | None:
    """Where a broadcast's own line ends or starts inside a paragraph: its first sentence (a
    sign-on, "CNN headline news, I'm Jane Roe.", run into the news) or its last one (a
    sign-off or a hand-over after the report's words), as (end of the head, start of the
    tail, no credit), or None. A title's stop ("Mr.") is no sentence end; the last sentence
    is tried from each of the last three stops, so one holding such a title is whole."""
    # the title is read in the few characters before the stop, not from the paragraph's start
    # (a search from 0 at every stop read long paragraphs over and over)
    stops = [m for m in _STOP.finditer(text) if not _TITLE_STOP.search(text, max(0, m.start() - 6), m.start() + 1)]
    if not stops:
        return None
    first = stops[0]
    if line(text[: first.start() + 1]) is not None:
        return first.start() + len(first.group(0).rstrip()), first.end(), False
    for m in reversed(stops[-3:]):
        if line(text[m.end():]) is not None:
            return m.start() + len(m.group(0).rstrip()), m.end(), False
    return None


def split(text: str, units: list[Unit], split_units: Callable[..., list[Unit]]) -> list[Unit]:
    """noise._split_units over the kept lines whose last sentence is a sign-off or a
    hand-over; the cut-off line is marked by noise._classify (``line``)."""
    return split_units(text, units, lambda u: _cut(u.text) if u.kind is None else None)
