"""Name normalisation shared by the per-document and corpus stages.

Plain string functions: strip titles and possessives, split person names into
tokens, phonetic keys (jellyfish metaphone), organisation keys without legal
suffixes, acronyms. The lexicons are data files beside the code.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jellyfish

DATA = Path(__file__).parent / "data"
RESOLVE_DATA = Path(__file__).resolve().parents[1] / "resolve" / "data"

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_CONNECTORS = {"of", "and", "the", "for", "de", "du", "la", "le", "van", "von", "&"}


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@functools.lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str | None]]:
    """Title or role (lowercase) -> (group, gender or None)."""
    out = {}
    for line in read_lines(DATA / "titles.tsv"):
        parts = line.split("\t")
        out[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else None)
    return out


@functools.lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    return frozenset(read_lines(RESOLVE_DATA / "org_suffixes.txt"))


@functools.lru_cache(maxsize=1)
def place_aliases() -> dict[str, str]:
    out = {}
    for line in read_lines(RESOLVE_DATA / "place_aliases.tsv"):
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


def person_tokens(text: str) -> list[str]:
    """Name words of a person mention, titles and honorifics removed: 'Mr. Ren Zhengfei' -> ['Ren', 'Zhengfei']."""
    t = _POSSESSIVE.sub("", text.strip().replace("’", "'"))
    words = _WORD.findall(t)
    while words and words[0].lower().rstrip(".") in {k.rstrip(".") for k in titles()}:
        words = words[1:]
    return [w.rstrip(".") if len(w.rstrip(".")) > 1 else w for w in words]


def person_key(text: str) -> str:
    return " ".join(w.lower() for w in person_tokens(text))


def phonetic(word: str) -> str:
    """Metaphone key of one word ('Ren', 'Rain', 'Raine' -> 'RN')."""
    w = re.sub(r"[^A-Za-z]", "", word)
    return jellyfish.metaphone(w) if w else ""


def org_key(text: str) -> str:
    """Organisation key: simple key without trailing legal/generic suffixes."""
    words = simple_key(text).split()
    suffixes = org_suffixes()
    while len(words) > 1 and words[-1].strip(",") in suffixes:
        words = words[:-1]
    return " ".join(words)


def acronym(text: str) -> str:
    """Initials of a multiword name ('United States' -> 'us'); '' for single words."""
    words = [w for w in re.split(r"[\s-]+", simple_key(text)) if w]
    content = [w for w in words if w not in _CONNECTORS]
    if len(content) < 2:
        return ""
    return "".join(w[0] for w in content)


def place_key(text: str) -> str:
    """Places: aliases from the lexicon, else the simple key."""
    k = simple_key(text)
    canon = place_aliases().get(k)
    return simple_key(canon) if canon else k
