"""An embedded post's tags left in a plain text (round thirty-four, issue 16).

PolNeAR's copy of The Western Journal prints each tweet the page embedded as a tag in the
plain text: an empty one where the post's words were not captured
('<tweet tweet-id="<digits>"><tweet/>.'), or one around the post's words
('<tweet tweet-author="@<handle>" tweet-date="<Month D, YYYY>"><words><tweet/>.'). The
judges of seed 139 found these tags kept as text. The tags are markup, not words of
anyone; the post's words inside them are a quoted post and stay, as a line of their own.

Census (round thirty-four; PolNeAR train 301-840 minus the keep-off list, and PolNeAR dev):
56 empty tags and 17 around a post's words (16 of the West Journal, 1 of HuffPost's other
form, '<tweet pic=... author=... timestamp=... tweet_id=...>words</tweet>'); no Timeline17
text has a tag. Two more tags (one train, one dev text) carry sentences of the article's
blockquote in their attributes ('tweet-author="just look at ..."'): the attribute shapes
(data/embed_tags.txt) do not read them. Round thirty-four left those tags whole (cutting
them would cut the quoted sentences); the seed-153 audit judged one kept as noise (the tag's
syntax read as text around a list of reasons), so since round thirty-eight only the tag's
syntax goes ('<tweet tweet-author="', '" tweet-date="', '">', '<tweet/>.': the attribute
names of data/embed_tags.txt) and every word between stays (``_syntax_spans``).

- an empty tag (its opening tag, then at once its closing tag) is cut whole;
- a tag around words: the opening tag and the closing tag (with the full stop the copy
  prints after it) are cut, the words between kept; only when the closing tag follows
  within ``_MAX_POST_CHARS`` and no other tag stands between (else the tag stays whole).

Written here: no library reads this corpus's made-up tag in a plain text (an HTML parser
would take the attributes and drop the words, or keep a malformed tag's text as it is).
noise.clean_text calls :func:`split` first, on the lines as segmented.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from .noise import Unit

EMPTY_REASON = "markup: an embedded post's empty tag (<tweet ...>; the post's words were not printed)"
TAG_REASON = "markup: an embedded post's tag around its words (its author, date and id; the post's words are kept)"

IMAGE_REASON = "markup: a wiki page's image parameters (a width in pixels) left before the paragraph's first word"
PASTED_REASON = "markup: an embedded post pasted as text (its words, its picture or short link, its signature)"


@functools.cache
def _wiki_image() -> re.Pattern:
    """Round forty-one: a wiki image's width left at a line's start (data/embed_tags.txt, row
    "wikiimage")."""
    return re.compile(next(rx for code, rx in lexicon.rows("clean/embed_tags.txt") if code == "wikiimage"))


# a post's words with links and handles: a tweet's 280 characters, and room for its links
_MAX_POST_CHARS = 600
_SPACE = re.compile(r"\s*")


@functools.cache
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    """The opening tag (one or more of the attribute shapes) and the closing tag."""
    attrs = [rx for code, rx in lexicon.rows("clean/embed_tags.txt") if code == "attr"]
    close = next(rx for code, rx in lexicon.rows("clean/embed_tags.txt") if code == "close")
    one = "(?:" + "|".join(attrs) + ")"
    return re.compile(r"<tweet(?:\s+" + one + r")+\s*>"), re.compile(close)


def tag_spans(text: str) -> list[tuple[int, int, str]]:
    """The embed tags of ``text`` to cut: (start, end, reason), in order; and a wiki image's
    width left at a line's start (round forty-one)."""
    opening, closing = _shapes()
    out: list[tuple[int, int, str]] = []
    for m in opening.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        at = _SPACE.match(text, m.end())
        empty = closing.match(text, at.end() if at else m.end())
        if empty is not None:
            out.append((m.start(), empty.end(), EMPTY_REASON))
            continue
        c = closing.search(text, m.end(), m.end() + _MAX_POST_CHARS)
        if c is None or "<" in text[m.end():c.start()] or not text[m.end():c.start()].strip():
            continue  # no closing tag near, or another tag first: left whole
        out.append((m.start(), m.end(), TAG_REASON))
        out.append((c.start(), c.end(), TAG_REASON))
    for m in _wiki_image().finditer(text):
        out.append((m.start(), m.end(), IMAGE_REASON))
    for span in _syntax_spans(text):
        if not any(a < span[1] and span[0] < b for a, b, _ in out):
            out.append(span)
    return sorted(out)


# a blockquote printed inside a tag's attributes: a few paragraphs of a list
_MAX_ATTR_CHARS = 3000
_ATTR_OPEN = re.compile(r'<tweet\s+([\w-]+)="')
_ATTR_NEXT = re.compile(r'"\s+([\w-]+)="')
_ATTR_END = re.compile(r'">')


def _syntax_spans(text: str) -> list[tuple[int, int, str]]:
    """The syntax of a tag whose attribute values hold the article's words (the attribute
    shapes do not read it): '<tweet NAME="', each '" NAME="', the '">' that closes the
    opening tag and the closing tag, where every NAME is an attribute name the shapes know
    (data/embed_tags.txt: tweet-author, tweet-date, ...), the closing tag follows within
    ``_MAX_ATTR_CHARS`` and no other tag stands between; the words between stay. None
    otherwise: a lone '<tweet' or an unknown attribute is left as it is."""
    known = _attribute_names()
    opening, closing = _shapes()
    out: list[tuple[int, int, str]] = []
    for m in _ATTR_OPEN.finditer(text):
        if opening.match(text, m.start()):
            continue  # a tag the shapes read (its post maybe too long to cut around): not this case
        c = closing.search(text, m.end(), m.end() + _MAX_ATTR_CHARS)
        if c is None or m.group(1) not in known or "<" in text[m.end():c.start()]:
            continue
        inner = text[m.end():c.start()]
        end = inner.find('">')
        if end < 0:
            continue
        nexts = list(_ATTR_NEXT.finditer(inner, 0, end))
        if any(n.group(1) not in known for n in nexts) or not inner[end + 2:].strip():
            continue
        spans = [(m.start(), m.end())] + [(m.end() + n.start(), m.end() + n.end()) for n in nexts]
        spans += [(m.end() + end, m.end() + end + 2), (c.start(), c.end())]
        out.extend((a, b, TAG_REASON) for a, b in spans)
    return out


@functools.cache
def _attribute_names() -> frozenset[str]:
    """The attribute names an embedded post's tag uses (data/embed_tags.txt, rows "name")."""
    return frozenset(v for code, v in lexicon.rows("clean/embed_tags.txt") if code == "name")


def split(text: str, units: list[Unit]) -> list[Unit]:
    """The units with every embed tag cut out as a unit of its own (kind ``markup``), the
    words around and between the tags kept as units of their own."""
    from .noise import Unit, _features, _mark

    spans = tag_spans(text)
    if not spans:
        return units
    out: list[Unit] = []
    for u in units:
        inside = [(max(a, u.start), min(b, u.end), why) for a, b, why in spans if a < u.end and b > u.start]
        if not inside or u.kind is not None:
            out.append(u)
            continue
        pos = u.start
        for a, b, why in inside:
            out.extend(_kept(text, pos, a, u.para, Unit))
            cut = Unit(start=a, end=b, text=text[a:b], para=u.para)
            _mark(cut, "markup", why)
            out.append(cut)
            pos = b
        out.extend(_kept(text, pos, u.end, u.para, Unit))
    _features(out)
    return out


def _kept(text: str, a: int, b: int, para: int, unit) -> list[Unit]:
    """The piece of text between two cuts, stripped, as a unit (none when blank)."""
    piece = text[a:b]
    if not piece.strip():
        return []
    a += len(piece) - len(piece.lstrip())
    b -= len(piece) - len(piece.rstrip())
    return [unit(start=a, end=b, text=text[a:b], para=para)]


# a post's words: a tweet's 280 characters and its links, hashtags and signature; a longer
# line is article prose that happens to end on a link
_MAX_PASTED_CHARS = 400


@functools.cache
def _retweet() -> re.Pattern:
    """Round forty-five: a shared post's line, "RT @<handle>: <words>" (data/embed_tags.txt,
    row "retweet")."""
    return re.compile(next(rx for code, rx in lexicon.rows("clean/embed_tags.txt") if code == "retweet"))


@functools.cache
def _pasted() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Round forty-two: a pasted post's closing shape, a reported post's saying verb and a
    narrating line's marks (data/embed_tags.txt, rows "pasted", "reported" and "narrated")."""
    rows = lexicon.rows("clean/embed_tags.txt")
    return (re.compile(next(rx for code, rx in rows if code == "pasted")),
            re.compile(next(rx for code, rx in rows if code == "reported"), re.IGNORECASE),
            re.compile(next(rx for code, rx in rows if code == "narrated")))


def _repeats_signed_post(units: list[Unit], i: int, words: str) -> bool:
    """Does a neighbouring line print the same post's words with its signature (a page's embed
    printed twice, signed and bare)? Then the bare line is the post too."""
    head = words.strip()
    near = [v for v in units[max(0, i - 2):i + 3] if v is not units[i] and v.text.strip()]
    return len(head) >= 20 and any(v.text.strip().startswith(head) and "(@" in v.text for v in near)


def _bare_copy_of_signed(units: list[Unit], i: int, line: str, closing: re.Pattern) -> bool:
    """Is ``line`` a post's words printed bare beside the same words with the post's signature
    ("<words>— Jane Roe (@jroe) May 2, 2014", within two lines)? The signed line must be the
    line whole with nothing after the words but the post's closing (its link and signature):
    an article sentence quoting the post says more than its words, or says them inside a
    sentence of its own, and stays."""
    if len(line) < 20:
        return False
    for v in units[max(0, i - 2):i + 3]:
        other = v.text.strip()
        if v is units[i] or not other.startswith(line) or "(@" not in other:
            continue
        rest = other[len(line):]
        m = closing.search(rest)
        if m is not None and not rest[:m.start()].strip():
            return True
    return False


def first_person_opening(line: str) -> bool:
    """Does the line open in the first person ("I", "We're", "My": data/first_person_openers.txt,
    shared with noise's caption labels)?"""
    first = line.split(None, 1)[0].strip("\"“‘'").rstrip(",.:;!?\"”’") if line.split() else ""
    if len(first) > 1 and first.isupper():
        return False  # (review) "US officials shared ...": the country, not "us"
    return first.lower() in lexicon.words("clean/first_person_openers.txt")


def _opens_own(line: str) -> bool:
    """Does the line open in no first person (a post speaks as "I"/"we" or opens with "Just")?"""
    return not first_person_opening(line) and not line.lstrip("\"“‘' ").lower().startswith("just ")


def in_tag(units: list[Unit], i: int) -> bool:
    """Are the words of ``units[i]`` a post's words inside its embed tag (the tag's syntax cut
    just before or after it)? Round thirty-four keeps them as a quoted post: no rule of
    round forty-two that reads a pasted post or a caption cuts them."""
    return any(0 <= j < len(units) and units[j].reason == TAG_REASON for j in (i - 1, i + 1))


def signed_post(line: str) -> bool:
    """Is the line a whole post closing on its signature ("... pic.twitter.com/x — Jane Roe
    (@jroe) May 2, 2014"), of a post's length? Round fifty-seven (seed 172 K19): the HTML
    path prints an embedded post as one such line (clean.html._read_markup); no rule that
    splits a caption off a line's head or a lost sentence boundary reads it: the post's line
    breaks were lost, and it stays one line, cut whole by ``pasted_posts`` or, when the
    markup named it, kept whole."""
    line = line.strip()
    if len(line) > _MAX_PASTED_CHARS:
        return False
    m = _pasted()[0].search(line)
    return m is not None and "(@" in m.group(0)


def pasted_posts(units: list[Unit], mark, foreign: Callable[[str], bool] | None = None,
                 named: frozenset[str] = frozenset()) -> None:
    """Round forty-two (issue 16): a scraped page's embedded post printed as a line of plain
    text (FNC-1 bodies): the line closes on the post's picture or short link, its hashtags
    and its signature, or on the signature alone; the whole line is cut. A line whose words
    report the post ("The mayor tweeted: ...") is the article's sentence and stays, and so
    does a line longer than a post, and a post's words inside its tag (``in_tag``: round
    thirty-four keeps them).

    ``named``: the lines of posts the page's markup named as embedded posts (round
    fifty-seven, seed 172 K19, K35: clean.html reads a blockquote.twitter-tweet as one
    line, its words, signature and date): quoted posts, kept whole as round thirty-four
    keeps a tagged post's words (the judges read the post's last line cut, its first
    lines kept, as a cut)."""
    closing, reported, narrated = _pasted()
    for i, u in enumerate(units):
        if (u.kind is not None and u.strong) or in_tag(units, i):
            continue
        line = u.text.strip()
        if line in named:
            continue
        if len(line) <= _MAX_PASTED_CHARS and _retweet().match(line):
            # round forty-five: a shared post opens on the share mark and its author's handle;
            # it needs no closing link (a feed widget prints the words alone)
            u.kind = None
            mark(u, "markup", PASTED_REASON)
            continue
        m = closing.search(line)
        if m is None and len(line) <= _MAX_PASTED_CHARS and _bare_copy_of_signed(units, i, line, closing):
            # round forty-six (issue 16, clean46): the page printed the post twice, signed and
            # bare; the bare copy follows or precedes the signed one, which the rule cuts
            mark(u, "markup", PASTED_REASON)
            continue
        if m is None or len(line) > _MAX_PASTED_CHARS or reported.search(line[:m.start()]):
            continue
        # (cleanfix42 review) with no signature ("— Name (@handle) Month D, YYYY") the link alone
        # does not make the line a post: a line narrating a post, or an article sentence the post
        # was glued to, stays whole (the cut is per line)
        # (round forty-three, clean43) a post in another language than the article's ("foreign":
        # the caller's test) is no sentence of the article: its own sentence breaks do not keep it
        if "(@" not in m.group(0) and _opens_own(line) and narrated.search(line[:m.start()]) \
                and not _repeats_signed_post(units, i, line[:m.start()]) \
                and not (foreign is not None and foreign(line[:m.start()])):
            continue
        u.kind = None  # a weak mark (a post's words read as a call to the reader) gives way to the embed's
        mark(u, "markup", PASTED_REASON)
    _hashtag_posts_after(units, mark, reported)


# Round fifty-six (issue 16, seed 171 fnc1_c090 K1): a second post of the same feed printed right
# under a pasted post the rule above cut, its link lost with the scrape: a short line that closes on
# its hashtags ("A lie can run around the world ... #QuoteOfTheDay"). Only right after a cut post,
# only a line of a post's length that ends on a hashtag and does not report the post ("She wrote
# ..."); an article's line ending on a hashtag anywhere else stays.
_CLOSING_HASHTAGS = re.compile(r"(?:\s#[A-Za-z]\w*)+\s*$")


def _hashtag_posts_after(units: list[Unit], mark, reported: re.Pattern) -> None:
    for i in range(1, len(units)):
        u, before = units[i], units[i - 1]
        line = u.text.strip()
        if (u.kind is None and before.reason == PASTED_REASON and len(line) <= _MAX_PASTED_CHARS
                and _CLOSING_HASHTAGS.search(line) and not reported.search(line)):
            mark(u, "markup", PASTED_REASON)
