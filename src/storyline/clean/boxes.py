"""A page's boxes run into the article (round twenty-eight, issue 16).

BBC copy saved as text keeps what the page printed beside the story: a fact box under a
heading in capitals ("<TOPIC> - THE BASICS", "SYMPTOMS - WHAT TO DO") whose short lines
have no stop, so that they run into the next sentence of the article, and the help notes
of a media player or a document link ("Visit <site> for full instructions.", "If you're
reading via RSS, you'll need to visit the blog ...", a PDF link's note
that the visitor's computer opens the file but may need a reader program), the last run
into the sentence after it. The in-sample audits (H1N1_bbc seeds 79 and 89, bpoil_bbc) judged both kept as
noise. No library marks a web page's boxes in plain text (the page extractors work on
the HTML the corpus no longer has), so the layout's own traces are read here.

The rules, each abstaining where an article sentence could be cut:

- ``split_help_notes``: a line that opens with a help note (data/help_notes.txt: the
  note's whole shape, a notice addressed to the visitor about the player, the feed or the
  document, never a sentence an article writes) is cut: the whole line when the note is
  all of it, else the note alone when a sentence opens right after it (a capital, then
  at least ``_REST_WORDS`` words). A line that goes on with anything else stays whole.
- ``split_headed_boxes``: a heading in capitals (three words or more, as
  noise._split_caps_headings reads one: on its own line, or inside a line after a
  lower-case word) followed by the box's lines: the first sentence after the heading
  runs at least ``_BOX_SEAMS`` seams without a stop, a seam being a lower-case word that
  is no function word (a line of a box ends on a content word: "... sneezing advised")
  then a capitalised word, each piece between seams ``_PIECE_WORDS`` words. The box ends
  at its last strong seam (the capitalised word a function word or a sentence opener,
  data/sentence_openers.txt: "The", "If", "In"; a name after a lower-case word may be the
  sentence's own: "on Tuesday", "of Mexico"), and the rest must read as one whole clause
  of ``_REST_WORDS`` words or more (its subject and finite verb). Quote marks in the box
  (the seam may be inside someone's words) or a stop before the seams leave the line
  whole: a heading in capitals over prose is a crosshead, left to noise._caps_crossheads.
  The heading and the box are cut (kind caption); words before the heading on its line
  stay.

noise.clean_text calls these; they split and mark its units (noise.Unit).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import lexicon
from . import runin

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

HELP_REASON = "boilerplate: a media player's or a document link's help note addressed to the visitor"
BOX_REASON = "caption: a fact box (a heading in capitals over short lines with no stop) run into the sentence after it"

_REST_WORDS = 6
_BOX_SEAMS = 2
_PIECE_WORDS = (3, 30)
_TOKEN = re.compile(r"\S+")
_WORD = runin.ARTICLE_WORD
# a heading in capitals: three to twelve words in capitals (a dash or a colon may stand
# between them), at the line's start or after a lower-case word, then a capitalised word
# with a lower-case letter (the box's first line)
_HEADING = re.compile(
    r"(?:^|(?<=[a-z]\s))(?P<h>[A-Z][A-Z'’&]*(?:\s+(?:[A-Z][A-Z'’&]*|[-–—:]))*\s+[A-Z][A-Z'’&?]*)\s+(?=[A-Z][a-z])"
)
# a heading in capitals alone on its line (noise._split_caps_headings cut it off the box)
_HEADING_LINE = re.compile(r"^[A-Z][A-Z'’&]*(?:\s+(?:[A-Z][A-Z'’&]*|[-–—:]))+\??$")
_CAPITALISED = re.compile(r"^[A-Z][a-z'’-]+[,;:]?$")
_LOWER = re.compile(r"^[a-z][a-z'’-]*$")
_QUOTE_MARK = re.compile(r"[\"“”‘`]|(?<!\w)'|'(?!\w)")
_STOP = re.compile(r"[.!?][\"”’)]*(?:\s|$)")


@functools.cache
def _help_notes() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rx, re.IGNORECASE) for rx in lexicon.lines("clean/help_notes.txt"))


def help_note_cut(line: str) -> int | None:
    """Where the help note opening ``line`` ends, when it is the whole line or a sentence
    starts right after it (the offset of that sentence), else None. The whole line: its
    length."""
    for rx in _help_notes():
        m = rx.match(line)
        if m is None:
            continue
        rest = line[m.end():]
        if not rest.strip(" .!"):
            return len(line)
        rest = rest.lstrip(" .")
        if rest[:1].isupper() and len(_WORD.findall(rest)) >= _REST_WORDS:
            return len(line) - len(rest)
    return None


def split_help_notes(text: str, units: list[Unit]) -> list[Unit]:
    from .noise import _mark, _split_units

    def cut_of(u: Unit) -> tuple[int, int, bool] | None:
        if u.kind is not None:
            return None
        at = help_note_cut(u.text)
        if at is None or at >= len(u.text):
            return None
        return len(u.text[:at].rstrip()), at, False

    out = _split_units(text, units, cut_of)
    for v in out:
        if v.kind is None and help_note_cut(v.text) == len(v.text):
            _mark(v, "boilerplate", HELP_REASON)
    return out


def _heading_ok(h: str) -> bool:
    from .noise import _heading_words

    return _heading_words([w for w in h.split() if w[:1].isalpha()])


def _seams(sentence: str, stop: frozenset[str], openers: frozenset[str]) -> list[tuple[int, bool]]:
    """The box seams of ``sentence``: (offset of the capitalised word, whether it is strong)."""
    from .noise import _CALENDAR

    out = []
    toks = list(_TOKEN.finditer(sentence))
    for i in range(1, len(toks)):
        p, w = toks[i - 1].group(0), toks[i].group(0)
        if not _LOWER.match(p) or p in stop or not _CAPITALISED.match(w) or _CALENDAR.match(w.rstrip(",;:")):
            continue
        bare = w.rstrip(",;:")
        out.append((toks[i].start(), bare.lower() in stop or bare in openers))
    return out


def box_end(body: str, stop: frozenset[str], openers: frozenset[str], whole_clause) -> int | None:
    """Where the box at the start of ``body`` (the text under its heading) ends: the offset
    of the sentence it runs into, or None when the box shape is not there."""
    m = _STOP.search(body)
    first = body[: m.start() + 1] if m else body
    seams = _seams(first, stop, openers)
    if len(seams) < _BOX_SEAMS or not any(strong for _, strong in seams):
        return None
    bounds = [0, *(at for at, _ in seams), len(first)]
    if any(not (_PIECE_WORDS[0] <= len(_WORD.findall(first[a:b])) <= _PIECE_WORDS[1]) for a, b in zip(bounds, bounds[1:-1])):
        return None  # a piece of the box too short (a name cut) or too long (a sentence)
    at = max(at for at, strong in seams if strong)
    if _QUOTE_MARK.search(first[:at]) or len(_WORD.findall(first[at:])) < _REST_WORDS:
        return None
    if sum(1 for s_at, _ in seams if s_at < at) + 1 < _BOX_SEAMS:
        return None  # the box's lines: at least two before the sentence
    return at if whole_clause(first[at:]) else None


def split_headed_boxes(text: str, units: list[Unit]) -> list[Unit]:
    from .noise import _complete_after, _mark, _openers, _parsed_as_english, _parser, _split_units, english_stopwords

    cands = [u for u in units if u.kind is None and _HEADING.search(u.text)]
    alone = [u for u in units if u.kind is None and _HEADING_LINE.match(u.text.strip())]
    if not (cands or alone) or not _parsed_as_english(text):
        return units
    stop, openers = english_stopwords(), _openers()
    nlp = _parser()

    def whole(s: str) -> bool:
        return _complete_after(nlp(s))

    box_starts: set[int] = set()  # absolute offsets where a heading and its box begin
    box_ends: dict[int, int] = {}  # unit start -> offset (in its text) of the sentence after the box
    by_index = {u.index: u for u in units}
    for u in cands:
        for m in _HEADING.finditer(u.text):
            if not _heading_ok(m.group("h")):
                continue
            body_at = m.end()
            if u.text[body_at:].strip() == "":
                continue
            at = box_end(u.text[body_at:], stop, openers, whole)
            if at is not None:
                box_starts.add(u.start + m.start())
                box_ends[u.start] = body_at + at
                break
    # the heading on a line of its own, its box on the next line
    for u in alone:
        nxt = by_index.get(u.index + 1)
        if nxt is None or nxt.kind is not None or nxt.start in box_ends:
            continue
        if not _heading_ok(u.text):
            continue
        at = box_end(nxt.text, stop, openers, whole)
        if at is not None:
            box_starts.update((u.start, nxt.start))
            box_ends[nxt.start] = at

    def end_cut(u: Unit) -> tuple[int, int, bool] | None:
        at = box_ends.get(u.start)
        return None if at is None or u.kind is not None else (len(u.text[:at].rstrip()), at, False)

    def start_cut(u: Unit) -> tuple[int, int, bool] | None:
        inside = [s for s in box_starts if u.start < s < u.end]
        if not inside or u.kind is not None:
            return None
        return len(u.text[: inside[0] - u.start].rstrip()), inside[0] - u.start, False

    out = _split_units(text, _split_units(text, units, end_cut), start_cut)
    for v in out:
        if v.start in box_starts and v.kind is None:
            _mark(v, "caption", BOX_REASON)
    return out
