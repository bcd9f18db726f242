"""Time zones come from one list (data/timenorm.json "zones"): the normaliser, the timex
finder, the not-a-year rule and the dateline reader agree on them."""

from __future__ import annotations

import pytest

from storyline import schema, timenorm
from storyline.analyse import parse, timex
from storyline.clean import dateline
from storyline.types import DocAnalysis


def _timexes(nlp, text, anchor="2011-03-19"):
    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=schema.Published(value=anchor)))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    return {t.text: t.value for t in timex.extract(sdoc, a)}


@pytest.mark.parametrize("zone", ["GMT", "PST", "EDT", "CET", "JST", "local time", "UK time"])
def test_military_clock_with_any_listed_zone_is_a_time(nlp, zone):
    got = _timexes(nlp, f"The strikes began at 1800 {zone} on Saturday.")
    assert f"1800 {zone} on Saturday" in got or f"1800 {zone}" in got
    assert "2011-03-19T18:00" in got.values()
    assert "1800" not in got.values()  # never a year


def test_four_digits_without_a_zone_stay_a_year_in_a_date_context(nlp):
    # twin: "in 1800" is a year (far from the story, but with its cue "in")
    assert _timexes(nlp, "The town was founded in 1800.").get("1800") == "1800"


def test_normaliser_reads_every_zone_after_a_clock():
    for z in timenorm.lexicon()["zones"]:
        if len(z) < 2:
            continue
        assert timenorm.normalise(f"3 p.m. {z}", "2011-03-19")[0] == "2011-03-19T15:00", z
        assert timenorm.normalise(f"1800 {z}", "2011-03-19")[0] == "2011-03-19T18:00", z


def test_dateline_reads_the_same_zones():
    for z in ("PST", "EDT", "JST"):
        text = f"TOKYO | Fri Apr 15, 2011 7:32 pm {z}\nTOKYO (Reuters) - The quake struck."
        found = dateline.find(text, [0, text.index("\n") + 1])
        assert found is not None and found.zone == z and found.date == "2011-04-15"
    # twin: a place word that is no zone stays out ("WEST BANK")
    found = dateline.find("RAMALLAH, WEST BANK (Reuters) - Talks resumed.", [0])
    assert found is not None and found.zone is None


def test_one_zone_pattern_for_finder_and_not_a_year():
    # "0600 UK time" was read by the normaliser but missed by the clock finder (its zones
    # were capitals or lower case only) and by the not-a-year rule (one-word zones only)
    import re

    written = re.compile(rf"^(?:{timenorm.zones_re(as_written=True)})$")
    assert written.match("UK time") and written.match("uk time") and written.match("GMT")
    assert not written.match("at")  # codes only in capitals: "1800 at" is no clock
    assert not written.match("gmt")
    lower = re.compile(rf"^(?:{timenorm.zones_re()})$")
    assert all(lower.match(z) for z in timenorm.lexicon()["zones"])
