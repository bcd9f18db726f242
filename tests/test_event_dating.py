"""Events dated by their clause, sentence or previous sentence; bounds and sayings never date them (issue 17, item 3)."""

from __future__ import annotations

import pytest


def _events(nlp, text: str, published: str = "2011-03-20"):
    from storyline import schema
    from storyline.analyse import events, parse, timex
    from storyline.types import DocAnalysis

    a = DocAnalysis(version="t", document=schema.Document(id="d", text=text, published=schema.Published(value=published, source="metadata")))
    sdoc = nlp(text)
    a.sentences = parse.sentences(sdoc, [])
    a.timexes = timex.extract(sdoc, a)
    a.events = events.extract(sdoc, a)
    return {e.trigger: (a.timexes[e.timex].value if e.timex is not None else None, e.timex_via) for e in a.events}


def test_clause_dates_its_event(nlp):
    assert _events(nlp, "Rebels seized the town on Saturday.")["seized"] == ("2011-03-19", "clause")


def test_sentence_lends_its_only_date(nlp):
    got = _events(nlp, "On Saturday, rebels seized the town and killed 20 soldiers.")
    assert got["killed"][0] == "2011-03-19"


def test_previous_sentence_lends_a_day(nlp):
    got = _events(nlp, "Rebels seized the town on Saturday. They killed 20 soldiers.")
    assert got["killed"] == ("2011-03-19", "previous sentence")


def test_a_new_paragraph_that_goes_on_with_the_narrative_takes_its_day(nlp):
    # wire copy: one sentence a paragraph; the narrative goes on (main clause, simple past)
    got = _events(nlp, "Rebels seized the town on Saturday.\n\nThey killed 20 soldiers.")
    assert got["killed"] == ("2011-03-19", "previous sentence")


@pytest.mark.parametrize("text, trigger", [
    # the time moves: an opener says so
    ("Rebels seized the town on Saturday.\n\nEarlier, they killed 20 soldiers.", "killed"),
    ("Rebels seized the town on Saturday.\n\nPreviously, troops burned the town.", "burned"),
    # told inside a saying or a quote: the speaker's time
    ("Rebels seized the town on Saturday.\n\nA witness told reporters that troops burned the bridge.", "burned"),
    ('Rebels seized the town on Saturday.\n\n"Troops burned the bridge," a witness said.', "burned"),
    # no happening
    ("Rebels seized the town on Saturday.\n\nThey never killed the soldiers.", "killed"),
    # another topic: no pronoun subject, no noun or name shared with the dated sentence
    ("The man died on Saturday in Norwalk.\n\nThe ministry seized three shipments of pork.", "seized"),
    # the day dates no past happening of a main clause: a participle, a perfect
    ("The report, published on Monday, blames the crew.\n\nCrews towed the wreck to port.", "towed"),
    ("Rebels had seized the town on Saturday.\n\nThey killed 20 soldiers.", "killed"),
    # a calendar date further down tells background: not carried across a paragraph
    ("Rebels seized the town on 12 March.\n\nThey killed 20 soldiers.", "killed"),
    ("The rig, which exploded and sank on 20 April, is a vessel.\n\nThe rig sailed under the flag of Panama.", "sailed"),
])
def test_twin_a_new_paragraph_that_moves_away_from_the_day_takes_none(nlp, text, trigger):
    got = _events(nlp, text)
    assert got.get(trigger, (None, None)) == (None, None)


def test_a_new_paragraph_on_the_same_topic_takes_its_day(nlp):
    got = _events(nlp, "BP shares in New York closed lower on Tuesday.\n\nBP shares in London sank 3 percent.")
    assert got["sank"] == ("2011-03-15", "previous sentence")


def test_a_simple_past_passive_takes_the_previous_sentences_day(nlp):
    got = _events(nlp, "Rebels seized the town on Saturday.\n\nTwenty soldiers were killed in the town.")
    assert got["killed"] == ("2011-03-19", "previous sentence")


def test_twin_a_perfect_passive_takes_no_day(nlp):
    got = _events(nlp, "Rebels seized the town on Saturday.\n\nTwenty soldiers have been killed in the town.")
    assert got["killed"] == (None, None)


def test_the_narrative_carries_the_day_one_sentence_further(nlp):
    got = _events(nlp, "Rebels seized the town on Saturday.\n\nThey killed 20 soldiers.\n\nThey burned the bridge.")
    assert got["burned"] == ("2011-03-19", "previous sentence")


@pytest.mark.parametrize("text, trigger", [
    # not two steps further
    ("Rebels seized the town on Saturday.\n\nThey killed 20 soldiers.\n\nThey burned the bridge.\n\nThey looted the bank.", "looted"),
    # nor past a step that moved the time
    ("Rebels seized the town on Saturday.\n\nEarlier, they killed 20 soldiers.\n\nThey burned the bridge.", "burned"),
    # nor into a quote
    ('Rebels seized the town on Saturday.\n\nThey killed 20 soldiers.\n\n"They burned the bridge," a witness said.', "burned"),
])
def test_twin_the_narrative_stops_carrying_the_day(nlp, text, trigger):
    got = _events(nlp, text)
    assert got.get(trigger, (None, None)) == (None, None)


def test_no_lending_when_the_sentence_has_two_dates(nlp):
    got = _events(nlp, "Rebels seized the town on Saturday after talks failed in February, and troops fled.")
    assert got.get("fled", (None, None))[0] is None


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The company signed a contract stretching to 2047.", "signed"),
        ("The government cut emissions by 2022, officials hoped.", "cut"),
        ("The minister said on Monday that rebels had seized the town.", "seized"),
        ("Prices have risen since 2008.", "risen"),
        ("The first pill, sold by Acme Corp, was pulled from the shelves in 1999.", "sold"),
        # a date of a noun after the cue: the happening is after that day, not on it (audit bpoil)
        ("Oil leaked into the bay after the April 20 rig explosion.", "leaked"),
        ("Dead dolphins have washed ashore since the April 20 blowout.", "washed"),
    ],
)
def test_bounds_and_sayings_do_not_date(nlp, text, trigger):
    got = _events(nlp, text)
    assert trigger in got
    assert got[trigger][0] is None


def test_twin_a_plain_year_dates(nlp):
    got = _events(nlp, "The company signed a contract in 2010.")
    assert got["signed"][0] == "2010"


def test_twin_a_date_after_a_noun_without_cue_dates(nlp):
    # must-fire twin of the bound through a determiner: no cue, the date is the clause's
    assert _events(nlp, "Oil leaked into the bay on April 20.")["leaked"][0] == "2011-04-20"
    assert _events(nlp, "The April 20 platform blast killed 11 workers.")["killed"][0] == "2011-04-20"


def test_bound_cue_through_a_determiner():
    from storyline.analyse.events import bound_cue

    text = "oil spilled after the April 20 explosion; the fleet sailed on the 1st; prices rose since 2008"
    assert bound_cue(text, text.index("April")) == "after"
    assert bound_cue(text, text.index("2008")) == "since"
    assert bound_cue(text, text.index("1st")) is None  # "on the 1st": no cue


@pytest.mark.parametrize(
    "text,trigger",
    [
        # the date belongs to a noun on the way up to the verb (audit bpoil V2/V5, H1N1 V29)
        ("The company paid victims of the 1989 Exxon Valdez spill.", "paid"),
        ("The firm sued on behalf of victims of the 2005 Texas City blast.", "sued"),
        ("A fever that can kill thousands happened with the epidemics of 1918, 1957 and 1968.", "happened"),
    ],
)
def test_a_nouns_date_does_not_date_the_clause(nlp, text, trigger):
    got = _events(nlp, text)
    assert trigger in got and got[trigger][0] is None


def test_twin_a_subjects_date_dates_its_clause(nlp):
    # must-fire twins: the noun is the verb's subject, or the date is the verb's own
    assert _events(nlp, "The 1918 pandemic killed 50 million people.")["killed"][0] == "1918"
    assert _events(nlp, "The firm sued the operator in 2005.")["sued"][0] == "2005"


def test_a_year_between_the_and_a_noun_dates_the_noun_even_when_misparsed(nlp):
    # spaCy's small model parses "1989" as the object of "eclipse" and "spill" as a clause
    # of it; the year is still the spill's (audit bpoil: a 2010 sentence dated 1989)
    got = _events(nlp, "It threatens to eclipse the 1989 Sea Lion spill off Port Ellery as the worst coastal disaster on record.")
    assert all(v != "1989" for v, _ in got.values()), got


def test_twin_a_year_of_the_subject_still_dates_its_clause(nlp):
    assert _events(nlp, "The 1989 Exxon Valdez spill killed thousands of birds.")["killed"][0] == "1989"
    assert _events(nlp, "The company sold the unit in 2019 to a rival.")["sold"][0] == "2019"


# --- a day told relative to another day of the text (round ten, 17m; dated rightly in round eleven, 17x) ---

@pytest.mark.parametrize(
    "text,trigger,value",
    [
        # the reader took "the day" for June 3 itself: now a day on from it (June 3 is 2010-06-03 in a report of 2011-03-20)
        ("Rebels seized the port on June 3. Troops fled the day after.", "fled", "2010-06-04"),
        ("Rebels seized the port on June 3. Troops had left it the day before.", "left", "2010-06-02"),
        # "morning" was the report's own morning
        ("Rebels seized the port on Monday. The next morning, troops fled.", "fled", "2011-03-15"),
        # no time expression was read at all
        ("Rebels seized the port on June 3. Troops left it the following day.", "left", "2010-06-04"),
        # a coordinated verb whose own words tell another day takes that day, not its sentence's
        ("Rebels seized the port on Monday and left it the following day.", "left", "2011-03-15"),
    ],
)
def test_a_day_before_or_after_another_is_a_day_off_it(nlp, text, trigger, value):
    got = _events(nlp, text)
    assert got[trigger][0] == value, got


@pytest.mark.parametrize(
    "text,trigger",
    [
        # the day told from is in another paragraph: out of reach
        ("Rebels seized the port on Monday.\n\nThey burned the bridge.\n\nThe night after, they left the town.", "left"),
        # two different days named before it: which one is unsaid
        ("Rebels seized the port on Monday after talks failed on June 3, and troops fled the next day.", "fled"),
        # no day named before it
        ("Troops fled the day after.", "fled"),
        # a happening's day, not a named day's: "the day after the siege began"
        ("Rebels seized the port on Monday. Troops fled the day after the siege began.", "fled"),
    ],
)
def test_twin_a_day_off_an_unnamed_or_unclear_day_is_undated(nlp, text, trigger):
    got = _events(nlp, text)
    assert trigger in got and got[trigger][0] is None, got


def test_twin_a_day_the_reader_shifts_or_the_same_day_dates(nlp):
    # must-fire twins: read as shifted from the day before, or that very day
    assert _events(nlp, "Rebels seized the port on June 3. The previous day, troops left it.")["left"][0] == "2010-06-02"
    assert _events(nlp, "Rebels seized the port on June 3. Troops fled two days later.")["fled"][0] == "2010-06-05"
    assert _events(nlp, "Rebels seized the port on June 3. That day, troops left it.")["left"][0] == "2010-06-03"
    assert _events(nlp, "Rebels seized the port on Monday morning. Troops fled.")["fled"][0] == "2011-03-14TMO"
    assert _events(nlp, "Rebels seized the port on Monday. Troops fled the day after the siege began.")["seized"][0] == "2011-03-14"
    # in apposition to a named day, "the day after" is that day
    assert _events(nlp, "On 13 March, the day after the storm, crews cleared the roads.")["cleared"][0] == "2011-03-13"


def test_other_days_spans():
    from storyline.analyse.events import other_days

    text = "fled the day after; the next morning; a day later; that night before; the day's events; next week"
    got = [text[a:b] for a, b in other_days(text, 0, len(text))]
    assert got == ["the day after", "the next morning", "that night before"]
    # a phrase the time expression reader shifts is left out
    from storyline.analyse import timex

    found: list = []
    timex.relative_days(found, text, None)
    assert [t.text for t in found] == ["the day after", "the next morning", "that night before"]
    assert [text[a:b] for a, b in other_days(text, 0, len(text), found)] == []
