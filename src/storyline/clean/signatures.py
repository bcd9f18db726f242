"""An archive's byline field and a writer's dash signature (round thirty-four, issue 16).

A Washington Post text drawn from a news archive (PolNeAR's copy, LexisNexis-style) may open
on the archive's byline field, "BYLINE: Jane Roe." (the field label in capitals, a colon, the
name, the full stop every line of that copy closes on), and a roundup of several writers'
items signs each item on a line of its own under it, "- Jane Roe.". Both stood as the
article's first line and as a line mid-text (the seed-137 wash-post audit, K14): the
byline reader (``noise._byline_shape``) reads "By Jane Roe" and no field label, and reads
no signature at all.

Census (round thirty-four; Timeline17 dev, PolNeAR train 301-840 minus the keep-off list,
PolNeAR dev: 2,696 texts; every hit read): the archive's field labels ("BYLINE:",
"SECTION:", "LENGTH:", "DATELINE:", "LOAD-DATE:", "LANGUAGE:", "PUBLICATION-TYPE:") open 2
lines, both "BYLINE: <name>." heading a Washington Post roundup; no other field, no
"Copyright" line at a line's start. A line that is a dash and a name alone: 11, in 6
Washington Post texts and one Reuters comment page: 4 writers' signatures ("- <name>." under
a roundup's item or closing the text), 5 speakers' names under the quotation they said (a
fact check sets each claim in quotation marks and the speaker under it: "- <name>." there
is the attribution, the claim's only one), a wire's credit ("- Reuters.", one word, no
person's name) and a reader's quoted comment signed under its closing quotation mark (cut
with the comment thread already).

So: a line that is the field label "BYLINE:" and a name (or names) is cut as a byline, and
so is a line that is a dash and a person's name (two to four capitalised words, the first a
common first name by the first-name table, as the two-reporter byline
reads it) when the line above it is no quotation: a line
opened or closed by a quotation mark above it makes the name its speaker's attribution,
which stays. The byline reader's reason is used (``REASON``); the name goes to the
document's authors (``metadata.authors`` reads both shapes). A dash before a name inside a
sentence ("The senator - Jane Roe - said ...") is never a whole line and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REASON = "byline: author credit line"  # the byline reader's own reason (noise._classify)

_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
# the archive's byline field: the label in capitals (its form in the archive's copy), a name
# or names, at most a closing full stop
FIELD_BYLINE = re.compile(r"^\s*BYLINE:\s*(?P<names>" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)\s*\.?\s*$")
# a writer's signature: a dash (hyphen, en or em dash, one or two), a name, at most a full stop
SIGNATURE = re.compile(r"^\s*(?:-{1,2}|–|—)\s*(?P<name>" + _NAME + r")\s*\.?\s*$")
_QUOTE_MARKS = "\"“”'‘’"


def _quotation(text: str) -> bool:
    """Whether a line is a quotation: it opens on a quotation mark or closes on one (after its
    stop, or before a final stop: '... accurate."' / '... accurate".')."""
    t = text.strip()
    return bool(t) and (t[0] in _QUOTE_MARKS or t.rstrip(".").endswith(tuple(_QUOTE_MARKS)))


def mark(units: list, mark_unit: Callable[..., None], first_name: Callable[[str], bool]) -> None:
    """Cut the archive's byline field and the writers' dash signatures (see the module's
    doc). ``units``: the cleaner's lines in order; ``mark_unit(unit, kind, reason)``: its
    marker, which leaves a line another rule marked as it is; ``first_name(word)``: whether a
    word is a common first name (the cleaner's, from the first-name table: not "White
    House")."""
    above = None
    for u in units:
        if u.kind is None and (FIELD_BYLINE.match(u.text) or _signature(u.text, above, first_name)):
            mark_unit(u, "byline", REASON)
        if u.text.strip():
            above = u


def _signature(line: str, above, first_name: Callable[[str], bool]) -> bool:
    """Whether ``line`` is a writer's dash signature: a dash and a person's name alone on the
    line, the line above it (``above``, a unit or None) no quotation."""
    m = SIGNATURE.match(line)
    if m is None:
        return False
    return first_name(m.group("name").split()[0]) and not (above is not None and _quotation(above.text))
