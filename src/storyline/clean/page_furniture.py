"""Page furniture at a text's foot that the line lexicons miss (round twenty-five, 25w).

Seed 73's audit of three untuned topics found noise kept at the ends of texts: the
authors' notes under an opinion piece ("Jane Roe is senior editor at Acme Research.",
"They are co-authors of a new paper, ..."), a press release's closing block (the "SOURCE
<company>" line a release wire prints and the contact lines under it: names, telephone
numbers, e-mail addresses), a "Contact:" line, a site's product taglines printed under
every story (one of them run into the story's last line when that line had no stop), and
a closing "<Forum> is on Twitter." follow line. Each is a whole line (or, for a tagline or
a SOURCE line run into the line above, the end of one) that no lexicon line reads, because
each is ordinary prose in shape: only where it stands and what it is about tell it apart.

The rules, each abstaining where an article sentence could be cut:

- ``author_notes``: the text's last kept lines, a run of one to four, each either a note
  ("<Name> is|are <role words> ... <an organisation>": a role noun from
  data/author_roles.txt, a capitalised word after it) or, below a note, a line going on
  about the same person ("He/She/They ...", the note's name again). The person a note
  names must not be named anywhere above the run (a story's source described in its last
  line, "Roe is head of research at the bank.", was quoted above and stays), no line may
  carry a verb of saying, and at least three kept lines must stand above the run. Round
  thirty-five (issue 16, usaclean): the note's name may carry an apposition ("<Name>, a
  former envoy, is ..."), co-authors' notes may share a line (a sentence each), and a short
  note on a trade of the press may name its desk in lower case ("<Name> is editor of the
  editorial page."). Round thirty-six (issue 16, clean): the body may stand before a role
  noun that closes the note ("... is a member of Acme's Board of Contributors.", "... is a
  Cold War historian."), and a name the parse reads as a body is a person's when it opens on
  a common first name.
- ``closing_taglines`` (round thirty-five): an op-ed's career tagline as the last kept line,
  "<Name>, <a career>, taught|served ... <Place>." or, under a first-person piece, a
  lawmaker's "Rep. <Name>, D-<State>, was ...", the name not named above (round thirty-six:
  "chairs ..." too, and a piece in the first person plural, "we/our", counts).
- ``closing_promos``: "<Name> is on Twitter/Facebook." as one of the last two kept lines,
  its name not named above it (a story about a ministry joining Twitter names the
  ministry above).
- ``contact_blocks``: a "SOURCE <Company>" line (capitals as a release wire prints it)
  among the last eight kept lines with only short lines (forty words or fewer) after it,
  one of them (or the SOURCE line) carrying a telephone number, an e-mail address or a
  web address: the line and what follows it are the release's contact block. A
  "Contact:" line with a telephone number or e-mail address, anywhere, is one too.
- ``tagline_cut``: a site's tagline (data/site_taglines.txt) run into the end of a line (after a
  space, or right after a sentence's stop: round thirty-four),
  or a "SOURCE <Company>" run into a line after a web address or a sentence's stop: the
  line is cut there, and the tagline (or the SOURCE tail) becomes a unit of its own.
  ``taglines`` then marks every whole-line tagline.

- ``feed_widgets`` (round twenty-seven, 27g): a live news feed's box at the foot, told by
  its on/off switch (data/feed_switches.txt: "Auto update every minute On | Off"): the line
  that carries the switch, when the words before it on that line hold no sentence stop
  (they are the box's title, or a promo printed above it: "The latest news and comment
  from our team ...") and number at most ``_FEED_HEAD_WORDS``; with it the lines below it
  to the text's end when they are the feed's entries: at most ``_FEED_LINES`` lines of at
  most ``_FEED_LINE_WORDS`` words each. A switch after a sentence on its line, or above
  longer text, is left.

noise.py calls these (``clean_text``); they only read and mark its units.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

NOTE_REASON = "bio: an author's note closing the text ('<Name> is <role> at <organisation>')"
FOLLOW_REASON = "promo: a closing line pointing to the site's social-media account ('<Name> is on Twitter')"
CONTACT_REASON = "contact: a press release's closing block (its SOURCE line, names, numbers and addresses)"
CONTACT_LINE_REASON = "contact: a press release's contact line (a name with a number or an address)"
TAGLINE_REASON = "promo: the site's product tagline printed under every story"
FEED_REASON = "promo: a live news feed's box (its title, its 'On | Off' switch and its entries) at the text's foot"

_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
# Round thirty-two (issue 16, promo; census over the US outlets' dev texts): a note may open
# on the paper's label for it ("EDITOR'S NOTE -- Jane Roe is bureau chief for Acme Wire.",
# 1 dev text), and its name may carry a degree between commas ("Jane Roe, Ph.D., is the
# director of the Acme Lab.", 1); the note may name its author as "The writer" or "The
# author" (a paper's own form, "The writer is global editor at large for Acme Wire.", 1):
# such a note is the author's by its words, and no name is asked of it (below).
_NOTE_LABEL = r"(?:EDITOR['’]?S\s+NOTE\s*(?:--|—|:)\s*)?"
_DEGREE = r"(?:,\s*(?:Ph\.\s?D\.|M\.\s?D\.|J\.\s?D\.|Jr\.|Sr\.|Esq\.)\s*,)?"
# Round thirty-five (issue 16, usaclean): the name may carry an apposition before "is" ("Jane
# Roe, a former envoy to Acton, is a senior fellow at the Acme Institute."), the shape this
# round's judge found kept under USA Today op-eds; the role noun and the organisation after it
# are still asked of what follows "is".
_APPOSITION = r"(?:\s*,\s+[^,;\"“”]{2,200}?,)?"
_NOTE = re.compile(r"^" + _NOTE_LABEL + r"(?P<name>" + _NAME + r")" + _DEGREE + _APPOSITION + r"\s+(?:is|are)\s+(?P<role>[^\"“”]{3,300})$")
_WRITER_NOTE = re.compile(r"^The\s+(?:writer|author)\s+is\s+(?P<role>[^\"“”]{3,300})$")
_WRITER = "the writer"
# Lines that close an author's note below it, kept inside the run (round thirty-two): the
# note's pointer to the author's organisation ("Learn more about the group's request at
# www.acme.org.", 1 dev text), a disclosure of funding ("Acme University has received
# funding from Acme Oil for research on the spill.", 1), and the forum's follow line ("Acme
# Forum is on Twitter.", 1; closing_promos reads it only among the last two lines). Each
# only below a note: alone, none is read.
_NOTE_TAIL = re.compile(r"^(?:(?:Learn|Find out|Read) more\b[^\"“”]{0,120}?\b(?:www\.|https?://)\S+?\.?"
                        r"|(?:[A-Z][\w.&'’-]*\s+){1,4}(?:has|have)\s+(?:received|accepted)\s+(?:funding|grants?|money|donations?)\s+from\s+[A-Z][^\"“”]{0,120}?\.?)$")
# a capitalised word that opens a sentence, not a name ("Why Jane Roe is the only choice
# for ...", another story's teaser; "The Acme Fund is a partner of ...")
_NOT_A_NAME = re.compile(r"^(?:The|A|An|Why|How|What|When|Where|Who|Which|This|That|These|Those|It|Its|Our|His|Her|Their|Your|My)\s")
_GOES_ON = re.compile(r"^(?:(?:He|She|They)\s|(?P<name>" + _NAME + r")\s)")
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|added|adds|according|warned|stated)\b")
# a stop and a capital, not after an initial or a short title ("W. Mark Roe", "Dr. Roe")
_TWO_SENTENCES = re.compile(r"(?<![A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bJr)(?<!\bInc)(?<!\bCo)(?<!\bMrs)[.!?]\s+[A-Z]")
_NOTE_WORDS = 45
# Round thirty-five (issue 16, usaclean; PolNeAR census, USA Today op-eds): a note whose post
# has no capitalised organisation after it ("Jane Roe is editor of the editorial page.", the
# paper's own desk; 1 census text kept it) is read when it is short, at most
# _LOWER_NOTE_WORDS words, its role noun a trade of the press (data/press_roles.txt: "Roe is
# head of the family." stays) and opening its post (an article and at most two words before
# it: "is deputy editor of ..."); a longer line, or one whose role noun comes late ("Roe is
# happy to be a writer of songs now"), still needs the organisation.
# Co-authors' notes printed in one line, a sentence each ("<A> is founder of <X>. <B> is
# president of <Y>. <C> is director of <Z>.", 1 census text kept it: _TWO_SENTENCES refused
# the line) are read sentence by sentence (_note_names): every sentence a note on a name of
# its own, at most _NOTES_IN_LINE - 1 of them.
# A note's line may go on in a sentence about its person ("Jane Roe is a professor of law at
# Acme University. She is the author of Floods."): a paragraph's copy (PolNeAR's) prints the
# tagline's sentences in one line, where a page's prints a line each (_GOES_ON).
_GOING_ON_SENTENCE = re.compile(r"^(?:He|She|They|His|Her|Their)\s")
_LOWER_NOTE_WORDS = 12
_LOWER_NOTE_ROLE = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}\S+$", re.IGNORECASE)
_NOTES_IN_LINE = 5
_NOTE_RUN = 4
_ABOVE_MIN = 3
_FOLLOW = re.compile(r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+(?:is|are)\s+(?:now\s+)?on\s+"
                     r"(?:Twitter|Facebook|Instagram|LinkedIn)\s*\.?$")
_SOURCE = re.compile(r"^SOURCE\s+[A-Z]")
_SOURCE_RUN = re.compile(r"(?:[.!?]|\.[a-z]{2,7})(?P<gap>\s+)(?=SOURCE\s+[A-Z][\w.'’-]*[\s,.])")
_SOURCE_LAST = 8
_SOURCE_WORDS = 40
_CONTACT_TOKEN = re.compile(r"\S+@\S+\.[a-z]{2,}|\bwww\.\S+|https?://\S+|\+?\d[\d() -]{8,}\d")
_CONTACT_LINE = re.compile(r"^(?:(?:Media|Press|Investor|Company)\s+)?Contacts?\s*:\s*\S")
_CONTACT_LINE_WORDS = 30
# Round fifty-three (c056 K1): a contact line that is a label of data/clean/phone_labels.txt and
# a telephone number, nothing else ("Phone: 703-555-0100"): no sentence has the shape.
_PHONE_NUMBER = r"\+?\(?\d[\d() .-]{6,}\d"


# The line right above such a number, in the same block, is whom it reaches: a name, an office
# or a desk in title case ("Office of Acme Agency Communication", "Jane Roe"), at most
# _CONTACT_NAME_WORDS words, no stop closing it, every word of four letters or more capitalised.
_CONTACT_NAME_WORDS = 8
CONTACT_NAME_REASON = "contact: a press release's contact name or office, above its telephone line"


def _contact_name(u: Unit) -> bool:
    line = u.text.strip()
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    return (u.kind is None and u.words <= _CONTACT_NAME_WORDS and len(long_words) >= 2
            and not re.search(r"[.!?:;,]['\"”’)]*$", line) and all(w[0].isupper() for w in long_words))


@functools.cache
def _phone_line() -> re.Pattern:
    labels = "|".join(re.escape(w) for w in sorted(lexicon.words("clean/phone_labels.txt"), key=len, reverse=True))
    return re.compile(rf"^(?i:{labels})\.?\s*:\s*{_PHONE_NUMBER}$")
_FEED_HEAD_WORDS = 45
_FEED_LINES, _FEED_LINE_WORDS = 5, 40
_STOP_INSIDE = re.compile(r"[.!?][\"”’)]*\s")


def _role_nouns() -> re.Pattern:
    return _noun_list("clean/author_roles.txt")


def _press_roles() -> re.Pattern:
    return _noun_list("clean/press_roles.txt")


@functools.cache
def _noun_list(name: str) -> re.Pattern:
    """Any word of the list ``name`` (one a line), or its plural in "s", as a whole word."""
    words = "|".join(re.escape(w.strip()) for w in lexicon.lines(name))
    return re.compile(r"\b(?:" + words + r")s?\b", re.IGNORECASE)


@functools.cache
def _taglines() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rx) for rx in lexicon.lines("clean/site_taglines.txt"))


def _mark(u: Unit, kind: str, reason: str) -> None:
    """Cut ``u`` for ``reason``, as every rule of noise.py marks a unit (noise._mark)."""
    from .noise import _mark as mark

    mark(u, kind, reason)


def _words(text: str) -> int:
    return len(text.split())


def _note_tail(line: str) -> bool:
    """A line that closes an author's note below it (``_NOTE_TAIL``, or the forum's follow line)."""
    return bool(_NOTE_TAIL.match(line) or _FOLLOW.match(line))


def _note_name(line: str) -> str | None:
    """The person a closing author's note names, when ``line`` is one ("Jane Roe is senior
    editor at Acme Research."): a name, "is", a role noun, then a capitalised word (the
    organisation) after the role noun, or a short note's post named in lower case (below);
    one sentence, no verb of saying."""
    writer = _WRITER_NOTE.match(line)
    m = writer or _NOTE.match(line)
    if m is None or _words(line) > _NOTE_WORDS or _SAYING.search(line) or (writer is None and _NOT_A_NAME.match(line)):
        return None
    role = _role_nouns().search(m.group("role"))
    if role is None:
        return None
    if not re.search(r"\b[A-Z][\w'’-]+", m.group("role")[role.end():]) and not (
            _words(line) <= _LOWER_NOTE_WORDS and _LOWER_NOTE_ROLE.match(m.group("role")[:role.end()])
            and _press_roles().fullmatch(role.group())) and not _body_before_role(m.group("role"), role):
        return None
    if _TWO_SENTENCES.search(line.rstrip(". ")):
        return None  # two sentences: a note is one
    return _WRITER if writer else m.group("name")


# Round thirty-six (issue 16, clean): a note whose organisation or field stands before the
# role noun that ends it: "<Name>, a <field> teacher, sits on <Paper>'s Board of
# Contributors." (2 census texts, USA Today op-eds; "member" is no role noun, "Contributors"
# is and closes the note), "<Name> is a Cold War historian." (1, the judge of usa-today-149
# K15, with a sentence going on about him). The role noun must end the note (at most a stop
# after it) and a capitalised word stand between "is" and it, past the article; every other
# test of a note holds (the last kept lines, the name a person's, named nowhere above).
_ROLE_LAST = re.compile(r"^\W*$")


def _body_before_role(role_text: str, role: re.Match) -> bool:
    """Does the note name its body or field before a role noun that closes it?"""
    before = re.sub(r"^(?:a|an|the)\s+", "", role_text[:role.start()], flags=re.IGNORECASE)
    return bool(_ROLE_LAST.match(role_text[role.end():]) and re.search(r"\b[A-Z][\w'’-]+", before))


def _note_names(line: str) -> list[str] | None:
    """The people a closing line of authors' notes names: one note (``_note_name``), or
    (round thirty-five) several sentences in one line, the first a note, each after it a note
    on a co-author ("Jane Roe is founder of Acme.org. Ed Doe is president of the Acme
    Center.") or going on about the note's person in a pronoun ("... She is the author of
    Floods."), no verb of saying; every note on a name of its own."""
    one = _note_name(line)
    if one is not None:
        return [one]
    cuts = [m.start() + 1 for m in _TWO_SENTENCES.finditer(line.rstrip(". "))]
    if not cuts or len(cuts) >= _NOTES_IN_LINE or _words(line) > _NOTES_IN_LINE * _NOTE_WORDS:
        return None
    parts = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    names = [_note_name(part) for part in parts]
    if names[0] is None or names[0] == _WRITER:
        return None
    for part, name in zip(parts[1:], names[1:], strict=True):
        if name is None and not (_GOING_ON_SENTENCE.match(part) and not _SAYING.search(part) and _words(part) <= _NOTE_WORDS):
            return None  # a sentence neither a note nor about the note's person
    found = [n for n in names if n is not None]
    if _WRITER in found or len(set(found)) < len(found):
        return None
    return found


def _named_above(name: str, above: str) -> bool:
    """Is the person named in the text above (their surname, as a word)?"""
    last = name.split()[-1].strip(".,")
    return bool(re.search(r"\b" + re.escape(last) + r"\b", above))


def _a_person(name: str, line: str, parse: Callable[[str], Any]) -> bool:
    """Does the parse read the note's name as a person's (a PERSON entity over its last
    word)? "Acme Aid is a partner of ..." names a body, not an author. Round thirty-six
    (issue 16, clean): or, where the parse reads no PERSON there, the name is a common first
    name and at least one more word ("Glenn Harlan Reynolds, a law professor, is a member of
    ...": the parse read the three words as an organisation, in both census texts of that
    note): a body's name rarely opens on a first name common in the US (firstnames, the table
    the bylines' rules read)."""
    last = line.index(name) + len(name)
    if any(e.label_ == "PERSON" and e.start_char < last <= e.end_char for e in parse(line).ents):
        return True
    from .noise import _common_first_name

    words = name.split()
    return len(words) >= 2 and _common_first_name(words[0])


def author_notes(text: str, units: list[Unit], parse: Callable[[str], Any]) -> None:
    live = [u for u in units if u.kind is None]
    run: list[tuple[Unit, list[str] | None]] = []  # (unit, the note's names or None for a line going on)
    for u in reversed(live[-_NOTE_RUN:]):
        line = u.text.strip()
        found = _note_names(line)
        if found is None:
            if _words(line) > _NOTE_WORDS or _SAYING.search(line) or not (_GOES_ON.match(line) or _note_tail(line)):
                break
        run.append((u, found))
    run.reverse()
    while run and run[0][1] is None:
        run.pop(0)  # the run opens on a note
    if not run or len(live) - len(run) < _ABOVE_MIN:
        return
    names = [n for _, found in run for n in found or [] if n != _WRITER]
    for u, name in run[1:]:
        if name is None:
            line = u.text.strip()
            if _note_tail(line):
                continue  # a note's closing line (round thirty-two): about no one
            m = _GOES_ON.match(line)
            said = m.group("name") if m else None
            if said is not None and not any(set(said.split()) & set(n.split()) for n in names):
                return  # a line about someone else
    above = text[:run[0][0].start]
    if any(_named_above(n, above) for n in names):
        return
    if not all(_a_person(n, u.text.strip(), parse) for u, found in run for n in found or [] if n != _WRITER):
        return
    for u, _ in run:
        _mark(u, "bio", NOTE_REASON)


# Round twenty-nine (issue 16, K8 of H1N1_reuters' seed-101 audit): a wire reporter's bio
# under the story, several lines long ("Jane Roe is based in Port Ellery and leads the
# health team. / Previously, Jane covered ... / She joined the agency in 2001 ... / Jane
# graduated from ..."). author_notes reads a run of notes of one shape ("<Name> is <role> at
# <organisation>", lines going on with "He/She" or the name); a bio's lines open on
# adverbials ("Previously,", "Prior to joining ...,") and its first line need not name a
# role noun. The run here: the text's last kept lines, at most _BIO_RUN, the first opening on
# a name (one to four capitalised words, a stray quote mark allowed) as the subject of a
# bio's verb ("is based in", "has been", "joined", ...), every line after it about that
# person (its first name or surname as a word, or "he/she/his/her"), no line with a verb of
# saying; the whole run tells a reporter's trade (data/reporter_trade.txt: "covered",
# "bureau", "journalist", ...; a subject's profile, "<Name> joined the company in 1999. He
# ...", tells none); the name not in the kept lines above the run (a source quoted above
# and described at the end is the story's; the byline above is already cut), and at least
# _ABOVE_MIN kept lines above it. Cut as a bio. Regexes and a word list, no library: none
# reads a bio out of plain text.
_BIO_RUN = 8
_BIO_OPENS = re.compile(r"^[\"“]?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+"
                        r"(?:is based in|was based in|has been|had been|joined|is|was)\s")
_PERSON = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
REPORTER_BIO_REASON = "bio: a reporter's bio closing the text ('<Name> is based in ...', 'He joined ...', with the reporter's trade)"


@functools.cache
def _trade() -> re.Pattern:
    words = "|".join(re.escape(w.strip()) for w in lexicon.lines("clean/reporter_trade.txt"))
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


def reporter_bios(units: list[Unit]) -> None:
    live = [u for u in units if u.kind is None]
    tail = live[-_BIO_RUN:]
    for i, u in enumerate(tail):
        m = _BIO_OPENS.match(u.text.strip())
        if m is None or _NOT_A_NAME.match(u.text.strip().lstrip("\"“")) or _PERSON.fullmatch(m.group("name").split()[0]):
            continue
        run = tail[i:]
        names = [w.strip(".,") for w in m.group("name").split() if len(w.strip(".,")) > 1]
        about = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in names) + r")\b")
        if any(_SAYING.search(v.text) for v in run) or not all(about.search(v.text) or _PERSON.search(v.text) for v in run[1:]):
            continue
        if len(live) - len(run) < _ABOVE_MIN or not _trade().search(" ".join(v.text for v in run)):
            return
        if any(about.search(v.text) for v in live[:len(live) - len(run)]):
            return
        for v in run:
            _mark(v, "bio", REPORTER_BIO_REASON)
        return


# Round thirty-five (issue 16, usaclean): an op-ed's tagline on its author closing the piece in
# a shape author_notes does not read: a verb of a career other than "is <role> at
# <organisation>" after the name and its apposition ("Jane Roe, a retired Army officer who
# served in Acton, taught politics at Ellery College."), or a lawmaker's party tag under a
# piece in the first person ("Rep. Jane Roe, D-Maine, was an early backer of Ed Doe.", the
# lawmaker's own op-ed). Census (PolNeAR train 301-840 minus the keep-off list, Timeline17
# dev): a last kept line opening on a name and "is/was/taught/..." whose surname is named
# nowhere above was a tagline in 4 USA Today op-eds (2 of them read by author_notes once it
# reads co-authors' notes and a short desk note, the 2 here); the article lines of that
# opening named a person quoted or named above (Gov. Roe "is polling a distant third") or
# said nothing of a career ("Roe, a member of the garden club ..., is just happy ..."). Two
# instances of two shapes: the rule is kept narrow. The text's last kept line only, one
# sentence, at most _NOTE_WORDS words, no verb of saying, no quotation mark; "<(title.)?
# Name>, <apposition>, <verb> <rest>" with either a career verb (data/tagline_verbs.txt,
# "career") and a career in the apposition (a role noun of data/author_roles.txt, or
# "retired"/"former"), or a copula ("is"/"was") after a party tag ("D-Maine") under a
# first-person piece (a news story names lawmakers so too: "Rep. Jane Roe, D-Maine, was the
# only Democrat against it." stays); a capitalised word in <rest> (the body or place the
# career names); the surname named nowhere above, the name a person's by the parse, and
# more than _ABOVE_MIN kept lines above it. Cut as a bio.
TAGLINE_REASON_BIO = "bio: an op-ed author's tagline closing the text ('<Name>, <role>, taught at ...', 'Rep. <Name>, D-<State>, was ...')"
_TAGLINE = re.compile(r"^(?:(?:Rep|Sen|Gov|Dr|Prof)\.\s+)?(?P<name>" + _NAME + r")"
                      r"(?:\s*,\s+(?P<app>[^,;\"“”]{2,200}?),)?\s+(?P<verb>[a-z]+)\s+(?P<rest>[^\"“”]+)$")
# a lawmaker's party tag is a career, but a news story names lawmakers so too ("Rep. Jane Roe,
# D-Maine, was the only Democrat against it."): it is read only under a first-person piece
# (an op-ed by the lawmaker: 1 of the 2 census taglines)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|My|me)\b")
# Round thirty-six (issue 16, clean): or in the first person plural of a party's or a body's
# chair ("Our candidates ...", "We believe ...": the op-ed under "Rep. <Name>, D-Fla., chairs
# the Democratic National Committee." has one line in "I/me" and seven in "we/our"; the
# judge of usa-today-149 K4 found its tagline kept): a news story's own lines use neither
# outside quotation marks; the same count of lines is asked.
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|We|our|Our|us)\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''")
_FIRST_PERSON_LINES = 3
_PARTY_TAG = re.compile(r"^(?:[DRI]|Dem|Rep|Ind)\.?-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?$")


@functools.cache
def _tagline_words(kind: str) -> frozenset[str]:
    """The words of one KIND of data/tagline_verbs.txt (career, copula, apposition)."""
    return frozenset(w.strip() for w, k in lexicon.rows("clean/tagline_verbs.txt") if k.strip() == kind)


def _first_person(lines: list[Unit]) -> bool:
    """Is the piece written in its author's first person: at least _FIRST_PERSON_LINES lines
    with "I", "my" or "me" outside quotation marks (a line opening on one is a quotation
    going on, and is not read)?"""
    own = [_QUOTED.sub(" ", u.text) for u in lines if u.text.strip()[:1] not in "\"“‘'`"]
    return any(sum(1 for line in own if rx.search(line)) >= _FIRST_PERSON_LINES for rx in (_FIRST_PERSON, _FIRST_PERSON_PLURAL))


def closing_taglines(text: str, units: list[Unit], parse: Callable[[str], Any]) -> None:
    live = [u for u in units if u.kind is None]
    if len(live) <= _ABOVE_MIN:
        return
    u = live[-1]
    line = u.text.strip()
    m = _TAGLINE.match(line)
    if m is None or m.group("verb") not in _tagline_words("career") | _tagline_words("copula") or _NOT_A_NAME.match(line):
        return
    if _words(line) > _NOTE_WORDS or _SAYING.search(line) or _TWO_SENTENCES.search(line[m.start("name"):].rstrip(". ")):
        return  # (the title's stop, "Rep. Jane Roe", is no sentence's end)
    app = m.group("app") or ""
    career_app = bool(app and (_role_nouns().search(app) or set(app.lower().split()) & _tagline_words("apposition")))
    career = ((bool(_PARTY_TAG.match(app)) and _first_person(live[:-1]))
              or (m.group("verb") in _tagline_words("career") and career_app))
    if not career or not re.search(r"\b[A-Z][\w'’-]+", m.group("rest")):
        return
    name = m.group("name")
    if _named_above(name, text[:u.start]) or not _a_person(name, line, parse):
        return
    _mark(u, "bio", TAGLINE_REASON_BIO)


def closing_promos(text: str, units: list[Unit]) -> None:
    live = [u for u in units if u.kind is None]
    for u in live[-2:]:
        m = _FOLLOW.match(u.text.strip())
        if m is not None and not re.search(r"\b" + re.escape(m.group("name")) + r"\b", text[:u.start]):
            _mark(u, "promo", FOLLOW_REASON)


def contact_blocks(units: list[Unit]) -> None:
    for u in units:
        line = u.text.strip()
        if u.kind is not None:
            continue
        if (_CONTACT_LINE.match(line) and _words(line) <= _CONTACT_LINE_WORDS and _CONTACT_TOKEN.search(line)) \
                or _phone_line().match(line):
            _mark(u, "contact", CONTACT_LINE_REASON)
            if _phone_line().match(line) and u.index > 0 and _contact_name(units[u.index - 1]):
                _mark(units[u.index - 1], "contact", CONTACT_NAME_REASON)
    live = [u for u in units if u.kind is None]
    for i, u in enumerate(live[-_SOURCE_LAST:]):
        if not _SOURCE.match(u.text.strip()):
            continue
        block = live[len(live) - min(_SOURCE_LAST, len(live)) + i:]
        if any(_words(v.text) > _SOURCE_WORDS for v in block) or not any(_CONTACT_TOKEN.search(v.text) for v in block):
            return
        for v in block:
            _mark(v, "contact", CONTACT_REASON)
        return


# Round thirty-two (issue 16, B): a release's "About <Company>" section, the company's
# self-description the wire prints between the release's last paragraph and its SOURCE
# line ("About Acme Labs" / "Acme Labs, based in Port Ellery, makes ..."). Census over the
# 2,070 dev texts outside the held-out sample: 4 texts read as releases (a SOURCE line,
# a "Contact:" line, "(NYSE: ...)"), all Reuters' press-release pages; their SOURCE blocks
# and contact lines were cut already, and one "About" heading with the two lines under it
# was kept (1 text). Only where the SOURCE block was cut (``contact_blocks``), the heading
# stands at most ``_ABOUT_LINES`` kept lines above it, every line from the heading to the
# block is short (``_ABOUT_WORDS``), and the heading's name shares a word of three letters
# or more with the SOURCE line's company: the section, the company's own words, goes with
# the block. "About 200 people attended." (a number after "About"), a heading naming
# another company, or a section of long lines stays.
ABOUT_REASON = "contact: a press release's 'About <company>' section above its SOURCE line"
_ABOUT = re.compile(r"^About\s+(?P<name>[A-Z][\w.&'’-]*(?:,?\s+[A-Z][\w.&'’-]*){0,5})\s*[.:]?$")
_ABOUT_LINES, _ABOUT_WORDS = 6, 60


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{2,}", text)} - {"llc", "inc", "ltd", "the", "and"}


def about_sections(units: list[Unit]) -> None:
    block = next((i for i, u in enumerate(units) if u.reason == CONTACT_REASON and _SOURCE.match(u.text.strip())), None)
    if block is None:
        return
    source = _name_words(units[block].text.strip().split("\n")[0][len("SOURCE"):])
    above = [i for i in range(block) if units[i].kind is None][-_ABOUT_LINES:]
    for i in above:
        m = _ABOUT.match(units[i].text.strip())
        if m is None or not _name_words(m.group("name")) & source:
            continue
        section = [u for u in units[i:block] if u.kind is None]
        if any(_words(u.text) > _ABOUT_WORDS for u in section):
            return
        for u in section:
            _mark(u, "contact", ABOUT_REASON)
        return


@functools.cache
def _tagline_run() -> re.Pattern:
    """One or more of the taglines, one after another (a page's run of them on one line)."""
    one = "(?:" + "|".join(rx.pattern for rx in _taglines()) + ")"
    return re.compile(one + r"(?:\s+" + one + r")*")


def taglines(units: list[Unit]) -> None:
    for u in units:
        # a weak mark (round thirty-two: "Read more... We invite all ..." read as a call to
        # action, which the span scores may give back) yields to the tagline, a fixed phrase
        if (u.kind is None or not u.strong) and _tagline_run().fullmatch(u.text.strip()):
            u.kind = None
            _mark(u, "promo", TAGLINE_REASON)


def tagline_cut(line: str) -> tuple[int, int] | None:
    """Where to cut ``line`` when a run of the site's taglines, or a release's SOURCE line,
    is run into its end: (end of the line's own text, start of the run-in tail), or None."""
    # round thirty-four (issue 16): or with no space after a sentence's stop ("... nearly
    # 400.Watch the latest video at ...": a player's caption run into the sentence above)
    for m in re.finditer(r"(?:\s+|(?<=[.!?]))(?=" + _tagline_run().pattern + r"\s*$)", line):
        if line[:m.start()].strip():
            return m.start(), m.end()
    src = _SOURCE_RUN.search(line)
    if src is not None and _words(line[src.end():]) <= _SOURCE_WORDS:
        return src.start("gap"), src.end("gap")
    return None


@functools.cache
def _feed_switches() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rx) for rx in lexicon.lines("clean/feed_switches.txt"))


def feed_widgets(units: list[Unit]) -> None:
    live = [u for u in units if u.kind is None]
    for k, u in enumerate(live):
        m = next((m for rx in _feed_switches() if (m := rx.search(u.text))), None)
        if m is None:
            continue
        head = u.text[:m.start()]
        if _STOP_INSIDE.search(head) or _words(head) > _FEED_HEAD_WORDS:
            return  # a sentence before the switch on its line: where the box starts is not known
        below = live[k + 1:]
        block = [u]
        if len(below) <= _FEED_LINES and all(_words(v.text) <= _FEED_LINE_WORDS for v in below):
            block += below
        for v in block:
            _mark(v, "promo", FEED_REASON)
        return
