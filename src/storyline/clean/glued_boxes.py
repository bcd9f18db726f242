"""A page's boxes and captions run into the sentence after them, and a programme's or blog's
lines at its foot (round sixty, issue 16; seed 175 bpoil_bbc K7, K8, K9, K11, K12, B10).

The BBC's pages saved as text (Timeline17: one sentence a line, tokenised) print a caption, a
programme's promo or a figures box with no full stop, so the line's next sentence runs on
after it. Four shapes are read here, each by a signal of its own; nothing inside a sentence is
cut, and every cut leaves a whole sentence after it (five words at least) or nothing:

- a programme's broadcast slot (``split``): a title, a channel (data/broadcast_slots.txt), a
  day and month and a clock time with its zone, then maybe its "Then available ... below",
  opening the line ("BP - In Deep Water, BBC One, Monday, 21 June at 2030BST Then available in
  the UK via the link below Henry Waxman, ... has accused ..."). The title may hold no lower-case
  word but a title's small words, so a sentence naming a slot ("The film, shown on BBC One on
  Monday, 21 June at 2030BST, drew ...") is never one;
- a figures box closing on its data credit (``split``): two "label: value" pairs or more, each
  value with a figure, then "Data:" or "Source:", the source and "as of <date>", opening the
  line ("Share price lowest point (on 25 June): 296p ... Data: Bloomberg as of 6 July 2010 Or
  alternatively ..."). Prose gives a figure's source as a clause, not as a label and a colon
  after labelled figures;
- a caption over a sentence that opens with a capitalised subordinator and names the caption's
  subject again (``split``): "Mr Svanberg is coming under increasing pressure While Tony Hayward
  has been ..., chairman Carl-Henric Svanberg is ...". The existing seam rules abstain before a
  subordinator (a sentence that lost its stop goes on with "If ..." as often as a caption does,
  noise._split_function_word_seams); the second signal here is the name: one sentence does not
  name its subject again in a clause after it with no conjunction (it says "he"). The caption
  (L) is one short clause with a name as its subject, no punctuation, ending on a noun; the
  sentence (R) a whole clause with the same surname in it;
- a programme's standfirst as the text's first line (``mark``): "<programme>'s <reporter> tells
  the story of ..." (present tense, a clip's verbs), and a line right after it opening on the
  programme's name and such a verb ("Panorama examines ..."): the page's promotion, which the
  brief took as a news sentence (B10);
- a blog's "on air" schedule box (``mark``), a programme's tagline and a video's caption closing the page
  (``mark_foot``, data/foot_widgets.txt): read in the page's foot only (the run of lines after the
  story's last kept line), the schedule anywhere.

No library reads page furniture in plain text; these are the broadcasters' layouts, read by
regexes and the parser noise.py already loads. Census: see the commit message (round sixty).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import lexicon
from . import broadcast, dateline, runin

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

SLOT_REASON = "promo: a programme's broadcast slot (title, channel, day and time) run into the sentence after it"
DATA_BOX_REASON = "caption: a figures box ('label: value' lines and its 'Data:' credit) run into the sentence after it"
NAMED_AGAIN_REASON = ("caption: a caption with no full stop run into a sentence that opens with a capitalised "
                      "subordinator and names the caption's subject again")
STANDFIRST_REASON = "promo: a programme's standfirst ('<programme>'s <reporter> tells the story of ...')"
FOOT_REASONS = {
    "schedule": "promo: a blog's or programme's on-air schedule and feeds box",
    "tagline": "promo: a programme's tagline (what it is and who hosts it) at the page's foot",
    "clip": "caption: a video's caption (the outlet's reporter spoke to someone) closing a page that carries no clip",
}

REST_WORDS = 5  # the sentence after a cut: five words at least
SEAM_WORDS = 17  # a caption before a subordinator: at most this many words
SEAM_MIN_WORDS = 4
PROGRAMME_LINES = 3  # the lines under a programme's standfirst read for its name and a clip's verb
_WORDS = re.compile(r"[A-Za-z0-9][\w'’-]*")


@functools.cache
def _table(code: str) -> tuple[str, ...]:
    return tuple(v.strip() for k, v in lexicon.rows("clean/broadcast_slots.txt") if k.strip() == code)


@functools.cache
def _slot() -> re.Pattern:
    chans = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_table("channel"), key=len, reverse=True))
    zones = "|".join(_table("zone"))
    day = rf"(?:\d{{1,2}}\s+{dateline.MON}|{dateline.MON}\s+\d{{1,2}})(?:\s*,?\s*(?:19|20)\d\d)?"
    return re.compile(
        rf"^(?P<title>[^.!?\"“”:;]{{1,80}}?)\s*,?\s+(?:(?:on|at)\s+)?(?:{chans})\s*,?\s+(?:{dateline.WD}\s*,?\s+)?{day}\s*,?\s+"
        rf"(?:at\s+|from\s+)?\d{{1,2}}[:.]?\d{{2}}\s*(?:{zones})\b\s*\.?")


@functools.cache
def _slot_after() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(r"\s*" + p) for p in _table("after"))


@functools.cache
def _small() -> frozenset[str]:
    return frozenset(_table("small"))


def _title_words(title: str) -> bool:
    """A programme's title: no lower-case word but a title's small words."""
    small = _small()
    return all(w[0].isupper() or w[0].isdigit() or w in small for w in _WORDS.findall(title))


def _rest_is_sentence(rest: str) -> bool:
    """Nothing after the cut, or a sentence opening with a capital (or a quote mark)."""
    rest = rest.strip()
    return not rest or (rest[0].isupper() or rest[0] in "\"“‘") and len(_WORDS.findall(rest)) >= REST_WORDS


def slot_cut(line: str) -> int | None:
    """Where the sentence after a broadcast slot opening ``line`` starts (the line's length when
    the slot is the whole line), or None."""
    m = _slot().match(line)
    if m is None or not _title_words(m.group("title")):
        return None
    end = m.end()
    for rx in _slot_after():
        if (a := rx.match(line, end)) is not None:
            end = a.end()
            break
    return end if _rest_is_sentence(line[end:]) else None


# two "label: value" pairs (a figure in the value), then the box's credit and its date
_PAIR = re.compile(r"[A-Za-z][^:.!?\"“”]{1,60}?\s*:\s*[^:!?\"“”]{0,12}?\d")
_DATA_CREDIT = re.compile(rf"\b(?:Data|Source|Sources)\s*:\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}}\s+as\s+(?:of|at)\s+"
                          rf"(?:\d{{1,2}}\s+{dateline.MON}(?:\s+(?:19|20)\d\d)?|{dateline.MON}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?)")
_STOP = re.compile(r"[.!?][\"”’)]?\s")


def data_box_cut(line: str) -> int | None:
    """Where the sentence after a figures box opening ``line`` starts, or None."""
    m = _DATA_CREDIT.search(line)
    if m is None or m.start() == 0:
        return None
    head = line[:m.start()]
    if _STOP.search(head) or len(_WORDS.findall(head)) > 60 or len(_PAIR.findall(head)) < 2:
        return None
    return m.end() if _rest_is_sentence(line[m.end():]) else None


@functools.cache
def _subordinators() -> frozenset[str]:
    return frozenset(lexicon.words("clean/seam_subordinators.txt"))


_PLAIN = re.compile(r"^(?:[A-Za-z][a-z'’-]*|[A-Z]{2,5})$")  # a word, or an acronym ("the US media")


def _subject_surname(left) -> str | None:
    """L's root subject when it is a name: its last word ("Mr Svanberg" -> "Svanberg")."""
    from .noise import _finite

    sents = list(left.sents)
    if len(sents) != 1:
        return None
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX") or not _finite(root) and not any(c.dep_ == "aux" and _finite(c) for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
    if subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper() or len(subj.text) < 3:
        return None
    last = left[-1]
    if last.pos_ not in ("NOUN", "PROPN") and not (last.pos_ == "ADJ" and last.dep_ in ("pobj", "dobj", "attr")):
        return None
    if runin.stranded_preposition(left):
        return None
    return subj.text


def _named_again_cut(line: str) -> int | None:
    from .noise import _parser, _sentences, _whole_clause_after

    toks = list(re.finditer(r"\S+", line))
    for i in range(SEAM_MIN_WORDS, min(len(toks) - REST_WORDS, SEAM_WORDS) + 1):
        p, w = toks[i - 1].group(0), toks[i].group(0)
        if not _PLAIN.match(p):
            return None  # L has no punctuation, no figure: a caption's one plain clause
        if w not in _subordinators():
            continue
        if not p[:1].islower():
            return None  # a name before the seam: left to the name-end rules
        nlp = _parser()
        surname = _subject_surname(nlp(line[:toks[i].start()].rstrip()))
        if surname is None:
            return None
        sents = _sentences(line[toks[i].start():])
        right_text = sents[0] if sents else line[toks[i].start():]
        if len(_WORDS.findall(right_text)) < REST_WORDS or not re.search(rf"\b{re.escape(surname)}\b", right_text[len(w):]):
            return None
        return toks[i].start() if _whole_clause_after(nlp(right_text)) else None
    return None


def split(text: str, units: list[Unit]) -> list[Unit]:
    """Cut a broadcast slot, a figures box or a named-again caption off the sentence it runs into."""
    from .noise import _parsed_as_english, _split_marked

    # (a whole line that is the slot is marked by ``mark``)
    units = _split_marked(text, units, functools.partial(_cut, find=slot_cut), "promo", SLOT_REASON)
    units = _split_marked(text, units, functools.partial(_cut, find=data_box_cut), "caption", DATA_BOX_REASON)
    if _parsed_as_english(text):
        units = _split_marked(text, units, functools.partial(_cut, find=_named_again_cut), "caption", NAMED_AGAIN_REASON)
    return units


def _cut(u: Unit, find: Callable[[str], int | None]) -> tuple[int, int, bool] | None:
    if u.kind is not None or u.bullet:
        return None
    at = find(u.text)
    if at is None or at >= len(u.text.rstrip()):
        return None
    return len(u.text[:at].rstrip()), at + (len(u.text[at:]) - len(u.text[at:].lstrip())), False


@functools.cache
def _foot_rules() -> tuple[tuple[str, re.Pattern], ...]:
    nets = broadcast.networks()
    return tuple((code.strip(), re.compile(rx.strip().replace("{NET}", f"(?:{nets})")))
                 for code, rx in lexicon.rows("clean/foot_widgets.txt"))


def foot_kind(line: str) -> str | None:
    """The code of data/foot_widgets.txt whose shape ``line`` is, or None."""
    body = " ".join(line.split())
    return next((code for code, rx in _foot_rules() if rx.match(body)), None)


# a programme's standfirst: "<programme>'s <reporter> <verb>", the reporter's name two or three
# capitalised words, the verb a clip's present (a fronted phrase before it, after a comma)
_CLIP_VERBS = r"(?:tells\s+the\s+story\s+of|investigates|examines|explores|uncovers|reports\s+on|looks\s+at)"
_STANDFIRST = re.compile(r"(?:^|,\s+)(?P<prog>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:[a-z]+\s+){0,2}"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+" + _CLIP_VERBS + r"\b[^\"“”]*$")
# the verbs of a line under the standfirst that opens on the programme's name ("Panorama examines ...")
_PROGRAMME_VERBS = r"\s+(?:tells|investigates|examines|explores|uncovers|reports|looks|asks)\b"


def mark(units: list[Unit]) -> None:
    """Mark the programme's standfirst and the page foot's widgets (see the module's doc)."""
    from .noise import _mark

    live = [u for u in units if u.kind is None and not u.bullet]
    for u in live:
        line = " ".join(u.text.split())
        if slot_cut(line) == len(line):
            _mark(u, "promo", SLOT_REASON)
        elif foot_kind(line) == "schedule":
            _mark(u, "promo", FOOT_REASONS["schedule"])
    first = next((u for u in units if u.kind is None and u.prose), None)
    if first is not None and (m := _STANDFIRST.search(" ".join(first.text.split()))) and first.words <= 60:
        _mark(first, "promo", STANDFIRST_REASON)
        after = [u for u in units if u.start > first.start and u.kind is None][:PROGRAMME_LINES]
        named = re.compile(re.escape(m.group("prog")) + _PROGRAMME_VERBS)  # once, not per line
        for v in after:
            if named.match(v.text.strip()):
                _mark(v, "promo", STANDFIRST_REASON)


def mark_foot(units: list[Unit]) -> None:
    """Mark the page foot's programme tagline and video caption (data/foot_widgets.txt): the
    kept lines after the story's last one, read once every other rule has marked the foot."""
    from .noise import _mark

    for u in reversed(units):
        if u.kind is not None:
            continue
        code = foot_kind(u.text)
        if code is None:
            break  # the story's last kept line: the foot ends here
        _mark(u, "caption" if code == "clip" else "promo", FOOT_REASONS[code])
