"""Distances between places (issue 20, item 5, round forty-three): "Leogane, 30 miles west
of the capital", "the mall in Hyannis, about 20 miles from the base". A length in miles or
kilometres (data/distance_subjects.tsv) followed by a direction and "of", or by "from" or
"away", is a distance: its measure is "distance" when no rule named one. When the figure
stands right after a comma that closes a place's name (a mention the recogniser types as a
place), the distance is that place's: the comma sets the distance beside the name as an
aside on it. Anything else before the figure ("a key town 25 miles west of Baghdad", "it is
30 miles from ...") leaves the subject to the other rules, or open.

Round forty-seven: a distance set right after a noun, a comma, a bracket or a dash ("In the
town of Baquba, 40 miles north of the capital, a gunman ...", "from the well, 50 miles off
the coast", "a secured area 5 miles east of the city") tells where that noun's thing is, not
where the clause's subject is: a subject another rule took from the clause ("a gunman", "the
plane") is taken back unless it is the very phrase the distance stands after.

Written here: the parse hangs such an aside on the clause's verb, so the rules that read the
figure's own phrase find nothing."""

from __future__ import annotations

import functools
import re

from .. import lexicon as lexicon_file
from ..types import FigureItem, Mention
from . import gazetteer

_DATA = "analyse/distance_subjects.tsv"
_POINTS = r"(?:north|south|east|west)"
# after the unit word: "west of", "south-west of", "due north of", "from", "away from", "away"
_AFTER = re.compile(rf"\s+(?:(?:due\s+)?{_POINTS}(?:[- ]?{_POINTS})?\s+of\b|(?:away\s+)?from\b|away\b)", re.I)
# "50 miles off the coast": where a thing lies too; read only to take a clause's subject back
# (a length cut off something, "shaved 2 miles off the route", is no distance, so no measure)
_OFF = re.compile(r"\s+off\s+(?:the\s+)?[A-Z\w]", re.I)
# a phrase the distance is set after as an aside on it: a comma, an opening bracket or a dash
_ASIDE = re.compile(r"(?:,|\(|\s[-\u2013\u2014])\s*$")


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return lexicon_file.kinds(_DATA)


def distance_unit(unit: str | None) -> bool:
    """Is ``unit`` a length a distance is told in (data/analyse/distance_subjects.tsv ``unit``)?"""
    return (unit or "").split("/")[0] in _words().get("unit", frozenset())


def _place_ending(mentions: list[Mention], at: int, labels: frozenset[str]) -> int | None:
    """The place mention ending at ``at``, if any."""
    return next((i for i, m in enumerate(mentions) if m.end == at and m.label.lower() in labels), None)


def _subject_end(item: FigureItem, mentions: list[Mention]) -> int | None:
    if item.subject_text is not None:
        return item.subject_end
    return mentions[item.subject_mention].end if item.subject_mention is not None else None


def _lies(text: str, at: int) -> bool:
    """Does a word of where a thing lies (``lies``: "offshore", "inland") follow the unit at
    ``at`` ("the well, some 42 miles offshore")? Round fifty-four: the open sample's "Louisiana,
    the nearest state to the leaking well, some 42 miles offshore, has been ..." gave the
    clause's subject Louisiana the well's distance."""
    word = re.match(r"\s+([A-Za-z]+)\b", text[at : at + 20])
    return word is not None and word.group(1).lower() in _words().get("lies", frozenset())


def _after_another_phrase(item: FigureItem, span, mentions: list[Mention], text: str) -> bool:
    """Is the distance set right after a phrase (a noun, a comma, a bracket, a dash) that is
    not the subject another rule gave it? Then the distance is where that phrase's thing
    is ("the town of Baquba, 40 miles north of ...", "a secured area 5 miles east of ..."),
    and the clause's subject ("a gunman", "the plane") is none of its own."""
    if item.subject_mention is None and item.subject_text is None:
        return False
    before = text[: item.start]
    aside = _ASIDE.search(before)
    if aside is not None:
        end = len(before[: aside.start()].rstrip())
    else:
        sdoc = span.doc
        prev = sdoc[span.start - 1] if span is not None and span.start > 0 else None
        if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.idx + len(prev.text) > item.start:
            return False  # "was just 10 miles from", "traveled 40 miles from": the clause's own
        end = prev.idx + len(prev.text)
    if not _place_ends(end, text, mentions):
        return False  # (the review) "The ferry sank in heavy seas, about 30 miles south of ...": no place before
    own = _subject_end(item, mentions)
    return own is None or own != end  # "The town, 40 miles north of ...": the phrase itself stays


def _place_ends(end: int, text: str, mentions: list[Mention]) -> bool:
    """Does a place end at ``end``: a place or facility mention, or a noun of a place or a site
    (data/place_head_words.txt, data/facility_nouns.txt, data/analyse/site_nouns.txt: "a secured
    area", "the well", "the old fort")? A
    distance after a time or a manner phrase ("sank on Monday, 50 miles off ...", "in heavy
    seas, 30 miles south of ...") tells where the clause's own thing is."""
    if any(m.end == end and m.label in ("GPE", "LOC", "FAC") for m in mentions):
        return True
    word = re.search(r"([A-Za-z]+)\W*$", text[max(0, end - 40) : end])
    return word is not None and word.group(1).lower() in _place_nouns()


@functools.cache
def _place_nouns() -> frozenset[str]:
    return lexicon_file.words("place_head_words.txt") | lexicon_file.words("facility_nouns.txt") | lexicon_file.words("analyse/site_nouns.txt")


def fill(item: FigureItem, unit_end: int, mentions: list[Mention], text: str, span=None,
         held: set[int] | None = None) -> None:
    """Give a distance its measure, and the place named before its comma its subject."""
    words = _words()
    if item.currency is not None or (item.unit or "").split("/")[0] not in words.get("unit", frozenset()) or "/" in (item.unit or ""):
        return  # a speed ("60 miles an hour") is no distance
    if ((_AFTER.match(text, unit_end) or _OFF.match(text, unit_end) or _lies(text, unit_end))
            and _after_another_phrase(item, span, mentions, text)):
        from .figures import _hold_open  # figures imports this module: imported when first used
        _hold_open(item, held)
    if not _AFTER.match(text, unit_end):
        return  # "300 miles of booms", "ran 26 miles": a length, not how far one place is from another
    if item.measure is None:
        item.measure = next(iter(words.get("measure", frozenset())), None)
    if item.subject_mention is not None or item.subject_text is not None:
        return
    # (round forty-seven: an opening bracket sets the aside off as a comma does, "an exit in
    # Corona (about 45 miles east of ...)")
    comma = re.search(r"[,(]\s*$", text[max(0, item.start - 4) : item.start])
    if comma is None:
        return
    at = len(text[: max(0, item.start - 4) + comma.start()].rstrip())  # "Corona (": the name ends before the space
    labels = words.get("label", frozenset())
    place = _place_ending(mentions, at, labels)
    before = text[: mentions[place].start].rstrip() if place is not None else ""
    if before.endswith(","):
        # "Fulton, Mo., 130 miles east of here": the state names where the town is; the
        # distance is the town's (Tipster census, round forty-three), or open without one
        place = _place_ending(mentions, len(before[:-1].rstrip()), labels)
    if place is not None and (mentions[place].label.lower() == "loc" or gazetteer.place_kind(mentions[place].text, cities=False)):
        # (review, round forty-three) "crashed in France, 30 miles from Paris": a country, a state
        # or a region (typed LOC: "the Alps") is where the event is, not a point 30 miles from
        # another; only a town or a site takes the distance: open
        place = None
    if place is not None:
        item.subject_mention, item.subject_from = place, "phrase"
