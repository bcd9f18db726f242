"""Dated picture captions anywhere in a text, and the credits and bylines glued around
them (round twenty-five, 25k; issues 16 and 23).

A news site's picture gallery prints each picture's caption as a line that opens with
the picture's date and a colon and tells what the picture shows, in the present tense
("June 2: Crews lower a dome over the broken pipe."), often under or over a credit
("AP", "(AP)", "AFP/Getty Images"). Saved as text, the gallery's lines stand at the
text's opening, in the middle of it or at its end. Round thirteen (16w,
``noise._split_dated_captions``) cuts a credited run at the opening and round
twenty-four (24n, ``noise._lone_dated_caption``) one uncredited caption at the
opening; this module reads the same shape wherever it stands, by what the line says
(``dated_captions``):

- a kept line that opens with a date label (or a weekday's, "Wednesday:") and a colon,
  after a picture credit or not,
  one sentence of at most 60 words, and reads as a caption: noise's
  ``_reads_as_caption`` (its own opening, "In this photo ...", or one present-tense
  clause with a noun subject), or a verb of saying with nothing said
  ("Mayor Jane Roe speaks from her office", "Roe testifies before the panel": the
  picture shows a speaker; "Roe says the spill ..." says something, and
  stays);
- or, with an agency credit opening the line after it, a noun phrase with no finite verb
  ("Saturday: The yacht Blue Star, owned by Jane Roe, seen near Port Ellery." over "AP <lead>");
  a line right under such a caption naming who is pictured ("Pictured, from left, are
  ...") goes with it;
- or the only such line of the text, standing last under the story (a gallery's teaser
  line left at the foot, whatever its tense).

One dated line alone inside the story, with no agency credit opening the line after it, is
the article's and stays (round thirteen's twin, tests/test_clean_pull_quotes_round13.py): a
caption alone stands at the text's opening or its foot, or by its credit.
A chronology is no gallery and stays: a text with more than three dated lines, a run of
two or more whose dates go forward (a timeline runs forward; a gallery prints its
newest picture first), a line in the past tense anywhere but last, a line with two
sentences, a caption over a wire credit in the opening (24n's reading takes it). A story must stand beside the captions (three kept lines of prose at least).

Then two glued credits and a byline, split off their line:

- the wire credit run into the line after a dated caption ("AP Roe's visit
  came ..."): a bare agency name (photo_agencies.tsv's ``credit`` role) before a
  capitalised word, in the line right after a caption cut here or by 16w/24n;
- a picture agency that prints no datelines run into a wire dateline ("Getty PORT
  ELLERY -- ..."): the dateline code takes "AP PORT ELLERY --" whole as an agency's
  dateline, and a picture credit before it is split off so the dateline code finds its
  own ("PORT ELLERY --"); the agencies: photo_agencies.tsv's role ``picture_only``;
- a byline "by: Jane Roe" run into the lead (a timestamp and "|" before it, cut by the
  dateline code): the two words of the name (a middle initial allowed) are cut when the
  lead after them opens a sentence (a listed sentence opener, a word no name goes on with,
  or the parse gives the rest a subject starting at its first word, with a lower-case
  word in it); otherwise the line is left whole.

Measured over the 2,148 Timeline17 dev texts but the held-out topics, both forms: see
bench/RESULTS.md (round twenty-five, 25k). No library marks captions in plain text; the
tagger and parser noise.py already loads read the clauses.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import lexicon
from . import dateline

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

CAPTION_REASON = "caption: a picture's dated caption (a date and a colon, what the picture shows) in the text"
TEASER_REASON = "caption: a dated teaser or caption line alone at the foot of the story"
CREDIT_REASON = "caption: a picture credit run into the line after a dated caption or before a dateline"
BYLINE_REASON = "byline: 'by: <name>' run into the lead"
TITLED_BYLINE_REASON = "byline: 'By <name> <role>, <desk>' run into the lead"

MAX_WORDS = 60
MAX_DATED = 3  # more dated lines than this: a chronology
STORY_LINES = 3
# a date label and its colon ("June 2:", "Aug. 3, 2010:"), the line's head
# or a weekday's ("Wednesday: <who> meet with ...")
_LABEL = re.compile(r"(?:(?P<month>" + dateline.MON + r") (?P<day>\d{1,2})(?:, (?:19|20)\d\d)?|(?P<wd>" + dateline.WD
                    + r")) ?: (?=[A-Z\"“])")
# a caption's second line naming who is pictured
_PICTURED = re.compile(r"^(?:Pictured|Shown|From left|Left to right)\b")
_BYLINE = re.compile(r"^[Bb]y ?: ?(?P<name>[A-Z][a-z'’-]+(?: [A-Z]\.)? [A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?)(?P<gap>\s+)(?=[A-Z\"“])")
_NOT_IN_NAME = frozenset({"IN", "DT", "PRP", "PRP$", "VBG", "WRB", "WP", "CC", "EX"})


@functools.cache
def _credit_head() -> re.Pattern:
    """A bare agency credit opening a line before a capitalised word ("AP ", "(AP) ")."""
    from .noise import _agencies

    return re.compile(r"^\(?(?:" + _agencies("credit") + r")\)?\s+(?=[A-Z\"“])")


@functools.cache
def _picture_only() -> re.Pattern:
    """A picture agency that prints no datelines, before a wire dateline in capitals and its dash."""
    names = [re.escape(n) for n, roles in lexicon.rows("clean/photo_agencies.tsv")
             if "picture_only" in {r.strip() for r in roles.split(",")}]
    return re.compile(r"^(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\s+(?=[A-Z][A-Z.,'’ ]{2,40}? (?:--|—) )")


def _label(line: str) -> re.Match | None:
    """The date label opening ``line``, after a bare picture credit ("AP July 12: ...") or not."""
    from .noise import _gallery_credit

    m = _gallery_credit().match(line)
    return _LABEL.match(line, m.end() if m else 0)


def _order(m: re.Match) -> tuple[int, int, int]:
    """(0, month, day) for a date label, (1, weekday, 0) for a weekday's (the numbers are
    the normaliser's, as dateline reads them)."""
    if m.group("wd"):
        return 1, dateline._WEEKDAYS[m.group("wd")[:3].lower()], 0
    return 0, dateline._MONTHS[m.group("month")[:3].lower()], int(m.group("day"))


def _shows_a_speaker(line: str) -> bool:
    """One present-tense clause whose verb is one of saying with nothing said: the picture
    shows someone speaking ("Jane Roe speaks from her office", "Roe testifies
    during a hearing"); "says the spill ..." (a clause or an object said) is not."""
    from .noise import _PRESENT, _SUBJECTS, _parser, _saying_verbs

    if re.search(r"[\"“”]", line):
        return False
    sents = list(_parser()(line).sents)
    if len(sents) != 1:
        return False
    root = sents[0].root
    if root.tag_ not in _PRESENT or root.lemma_.lower() not in _saying_verbs():
        return False
    kids = list(root.children)
    if not any(c.dep_ in _SUBJECTS and c.pos_ != "PRON" for c in kids):
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "parataxis") or c.tag_ == "MD" for c in kids)


def reads_as_caption(line: str) -> bool:
    """What follows the date label reads as a picture's caption (see the module's doc)."""
    from .noise import _reads_as_caption

    return _reads_as_caption(line) or _shows_a_speaker(line)


def dated_captions(units: list[Unit]) -> None:
    """Mark the dated caption lines of the kept text (see the module's doc)."""
    from .noise import _sentences

    live = [u for u in units if u.kind is None]
    dated = [(i, m) for i, u in enumerate(live) if (m := _label(u.text)) is not None]
    if not dated or len(dated) > MAX_DATED:
        return
    if sum(1 for u in live if u.prose and _label(u.text) is None) < STORY_LINES:
        return  # no story beside them: a list or a note
    runs: list[list[tuple[int, re.Match]]] = []
    for i, m in dated:
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, m))
        else:
            runs.append([(i, m)])
    last = len(live) - 1
    # a caption over a wire credit opening the lead ("AP2010 <lead>") in the text's opening is
    # round twenty-four's (noise._captions_above_line_credits, which reads the opening's
    # units only), which takes its second line too (a second line of the
    # caption): left to it
    from .noise import _LINE_CREDIT_OPENING, _LINE_CREDIT_REASON

    credit_at = [k for k, u in enumerate(units[:_LINE_CREDIT_OPENING]) if u.reason == _LINE_CREDIT_REASON]
    at = {id(u): k for k, u in enumerate(units)}
    for run in runs:
        orders = [_order(m) for _, m in run]
        if len(run) > 1 and len({o[0] for o in orders}) == 1 and all(a < b for a, b in zip(orders, orders[1:], strict=False)):
            continue  # dates going forward: a chronology's entries
        for i, m in run:
            u = live[i]
            if any(0 < k - at[id(u)] <= 2 for k in credit_at):
                continue
            body = u.text[m.end():].strip()
            if u.words > MAX_WORDS or len(_sentences(body)) != 1:
                continue
            nxt = live[i + 1] if i < last else None
            credited = nxt is not None and _credit_head().match(nxt.text) is not None
            if len(run) == 1 and 0 < i < last and not credited:
                continue  # one dated line inside the story, no credit by it: the article's (round thirteen's twin)
            if reads_as_caption(body) or (credited and _verbless(body)):
                mark(u, CAPTION_REASON)
                if nxt is not None and _PICTURED.match(nxt.text) and nxt.words <= MAX_WORDS:
                    mark(nxt, CAPTION_REASON)  # "Pictured, from left, are ...": the caption's second line
            elif i == last and len(dated) == 1:
                mark(u, TEASER_REASON)


def _verbless(body: str) -> bool:
    """No finite verb in it ("The yacht Blue Star, owned by Jane Roe, seen near Port Ellery."): a
    caption's noun phrase, read as one only with a credit on the line after it."""
    from .noise import _FINITE_TAGS, _parser

    return not any(t.tag_ in _FINITE_TAGS for t in _parser()(body))


def mark(u: Unit, reason: str) -> None:
    from .noise import _mark

    _mark(u, "caption", reason)


def split(text: str, units: list[Unit]) -> list[Unit]:
    """Split off the credits glued to a line (see the module's doc); the dated captions are
    marked first (their neighbours are the credits' evidence)."""
    from .noise import _split_marked

    dated_captions(units)
    after: set[int] = set()  # starts of the kept units right after a caption
    prev_caption = False
    for u in units:
        if u.kind is None:
            if prev_caption:
                after.add(u.start)
            prev_caption = False
        elif u.kind == "caption":
            prev_caption = _label(u.text) is not None or u.reason.startswith("caption: a picture gallery")

    def credit_cut(u: Unit) -> tuple[int, int, bool] | None:
        if u.kind is not None:
            return None
        m = _picture_only().match(u.text)
        if m is None and u.start in after and not dateline.credit_dateline(u.text):
            m = _credit_head().match(u.text)
        if m is None or len(u.text[m.end():].split()) < 6:
            return None
        return len(u.text[:m.end()].rstrip()), m.end(), True

    return _split_marked(text, units, credit_cut, "caption", CREDIT_REASON)


def split_bylines(text: str, units: list[Unit]) -> list[Unit]:
    """Split off a byline "by: <name>" run into the lead (see the module's doc); after the
    dateline code, which cuts the timestamp printed before it."""
    from .noise import _split_marked

    out = _split_marked(text, units, _byline_cut, "byline", BYLINE_REASON)
    return _split_marked(text, out, _titled_byline_cut, "byline", TITLED_BYLINE_REASON)


@functools.cache
def _titled_byline() -> re.Pattern:
    """The titled byline's shape, built from data/byline_desks.txt (round twenty-seven): "By",
    a name of two or three capitalised words, up to three words of title and a role noun, a
    comma, a desk, then the lead opening on a capital or a quote mark. Nothing else may stand
    between the desk and the lead: a place after a comma ("BBC News, Houston <lead>") cannot
    be told from the lead's first name, so that line is left whole."""
    rows = [line.split(None, 1) for line in lexicon.lines("clean/byline_desks.txt")]
    roles = "|".join(re.escape(w) for k, w in rows if k == "role")
    desks = "|".join(re.escape(w) for w in sorted((w for k, w in rows if k == "desk"), key=len, reverse=True))
    return re.compile(r"^By (?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}) (?:[A-Za-z-]+ ){0,3}?(?i:" + roles
                      + r")s?, (?P<desk>" + desks + r")(?P<gap>\s+)(?=[A-Z\"“])")


def _titled_byline_cut(u: Unit) -> tuple[int, int, bool] | None:
    """A titled byline at a unit's start, "By Jane Roe Business reporter, BBC News <lead>": the
    outlet's own credit line, saved run into the lead (26 bpoil_bbc dev texts kept it). The
    name, the role noun and the fixed desk together are the evidence; a sentence ("By
    Tuesday the reporters, BBC News said, ...") has no name and role before a desk."""
    if u.kind is not None:
        return None
    m = _titled_byline().match(u.text)
    if m is None or len(u.text[m.end():].split()) < 6:
        return None
    if re.fullmatch(r"[^.!?]+\?\s*", u.text[m.end():]):
        return None  # a question alone after it: a headline the title rule reads with the line, left to it
    return m.end("desk"), m.end(), False


def _byline_cut(u: Unit) -> tuple[int, int, bool] | None:
    from .noise import _SUBJECTS, _openers, _parser

    if u.kind is not None:
        return None
    m = _BYLINE.match(u.text)
    if m is None:
        return None
    rest = u.text[m.end():]
    if len(rest.split()) < 6:
        return None
    first = rest.split()[0].strip("\"“")
    if first not in _openers():
        # a word no name goes on with (a preposition, a determiner, a pronoun, an -ing form:
        # "Across the Gulf ...", "Passing around ..."), or a sentence whose subject starts there
        # (with a common noun in it: "Harbour towns have ..."; a subject all in capitals,
        # "Roe Smith said ...", may be the name's own tail)
        doc = _parser()(rest)
        root = next(iter(doc.sents)).root
        subject = any(c.dep_ in _SUBJECTS and c.left_edge.i == 0 and any(t.is_lower for t in c.subtree) for c in root.children)
        if doc[0].tag_ not in _NOT_IN_NAME and not subject:
            return None  # the name may go on ("by: Mary Ann Roe ..."): left whole
    return m.end("name"), m.end(), False
