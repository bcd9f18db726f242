"""Reader comment threads left after a blog post with no opener line (round twenty-six, 26r).

noise.py cuts a thread from a comment-section header, a closing notice, two reader stamps
or a change of register. Blog pages of one common layout (a post, its closing stamp
"By Jane Roe | June 7, 2010; 12:00 PM ET", then the readers' comments, each followed by
"Posted by: reader42 | June 7, 2010 1:15 PM | Report abuse") have none of these when the
page was saved without the comment form: the post's own closing stamp is the only line
that marks where the article ends. Seed 73's audit of bpoil_washingtonpost found readers'
comments kept at the end of this layout's pages (K9, K19); the dev texts keep whole threads
in ten pages (a post's closing stamp with the thread after it) and two more (one reader stamp).

The rules, each abstaining where an article line could go:

- ``split_post_stamps``: a post's closing stamp run on after a line of the post (a poll's
  table row, a sentence with no stop) is cut off that line, so the line stays whole.
- ``post_stamp_threads``: below the text's LAST post closing stamp (a byline, a pipe, a
  date with a semicolon and a clock time with its zone: a blog platform's stamp, never a
  sentence), with at least ``_ARTICLE_WORDS`` words of the article's prose above it,
  everything is the readers' thread (or the notice that closes it): cut as one block,
  with the first comment the stamp's line carries. A stamp opening the post (a byline at
  the head) has no article above it and is left to the byline rules.
- ``report_stamp_thread``: a single reader stamp with its moderation button ("Posted by:
  <handle> | <date> <time> | Report abuse"), below the article's prose: noise._comment_stamps
  needs two stamps; the button is the thread's own, so one is enough. The thread runs
  from the stamp's line to the end; the comment printed above its stamp stays (no line
  marks where it starts).

Round thirty-two (issue 16, ``comments``): two more shapes the dev texts keep whole.

- ``wrote_stamp_thread``: a blog's reader stamp "At 10:49 am on 02 Feb 2010, reader42
  wrote:" opening a line below the article's prose. noise._comment_stamps needs two stamps;
  this form (a clock time, a date, a one-token handle, "wrote:") is the comment platform's,
  never an article's way to quote someone, so one opening its line is enough: the thread
  runs from it to the end. Dev texts: the one page with a single such stamp (a blog post
  with one reader comment); the 20 with two or more were cut already.
- ``debate_page_thread``: a readers' debate page (a news lead, a run of questions put to
  the reader, the debate's closing notice "This debate is now closed.", then the readers'
  comments): its comments carry no stamp once the names were stripped, so nothing but the
  prompts and the notice marks them. The closing notice (the debate's, not a generic
  "comments are closed") is the witness, when it is printed right below the run of short
  questions put to the reader (two or more; the page's calls between them) that follows the
  news lead: from the prompts to the end, all is the readers'. The notice stands ABOVE the
  comments on these pages, so noise._comment_tail (which needs most of the prose above a
  header, or stamps below it) abstains. Dev texts: five pages print the notice; four were
  cut already (stamps), the fifth kept 33 lines of comments.

noise.py calls these (``clean_text``); they only read, split and mark its units.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import dateline

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

# A reader's signature on a readers' page (round twenty-eight, issue 16): the name (two to
# four capitalised words or initials), a comma, then where the reader writes from (one to
# three places of one to three capitalised words, comma-separated: "Jane Roe, Port Ellery,
# Marotia"), closing its line or run into the reader's next comment (a capital after it).
# Counted only below a comment-section header (noise._comment_tail), as thread furniture
# like a time stamp: a caption or byline of the same shape in an article ("Jane Roe, Acme
# Coast Guard") is never read or cut by it. Not a word of the name a preposition or an
# article opening a sentence ("In Madrid, Spanish Health Minister ..."), nor a possessive.
_SIG_WORD = r"(?:(?!(?:In|On|At|By|From|For|As|Like|After|Before|During|When|The|Take|Actors)\b)[A-Z][a-z-]+|[A-Z]\.)"
_SIG_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"


@functools.cache
def _signature() -> re.Pattern:
    """The signature, closing its line or followed by a capitalised function word that
    opens the comment ("... Port Ellery, Marotia I think ...", "... Marotia How can ..."):
    a place goes on with capitalised words, a comment opens on one of these."""
    from .noise import english_stopwords

    openers = "|".join(sorted((w.capitalize() for w in english_stopwords() if w.isalpha()), key=len, reverse=True))
    return re.compile(
        r"^" + _SIG_WORD + r"(?:\s+(?:" + _SIG_WORD + r"|de|van|von|da)){1,3}\s*,\s*" + _SIG_PLACE
        + r"(?:\s*,\s*" + _SIG_PLACE + r"){0,2}\s*(?:\.+\s*$|$|\s(?=(?:" + openers + r"|I)\b(?!\s*,)))"
    )


def reader_signature(line: str) -> bool:
    """Does ``line`` open with (or consist of) a reader's signature ("Name, Town, Country")?"""
    m = _signature().match(line.strip())
    # a broadcaster's reporter signs "Name, BBC News, Place": a byline, not a reader
    return m is not None and "News" not in re.findall(r"\w+", m.group(0))


THREAD_REASON = "comments: reader comment thread after the blog post's closing stamp ('By <author> | <date>; <time> ET')"
REPORT_REASON = "comments: reader comment thread (a reader's stamp with its 'Report abuse' button, from here to the end)"

_MONTH = dateline.MON  # the month names (and their abbreviations) every stamp rule reads, from timenorm.json
# A blog post's closing stamp: "By <author(s)> | <Month> <day>, <year>; <h:mm> AM|PM <zone>".
# The semicolon between the date and the time and the zone after it are the platform's;
# a dateline or a sentence has neither.
POST_STAMP = re.compile(
    r"\bBy\s+[A-Z][^|\n]{1,80}?\s*\|\s*" + _MONTH + r"\s+\d{1,2},\s+\d{4};\s*\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\s+(?:ET|EST|EDT|CT|PT|GMT|BST|UTC)\b"
)
# A reader's stamp with the thread's moderation button, as the same layout prints it under
# each comment: "Posted by: <handle> | <date> <time> | Report abuse".
REPORT_STAMP = re.compile(
    r"\bPosted by:?\s+\S{1,40}\s*\|\s*[^|\n]{0,40}?\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?[^|\n]{0,12}\|\s*Report (?:as )?abus(?:e|ive)\b"
)
# Words of the article's prose above the stamp: a post, not a page's head.
_ARTICLE_WORDS = 80


def _mark(u: Unit, reason: str) -> None:
    """Cut ``u`` as thread, as noise.py's thread rules do: a line kept or weakly marked
    (a reader's question read as a prompt) becomes comments; a strong cut keeps its reason."""
    if u.kind is None or not u.strong:
        u.kind, u.reason, u.strong = "comments", reason, True


def stamp_cut(line: str) -> tuple[int, int] | None:
    """Where to cut ``line`` when a post's closing stamp runs on after the post's own text
    on it: (end of the line's own text, start of the stamp), or None."""
    m = POST_STAMP.search(line)
    if m is None or not line[:m.start()].strip():
        return None
    head = line[:m.start()].rstrip()
    return len(head), m.start()


def _prose_above(units: list[Unit], index: int) -> int:
    return sum(u.words for u in units[:index] if u.prose and u.kind is None)


def post_stamp_threads(units: list[Unit]) -> None:
    stamps = [u for u in units if POST_STAMP.search(u.text)]
    if not stamps:
        return
    stamp = stamps[-1]
    if _prose_above(units, stamp.index) < _ARTICLE_WORDS:
        return
    # the stamp's own line: kept, it carries the first comment after the stamp (or the
    # stamp alone); cut already (a byline, a credit) it stays as it was marked
    block = ([stamp] if stamp.kind is None else []) + units[stamp.index + 1:]
    if not block:
        return
    for v in block:
        _mark(v, THREAD_REASON)


def _stamp_thread(units: list[Unit], found, reason: str, least: int | None = None) -> None:
    """From the first line ``found`` (a test on the unit) holds to the end, a reader thread:
    when that line is not furniture already and ``least`` words of prose (an article's worth,
    ``_ARTICLE_WORDS``, unless given) stand above it."""
    first = next((u for u in units if found(u)), None)
    if first is None or first.strong:
        return
    if _prose_above(units, first.index) < (_ARTICLE_WORDS if least is None else least):
        return
    for v in units[first.index:]:
        _mark(v, reason)


def report_stamp_thread(units: list[Unit]) -> None:
    _stamp_thread(units, lambda u: REPORT_STAMP.search(u.text), REPORT_REASON)


WROTE_REASON = "comments: reader comment thread (a blog reader's stamp 'At <time> on <date>, <handle> wrote:' opening its line, from here to the end)"
DEBATE_REASON = "comments: readers' debate page: its prompts to the reader, the debate's closing notice and the readers' comments below it"

# "At 10:49 am on 02 Feb 2010, reader42 wrote:" at the start of a line (a one-token handle:
# an article quoting a person names them in words, "Jane Roe wrote").
WROTE_STAMP = re.compile(
    r"^\s*At\s+\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+on\s+\d{1,2}\s+" + _MONTH + r"\s+\d{4},\s+\S{1,40}\s+wrote:"
)


def wrote_stamp_thread(units: list[Unit]) -> None:
    _stamp_thread(units, lambda u: WROTE_STAMP.match(u.text), WROTE_REASON)


# The debate's own closing notice (a generic "comments are closed" closes any thread, and
# does not say the page is a readers' debate).
_DEBATE_CLOSER = re.compile(r"(?i)^this debate (?:is|has been) (?:now )?closed\b")
_PROMPT_WORDS = 30  # a prompt is a short question (noise._PROMPT_MAX_WORDS)
_PROMPT_RUN = 2
_LEAD_WORDS = 40  # the news lead above the prompts


def debate_page_thread(units: list[Unit]) -> None:
    from .noise import _QUESTION_END, _SECOND, _unquoted

    closer = next((u for u in units if u.kind == "comments" and u.strong and _DEBATE_CLOSER.match(u.text.strip())), None)
    if closer is None:
        return
    # the prompts right above the notice: short questions, the page's calls (pictures, a
    # prompt read as one) between them; nothing else
    run: list[Unit] = []
    for u in reversed(units[: closer.index]):
        if u.kind is None or not u.strong:
            if u.words <= _PROMPT_WORDS and _QUESTION_END.search(u.text.rstrip()):
                run.append(u)
                continue
            if u.kind is None:
                break
        elif u.kind == "comments":
            return
    questions = [u for u in run if u.kind is None or u.kind in ("cta", "engagement")]
    if len(questions) < _PROMPT_RUN or not any(_SECOND.search(_unquoted(u.text)) for u in questions):
        return
    top = min(u.index for u in run)
    if _prose_above(units, top) < _LEAD_WORDS:
        return
    below = [u for u in units[closer.index + 1:] if u.kind is None and u.prose]
    if not below:
        return
    for v in units[top:]:
        _mark(v, DEBATE_REASON)


def header_cut(line: str) -> tuple[int, int] | None:
    """Where to cut ``line`` when a comment section's header carries the first comment
    glued on after its colon (data/comment_glued_headers.txt): (end of the header, start of
    the comment), or None (no header, or nothing after it)."""
    from .noise import _patterns

    for rx in _patterns("comment_glued_headers.txt"):
        m = rx.match(line)
        if m is not None:
            rest = line[m.end():]
            if not rest.strip():
                return None
            return m.end(), m.end() + len(rest) - len(rest.lstrip())
    return None


def _cut(u: Unit) -> tuple[int, int, bool] | None:
    if u.kind is not None:
        return None
    c = stamp_cut(u.text) or header_cut(u.text)
    return None if c is None else (c[0], c[1], False)


PANEL_REASON = "comments: a panel's list of posts ('Posted by <name>, on <date> <time>', three or more on one line) and the readers' comments below it"
TIPS_REASON = "comments: readers' posts ('<title> Posted by <handle> <date> <text>', two or more, from the first to the end)"

# One entry of a discussion page's list of its panel's posts: "Posted by Jane Roe, on June 2,
# 2010 4:36 PM" (the host's own stamp opens the list without the comma).
PANEL_STAMP = re.compile(r"\bPosted by [A-Z][^|\n]{1,60}?,? on " + _MONTH + r"\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d\d\s*[AP]M\b")
_PANEL_STAMPS = 3
# A reader's post in a page's readers' box: "<its title> Posted by <handle> 2 May 2012 <its
# text>": a one-token handle and a date with no clock time.
TIPS_STAMP = re.compile(r"\bPosted by \S{1,40} \d{1,2} " + _MONTH + r" \d{4}\b")
_TIPS_STAMPS = 2
_TIP_TITLE = 12  # words of a tip's title before the first stamp on the article's last line


def panel_list_thread(units: list[Unit]) -> None:
    """A discussion page (a question put to a panel, the list of the panellists' posts, the
    readers' comments as "handle: text"): the line carrying three or more panel stamps is a
    list of links, no article sentence, and what follows it is the readers'. Cut from that
    line to the end, with at least ``_LEAD_WORDS`` of the page's prose above. Dev texts: one
    page (the only one printing such a list)."""
    _stamp_thread(units, lambda u: u.kind is None and len(PANEL_STAMP.findall(u.text)) >= _PANEL_STAMPS, PANEL_REASON,
                  least=_LEAD_WORDS)


def tips_thread(units: list[Unit]) -> None:
    """Readers' posts printed after the article ("<title> Posted by <handle> <date> <text>",
    a travel page's readers' tips box): two or more such stamps, the first below the
    article's prose (``_ARTICLE_WORDS``): from the first stamp's line to the end. The
    stamp's line may carry the article's last words before the box's first title; with
    no mark between them the line is cut whole only when the stamp opens it or only a short
    title (at most ``_TIP_TITLE`` words, no stop) precedes it. Dev texts: one page."""
    stamps = [u for u in units if u.kind is None and TIPS_STAMP.search(u.text)]
    if len(stamps) < _TIPS_STAMPS:
        return
    first = stamps[0]
    m = TIPS_STAMP.search(first.text)
    head = first.text[: m.start()] if m else ""
    if len(head.split()) > _TIP_TITLE or re.search(r"[.!?]", head):
        return
    if _prose_above(units, first.index) < _ARTICLE_WORDS:
        return
    for v in units[first.index:]:
        _mark(v, TIPS_REASON)



def split(text: str, units: list[Unit], split_units: Callable[..., list[Unit]]) -> list[Unit]:
    """noise._split_units over the kept lines a post's closing stamp runs on after, or a
    comment section's header runs on into the first comment (round thirty-two)."""
    return split_units(text, units, _cut)
