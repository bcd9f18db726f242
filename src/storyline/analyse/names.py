"""Name normalisation shared by the per-document and corpus stages.

Plain string functions: strip titles and possessives, split person names into
tokens, phonetic keys (jellyfish metaphone), organisation keys without legal
suffixes, acronyms. The lexicons are data files read through ``storyline.lexicon``.
"""

from __future__ import annotations

import functools
import re

import jellyfish

from .. import lexicon

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_CONNECTORS = {"of", "and", "the", "for", "de", "du", "la", "le", "van", "von", "&"}
# lowercase words that may sit inside a name ("Bank of the West", "Moscone Center in San Francisco")
_INNER = _CONNECTORS | {"in", "at", "on", "near", "upon", "del", "da", "di", "y", "und", "et"}


@functools.lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str | None]]:
    """Title or role (lowercase) -> (group, gender or None)."""
    out = {}
    for line in lexicon.lines("analyse/titles.tsv"):
        parts = line.split("\t")
        out[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else None)
    return out


@functools.lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    return lexicon.words("org_suffixes.txt")


@functools.lru_cache(maxsize=1)
def place_aliases() -> dict[str, str]:
    out = {}
    for line in lexicon.lines("place_aliases.tsv"):
        variant, canonical = line.split("\t")
        out[simple_key(variant)] = canonical
    return out


def is_title(word: str) -> bool:
    return word.lower().strip(",") in titles()


def role_group(word: str) -> str | None:
    hit = titles().get(word.lower())
    return hit[0] if hit else None


def simple_key(text: str) -> str:
    """Lowercase, no dots, no possessive, no leading 'the', single spaces."""
    t = text.strip().replace("’", "'")
    t = _POSSESSIVE.sub("", t)
    t = t.replace(".", "").lower()
    t = re.sub(r"[\s\u00a0]+", " ", t).strip(" ,;:-")
    if t.startswith("the "):
        t = t[4:]
    return t


def _is_lower(word: str) -> bool:
    return word[:1].islower() and not any(c.isupper() for c in word[1:])


def core_name(text: str) -> str:
    """The name inside a longer mention: descriptors, titles and asides dropped.

    "Airbus chief executive Noel Forgeard" -> "Noel Forgeard", "Ryanair CEO, Michael
    O'Leary" -> "Michael O'Leary", "European aircraft manufacturer, Airbus" -> "Airbus",
    "Senator John McCain (R-AZ" -> "John McCain", "Bank of America" unchanged.
    """
    t = text.strip()
    if "(" in t and t.split("(", 1)[0].strip():
        t = t.split("(", 1)[0].strip()
    segments = [seg.strip() for seg in t.split(",") if seg.strip()]
    if len(segments) > 1:

        def score(item):
            # the first mostly-capitalised segment without a role word: "San Francisco, California"
            i, seg = item
            words = seg.split()
            roles = any(w.lower().strip(".") in titles() for w in words)
            caps = sum(w[:1].isupper() for w in words) / len(words)
            return (not roles, caps >= 0.5, -i)

        t = max(enumerate(segments), key=score)[1]
    words = t.split()
    cut = -1
    for i, w in enumerate(words[:-1]):
        lw = w.lower().strip(".,")
        if (_is_lower(w) and lw not in _INNER) or lw in titles() or w.lower() in titles():
            cut = i
        elif i < len(words) - 1 and re.search(r"['’]s$", w) and w[:1].isupper():
            # an owner: "Apple's iTunes store" -> "iTunes store"; a plural possessive
            # belongs to the name ("Averly Rail Workers' Union")
            cut = i
    core = " ".join(words[cut + 1 :])
    return core or text.strip()


@functools.lru_cache(maxsize=1)
def _bare_titles() -> frozenset[str]:
    """Titles without their final dot (built once: it was rebuilt for every word)."""
    return frozenset(k.rstrip(".") for k in titles())


def person_tokens(text: str) -> list[str]:
    """Name words of a person mention, titles and honorifics removed: 'Mr. Ren Zhengfei' -> ['Ren', 'Zhengfei']."""
    t = _POSSESSIVE.sub("", core_name(text).replace("’", "'"))
    words = _WORD.findall(t)
    while words and words[0].lower().rstrip(".") in _bare_titles():
        words = words[1:]
    return [w.rstrip(".") if len(w.rstrip(".")) > 1 else w for w in words]


def person_key(text: str) -> str:
    return " ".join(w.lower() for w in person_tokens(text))


def phonetic(word: str) -> str:
    """Metaphone key of one word ('Ren', 'Rain', 'Raine' -> 'RN')."""
    w = re.sub(r"[^A-Za-z]", "", word)
    return jellyfish.metaphone(w) if w else ""


@functools.lru_cache(maxsize=65536)
def org_key(text: str) -> str:
    """Organisation key: simple key of the core name without trailing legal/generic suffixes."""
    words = simple_key(core_name(text)).split()
    suffixes = org_suffixes()
    while len(words) > 1 and words[-1].strip(",") in suffixes:
        words = words[:-1]
    return " ".join(words)


def acronym(text: str) -> str:
    """Initials of a multiword name ('United States' -> 'us'); '' for single words."""
    words = [w for w in re.split(r"[\s-]+", simple_key(core_name(text))) if w]
    content = [w for w in words if w not in _CONNECTORS]
    if len(content) < 2 or not all(w.isalpha() for w in content):
        return ""  # "Boeing 737" has no acronym
    return "".join(w[0] for w in content)


def is_acronym_form(text: str) -> bool:
    """'US', 'U.S.', 'USAF', 'NSA': a short all-capitals form."""
    t = text.strip().replace(".", "")
    if t.lower().startswith("the "):
        t = t[4:]
    return 2 <= len(t) <= 6 and t.isalpha() and t.isupper()


def place_key(text: str) -> str:
    """Places: aliases from the lexicon, else the simple key."""
    k = simple_key(core_name(text))
    canon = place_aliases().get(k)
    return simple_key(canon) if canon else k
