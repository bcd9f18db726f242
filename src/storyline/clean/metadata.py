"""Document metadata learnt from what the cleaner cut: authors and outlet.

Plain functions over the removed blocks, given as ``(text, reason)`` pairs: bylines
("By Jane Roe"), author notes ("About Jane Roe", "Jane Roe began covering ...") and
outlet clues in promos and legal lines ("<Outlet>'s daily newsletter", "© 2020
<Outlet>", "<Outlet> staff").
"""

from __future__ import annotations

import re

from .. import lexicon
from ..schema import removal_kind
from . import signatures

# A person's name: two to four capitalised words (initials and particles allowed).
_NAME = r"[A-ZÀ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?(?:\s+(?:[A-Z]\.|[A-ZÀ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*|van|von|de|da|del|al|bin|le|la)){1,3}"
# An outlet: one to four capitalised or camel-case words ("ZDNet", "The Daily Planet").
_OUTLET = r"(?:The\s+)?[A-Z][\w&’'-]*(?:\.[a-z]{2,4})?(?:\s+(?!All\b|Rights\b|Inc\b|Ltd\b|LLC\b)[A-Z][\w&’'-]*(?:\.[a-z]{2,4})?){0,3}"

# round thirty-four (issue 16): also an archive's byline field, "BYLINE: Jane Roe." (clean/signatures.py)
_BYLINE = re.compile(r"^\s*\(?(?:(?i:by|written by|words by|posted by|story by|reporting by)\s+|BYLINE:\s*)(" + _NAME + r")((?:\s*(?:,|and|&)\s*" + _NAME + r")*)")
_ROLE_LINE = re.compile(
    r"^\s*(" + _NAME + r"),?\s+(?:(?:[A-Z][\w.&-]*|and|of|for|the)\s+){0,5}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|staff)\s*$"
)
_WRITE_TO = re.compile(r"^\s*(?i:write to)\s+(" + _NAME + r")\s+(?i:at)\s+\S+@\S+")
_ABOUT = re.compile(r"^\s*(?i:about)(?:\s+(?i:the\s+authors?))?\s*:?\s*(" + _NAME + r")\s*$")
_BIO_START = re.compile(
    r"^\s*(" + _NAME + r")\s+(?:\([^)]*\)\s+)?(?:is|was|has|had|began|joined|covers|covered|writes|wrote|reports|edits|"
    r"leads|works|serves|spent|started|holds|lives|previously)\b"
)
_OUTLET_CLUES = [
    re.compile(r"\b(" + _OUTLET + r")['’]s\s+(?:(?:free|daily|weekly|monthly|morning|evening|best|top|flagship|new)\s+)*(?:e-?mail\s+)?(?:newsletters?|briefings?|digest|podcast|app)\b"),
    # the sign case-blind, the owner capitalised: a caption's "(C)" marks a position ("the
    # drillship (C) burn off gas"), a list's "(c)" an item; neither is followed by a name
    re.compile(r"(?i:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(" + _OUTLET + r")"),
    re.compile(r"\b(" + _OUTLET + r")\s+(?:staff|newsroom|editorial (?:team|board)|news desk)\b"),
    re.compile(r"\b(?i:subscribe to)\s+(" + _OUTLET + r")\b"),
    re.compile(r"\b(?i:(?:originally|first) (?:appeared|published|ran)) (?:in|on|by)\s+(" + _OUTLET + r")"),
    # last: an author note naming where the author works now
    re.compile(r"\b(?:is|as) an? (?:[a-z-]+ ){0,3}(?:reporter|editor|writer|correspondent|columnist|journalist) (?:at|for|with)\s+(" + _OUTLET + r")"),
]
# Round thirty-nine (issue 16): a news service's name after the writer's on a byline line ("By
# JANE DOE Associated Press Writer", "Associated Press Writer" on the line below), cut off the
# line before a name is read (data/wire_services.txt): the service is no author, and the name
# pattern would take its first word ("JANE DOE Associated")
_SERVICE_TAIL = re.compile(
    r"(?:^|,?\s+)(?:" + "|".join(re.escape(s) for s in sorted(lexicon.words("clean/wire_services.txt"), key=len, reverse=True))
    + r")\b.*$")
_NOT_NAMES = {"the", "this", "our", "your", "all", "about", "more", "read", "sign", "log", "get", "kick", "join", "topics", "summary"}


def _clean_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" ,.-")
    name = re.sub(r"^(?i:by)\s+", "", name)  # "By Jane Roe, Health Editor" read as a role line
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() in _NOT_NAMES:
        return None
    return name


def authors(removed: list[tuple[str, str]]) -> list[str]:
    """Author names from bylines and author notes among the removed blocks, in order."""
    found: list[str] = []

    def add(name: str | None):
        if name and name not in found:
            found.append(name)

    for text, reason in removed:
        kind = removal_kind(reason)
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if kind in ("byline", "boilerplate"):
                line = _SERVICE_TAIL.sub("", line).strip()
                if not line:
                    continue
                m = _ROLE_LINE.match(line) or _WRITE_TO.match(line)
                if m:
                    add(_clean_name(m.group(1)))
                    continue
                m = signatures.SIGNATURE.match(line)  # a writer's "- Jane Roe." (round thirty-four)
                if m:
                    add(_clean_name(m.group("name")))
                    continue
                m = _BYLINE.match(line)
                if m:
                    add(_clean_name(m.group(1)))
                    for extra in re.split(r"\s*(?:,|and|&)\s*", m.group(2) or ""):
                        if extra.strip():
                            add(_clean_name(extra))
            if kind == "bio":
                m = _ABOUT.match(line)
                if m:
                    add(_clean_name(m.group(1)))
                    continue
                m = _BIO_START.match(line)
                if m:
                    add(_clean_name(m.group(1)))
    return found


def outlet(removed: list[tuple[str, str]]) -> str | None:
    """The outlet named in promos, legal lines or staff credits among the removed blocks."""
    for rx in _OUTLET_CLUES:
        for text, reason in removed:
            if removal_kind(reason) in ("comments", "outside"):
                continue  # readers and teasers name other outlets
            m = rx.search(text)
            if m:
                name = m.group(1).strip(" .,'’")
                if name.lower().startswith("copyr"):
                    continue  # round forty-three: "(TM and © Copyrigh", a footer the scraper cut short, names no owner
                if name.split()[0].lower() not in _NOT_NAMES or len(name.split()) > 1 and name.lower().startswith("the "):
                    return name
    return None
