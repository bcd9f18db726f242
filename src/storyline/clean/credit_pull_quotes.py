"""A pull quote with its credit line, run into the next sentence (round eighteen, 16r).

A BBC page sets a short quotation in a box with its speaker's name and role or
organisation under it and no stop anywhere ("We will need hands more than money Jane
Roe, Acme Relief"); saved as text the box runs into the paragraph below ("... more than
money Jane Roe, Acme Relief The first flights landed ..."). Round thirteen's rule
(noise._split_attributed_pull_quotes) cuts such a box only where the article gives the
quotation again; most boxes are not given again word for word. Here the credit line
itself is the evidence: the piece opens its line below the text's first kept line, has 6
to 40 words with no stop, colon, semicolon or quote mark inside, no verb of saying, and
ends on a lower-case word that is no name cue ("according to", "by", "with": a name
after one goes on the sentence); then the credit: two to four capitalised words the
parse reads as a name (no verb), a comma, one to seven words of role or organisation
with no comma and no verb (a capitalised word tagged as one aside: "Keep Marotia Dry"); then a sentence opens: a quote mark, or a listed opener
(sentence_openers.txt) before a lower-case word, opening a whole clause of six words or
more. An article sentence that names a person and role goes on with a comma or a verb
after the role ("Jane Roe, head of Acme, said ..."), and one that lost its stop before a
name ends on a capitalised word or a name cue, so neither reads as this seam.

Measured over all 2,148 Timeline17 dev texts: 6 pieces cut, all read: 6 pull quotes with
their credit, no article sentence (of the 50 lines with the shape's tokens, the name-cue,
parse and saying-verb guards hold out 40 article sentences).

No library marks pull quotes in plain text; the parser noise.py already loads reads the
credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .noise import Unit

REASON = "pull quote: a quotation set in the page with its speaker's name and role, run into the next sentence"
_MAX_NAME, _MAX_ROLE = 4, 7
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*")
_INNER_STOP = re.compile(r"[.!?:;](?:[\"”’')]*)\s|[\"“”]")


@dataclass(frozen=True)
class Tools:
    """What this module reads with, handed by its caller (noise, which calls this module),
    as 16p's name_end_captions is handed its own: ``english`` whether a text is parsed as
    English; ``min_words``/``max_words`` a pull quote's bounds; ``cut_at`` cuts the units'
    heads at the offsets given (with a reason); ``below_first`` whether a unit opens a line
    below the text's first kept one; ``token`` a token's pattern; ``name_cues``, ``openers``
    and ``saying`` the words after which a name goes on the sentence, the sentence openers
    and the verbs of saying; ``balanced`` whether a piece closes its brackets and quotes;
    ``parse`` the English pipeline (text -> Doc); ``name_and_role`` whether words are a role
    or organisation (title case allowed); ``clause_follows`` whether a whole clause opens at
    an offset of a line."""

    english: Callable[[str], bool]
    min_words: int
    max_words: int
    cut_at: Callable[[str, list[Unit], dict[int, int], str], list[Unit]]
    below_first: Callable[[str, Unit, list[Unit]], bool]
    token: re.Pattern[str]
    name_cues: Callable[[], frozenset[str]]
    openers: Callable[[], frozenset[str]]
    saying: Callable[[], frozenset[str]]
    balanced: Callable[[str], bool]
    parse: Callable
    name_and_role: Callable[[str], bool]
    clause_follows: Callable[[str, int], bool]


def split(text: str, units: list[Unit], tools: Tools) -> list[Unit]:
    """Cut every pull quote with its credit line (see the module's doc) off its line."""
    if len(units) < 2 or not tools.english(text):
        return units
    cuts: dict[int, int] = {}
    for u in units:
        if u.kind is not None or u.bullet or u.words < 2 * tools.min_words:
            continue
        at = credit_cut(text, u, units, tools)
        if at is not None:
            cuts[u.start] = at
    return tools.cut_at(text, units, cuts, REASON) if cuts else units


def credit_cut(text: str, u: Unit, units: list[Unit], tools: Tools) -> int | None:
    """The offset in ``u.text`` of the sentence after a pull quote and its credit line
    opening ``u``; None when ``u`` opens with none."""
    if not tools.below_first(text, u, units):
        return None
    toks = list(tools.token.finditer(u.text))
    for i in range(tools.min_words, min(len(toks) - 3, tools.max_words + 1)):
        p = toks[i - 1].group(0)
        if not re.fullmatch(r"[a-z][a-z'’-]*", p) or p in tools.name_cues():
            continue
        if not _NAME_WORD.fullmatch(toks[i].group(0).rstrip(",")):
            continue
        piece = u.text[:toks[i].start()]
        if _INNER_STOP.search(piece.lstrip("\"“‘")) or not tools.balanced(piece):
            return None  # the first sentence ends inside: no pull quote opens the line
        name_end = _name_end(toks, i)
        if name_end is None:
            continue
        seam = _role_end(toks, name_end + 1, tools.openers())
        if seam is None or toks[seam - 1].group(0).lower() in tools.name_cues():
            # (a role ending on "of", "the", "for" ... goes on into the quotation after it: "when
            # Jane Roe, a host of "The Hour," refused ...", a show's title, not a new sentence;
            # round thirty-four, seen once typesetting doubled apostrophes showed its marks)
            continue
        credit = u.text[toks[i].start():toks[seam].start()].strip()
        name, _, role = credit.partition(",")
        if not _names_only(tools.parse(name)) or not tools.name_and_role(role):
            continue
        if any(t.pos_ == "VERB" and t.lemma_.lower() in tools.saying() for t in tools.parse(piece)):
            return None  # a verb of saying: the article reports the words
        if not tools.clause_follows(u.text, toks[seam].start()):
            continue
        return toks[seam].start()
    return None


def _name_end(toks: list[re.Match[str]], i: int) -> int | None:
    """The index of the name's last word (the one with the comma) when two to four
    capitalised words from ``i`` end on a comma; else None."""
    for j in range(i, min(i + _MAX_NAME, len(toks))):
        w = toks[j].group(0)
        if not _NAME_WORD.fullmatch(w.rstrip(",")):
            return None
        if w.endswith(","):
            return j if j > i else None
    return None


def _role_end(toks: list[re.Match[str]], k: int, openers: frozenset[str]) -> int | None:
    """The index of the token opening the sentence after a role of one to seven words
    from ``k`` (a quote mark, or an opener before a lower-case word); None at a comma or
    stop inside the role or past its length."""
    for j in range(k + 1, min(k + _MAX_ROLE + 1, len(toks) - 1)):
        before = toks[j - 1].group(0)
        if before[-1:] in ",.!?:;)\"”":
            return None
        w, nxt = toks[j].group(0), toks[j + 1].group(0)
        if w[:1] in "\"“" or (w in openers and nxt[:1].islower()):
            return j
    return None


def _names_only(doc) -> bool:
    """Every word of the name is read as a proper noun (a person, not "Many residents")."""
    return all(t.pos_ == "PROPN" for t in doc if t.is_alpha)
