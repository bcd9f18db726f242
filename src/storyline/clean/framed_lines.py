"""Lines a cut page block frames, and a closing list of references (round fifty-four, seed 169).

A scraped page prints a widget as several lines; the cleaner's rules cut the lines that carry
the widget's marks and may leave the ones between them, which read as the article's paragraphs
though they are the widget's:

- a picture's file name ("pier.JPG") is cut; the credit line under it (a name alone) and the
  caption under that (a short line naming the picture: "The original photo.") are the
  picture's too (c073 K1). A chart's one-token slug with a figure ("chart2") right above its
  source credit ("Source: Acme (see text)") goes with the credit (c067 K3).
- an embedded post's header ("Follow") and time stamp ("9:29 PM - 18 Oct 2016") are cut; the
  lines between, opening on the author's name and @handle, are the post (c080 K2).
- a headline in title case with no stop between two cut ad slots ("Advertisement") is the
  slot's teaser or the page's headline printed again, not a crosshead (c063 K2).
- a pull quote is cut; the credit line under it ("- Jane Roe, former detective") goes with
  it (c086 K2).
- a gallery's captions are cut as a run of long stopless lines; a short stopless line at the
  run's edge is one more caption (c071 K1).
- a closing list of references (numbered bare web addresses, citations in the medical
  style, under "Sources:") is no article prose (c085 K2, B3).

Each rule reads only what the cleaner decided (a unit's kind and reason) and the line's
shape (data/framed_lines.tsv). Regexes of our own: no maintained library reads a scraped
page's leftover widget lines from plain text. noise.clean_text calls :func:`mark` once every
cut is decided.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

FILE_CREDIT_REASON = "caption: a picture's credit or caption under its file name (the file name cut)"
CHART_REASON = "caption: a chart's slug and its source credit"
POST_REASON = "markup: an embedded post's author and words between its cut header and its time stamp"
AD_HEAD_REASON = "related: a headline with no stop between two ad slots"
PULL_CREDIT_REASON = "caption: the credit line of a pull quote cut above it"
GALLERY_EDGE_REASON = "caption: a short line with no stop at the edge of a gallery's cut captions"
POINTED_TITLE_REASON = "related: a linked page's title under a cut link pointer, above the next heading"
REFERENCES_REASON = "links: a closing list of references (numbered web addresses or citations)"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOP = re.compile(r"[.!?…]['\"”’)\]]*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_CREDIT_WORDS = 4  # a credit line under a file name: a name of at most four words
_CAPTION_WORDS = 15  # a caption under a file name: one short line
_POST_LINES = 3  # an embedded post's author line and its words, at most
_POST_WORDS = 60  # a post's words: a tweet's 280 characters
_HEAD_WORDS = (3, 20)
_PULL_CREDIT_WORDS = 12
_EDGE_WORDS = (2, 7)  # below the gallery rule's floor of eight words (noise._PLAIN_CAPTION_WORDS)
_MIN_REFS = 2
_NUMBERED_HEAD = re.compile(r"\d{1,2}[.)]\s+[A-Z]")


def _shapes() -> dict[str, tuple[re.Pattern, ...]]:
    return lexicon.kind_patterns("clean/framed_lines.tsv")


def shaped(code: str, line: str, search: bool = False) -> bool:
    """Does the stripped ``line`` have the shape ``code`` (data/framed_lines.tsv)?"""
    s = line.strip()
    return any((rx.search(s) if search else rx.match(s)) is not None for rx in _shapes()[code])


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def recall_hook(line: str) -> bool:
    """Is a text's first line a question to the reader opening on a recall ("Remember how
    ...?")? A columnist's opening sentence, not the page's title (c067 K3)."""
    return shaped("recall", line)


def mark(units: list[Unit], mark_unit: Callable[..., Any], title_cased: Callable[[str], bool],
         reasons: dict[str, str]) -> None:
    """``reasons``: the cleaner's reasons read here ("gallery": a gallery's captions; "pull": a
    pull quote's, a part of it; "pointer": a link pointer's, "... here.")."""
    lines = [u for u in units if u.words]
    _file_credits(lines, mark_unit)
    _chart_credits(lines, mark_unit)
    _post_lines(lines, mark_unit)
    _ad_framed_heads(lines, mark_unit, title_cased)
    _pull_credits(lines, mark_unit, reasons["pull"])
    _gallery_edges(lines, mark_unit, title_cased, reasons["gallery"])
    _pointed_titles(lines, mark_unit, title_cased, reasons["pointer"])
    _reference_list(lines, mark_unit)


def _file_credits(lines: list[Unit], mark_unit: Callable[..., Any]) -> None:
    """Under a cut file name: a credit (one to four capitalised words, no stop or figure), then
    a caption (at most fifteen words naming the picture: "this photo"), each optional, in that
    order; a line of the article (longer, or not about a picture) ends the block."""
    for i, u in enumerate(lines):
        if u.kind is None or not shaped("file", u.text):
            continue
        below = [v for v in lines[i + 1:i + 4] if v.kind is None][:2]
        if below and below[0].kind is None and _credit_name(below[0].text):
            mark_unit(below[0], "caption", FILE_CREDIT_REASON)
            below = below[1:]
        if below and below[0].kind is None and _file_caption(below[0].text):
            mark_unit(below[0], "caption", FILE_CREDIT_REASON)


def _credit_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= _CREDIT_WORDS and all(w[:1].isupper() and not re.search(r"\d|[.!?:;,]$", w) for w in words)


def _file_caption(s: str) -> bool:
    return (_words(s) <= _CAPTION_WORDS and s[:1].isupper() and not _QUOTE_MARKS.search(s)
            and shaped("picture", s, search=True))


def _chart_credits(lines: list[Unit], mark_unit: Callable[..., Any]) -> None:
    for u, below in zip(lines, lines[1:]):
        if u.kind is None and shaped("slug", u.text) and shaped("source", below.text) and _words(below.text) <= 8:
            mark_unit(u, "caption", CHART_REASON)
            mark_unit(below, "caption", CHART_REASON)


def _post_lines(lines: list[Unit], mark_unit: Callable[..., Any]) -> None:
    """Kept lines between a cut line above and a cut time stamp below, the first the post's
    author line ("Jane Roe @jroe"), at most three, each a post's length: the post."""
    for i, u in enumerate(lines):
        if u.kind is not None or i == 0 or lines[i - 1].kind is None or not shaped("handle", u.text):
            continue
        run = [u]
        for v in lines[i + 1:i + 1 + _POST_LINES]:
            if v.kind is not None:
                if shaped("stamp", v.text) and all(w.words <= _POST_WORDS for w in run):
                    for w in run:
                        mark_unit(w, "markup", POST_REASON)
                break
            run.append(v)


def _ad_framed_heads(lines: list[Unit], mark_unit: Callable[..., Any], title_cased: Callable[[str], bool]) -> None:
    for above, u, below in zip(lines, lines[1:], lines[2:]):
        s = u.text.strip()
        if (u.kind is None and above.kind is not None and below.kind is not None and shaped("ad", above.text)
                and shaped("ad", below.text) and _HEAD_WORDS[0] <= u.words <= _HEAD_WORDS[1] and not _STOP.search(s)
                and not s.endswith((":", ",")) and title_cased(s)):
            mark_unit(u, "related", AD_HEAD_REASON)


def _pull_credits(lines: list[Unit], mark_unit: Callable[..., Any], pull_marker: str) -> None:
    for above, u in zip(lines, lines[1:]):
        if (u.kind is None and above.kind is not None and pull_marker in above.reason and shaped("credit", u.text)
                and u.words <= _PULL_CREDIT_WORDS):
            mark_unit(u, "caption", PULL_CREDIT_REASON)


def _gallery_edges(lines: list[Unit], mark_unit: Callable[..., Any], title_cased: Callable[[str], bool],
                   gallery_reason: str) -> None:
    """A short line (two to seven words) with no closing stop (an ellipsis is none: "... asks...")
    right above or below a gallery's cut caption, opening on a capital, not in title case (a
    crosshead), with no quotation mark."""
    for i, u in enumerate(lines):
        s = u.text.strip()
        if (u.kind is not None or u.bullet or not _EDGE_WORDS[0] <= u.words <= _EDGE_WORDS[1]
                or (_STOP.search(s) and not _ELLIPSIS.search(s)) or s.endswith((":", ",", ";"))
                or not s[:1].isupper() or _QUOTE_MARKS.search(s) or title_cased(s)):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(v.reason == gallery_reason for v in near):
            mark_unit(u, "caption", GALLERY_EDGE_REASON)


def _pointed_titles(lines: list[Unit], mark_unit: Callable[..., Any], title_cased: Callable[[str], bool],
                    pointer_reason: str) -> None:
    """A title in title case with no stop right under a cut link pointer ("You can read the
    study here.") and right above another heading (a numbered one, "5. <heading>", or one more
    line with no stop): the pointed page's title, its link lost. A crosshead of the article
    stands over the paragraph it heads, not over another heading."""
    for above, u, below in zip(lines, lines[1:], lines[2:]):
        s, b = u.text.strip(), below.text.strip()
        if (u.kind is None and above.reason == pointer_reason and _HEAD_WORDS[0] <= u.words <= _HEAD_WORDS[1]
                and not _STOP.search(s) and not s.endswith((":", ",")) and title_cased(s)
                and below.kind is None and (_NUMBERED_HEAD.match(b) or not _STOP.search(b))):
            mark_unit(u, "related", POINTED_TITLE_REASON)


def _reference_list(lines: list[Unit], mark_unit: Callable[..., Any]) -> None:
    """The kept lines closing the text, each a reference (data/framed_lines.tsv, "ref"), at
    least two, and the label line over them ("Sources:"); a closing list that holds one line
    of prose is the article's and stays whole."""
    kept = [u for u in lines if u.kind is None]
    run: list[Unit] = []
    for u in reversed(kept):
        if not shaped("ref", u.text):
            break
        run.append(u)
    if len(run) < _MIN_REFS:
        return
    for u in run:
        mark_unit(u, "links", REFERENCES_REASON)
    head = kept[len(kept) - len(run) - 1] if len(kept) > len(run) else None
    if head is not None and shaped("reflabel", head.text):
        mark_unit(head, "links", REFERENCES_REASON)
