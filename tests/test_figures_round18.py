"""Round eighteen (20x): figure periods, values and units the held-out seed-47 audit judged
wrong, on short invented texts; each rule with its must-not-fire twin.

- "so far" dates only the clause it stands in ("the blast that killed 9 workers had cost
  it $40 million so far": the deaths are not counted to the day it is told);
- a timeline entry's date line ("March 3, 2010 - Blast at ...; 9 workers are killed")
  dates the entry's sentence past a ";";
- a past statement or a timeline entry is never dated after the day it is told by a time
  with no year written (the time step's next-year "March 5" in a text of the next January);
- a bracket converting a bound or a range converts it whole ("up to 48,000 barrels
  (2.0 million gallons\\/7.6 million liters)", "(420,000 and 1.26 million gallons ...)");
- "from <rate> to <n> <the same noun>" gives the second figure the rate.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_figures_period import periods

from storyline import pipeline, schema
from storyline.analyse import figures
from storyline.analyse.quantities import parse


def _units(nlp, text, pub="2010-07-25"):
    a = pipeline.analyse_document(schema.Document(id="d1", text=text, published=schema.Published(value=pub, source="metadata")), nlp)
    return {f.text: f.unit for f in a.figures}


# --- "so far" dates its own clause only --------------------------------------------------

def test_so_far_of_another_clause_does_not_make_a_death_toll_of_today(nlp):
    got = periods(nlp, "Acme said the fire, caused by a blast that wrecked the Port Ellery plant and killed 9 workers, "
                       "had cost it $40 million so far.", pub="2010-05-24")
    assert got["9"] != ("2010-05-24", "published")
    assert got["$40 million"] == ("2010-05-24", "published")


def test_twin_so_far_on_the_figures_own_clause_or_its_relative_clause(nlp):
    got = periods(nlp, "Officials said 11 people have died so far in the floods.", pub="2010-05-24")
    assert got["11"] == ("2010-05-24", "published")
    got = periods(nlp, "Acme must pump out the 3 million litres that have so far seeped into the lake.", pub="2010-05-24")
    assert got["3 million"] == ("2010-05-24", "published")


# --- a timeline entry's date line --------------------------------------------------------

ENTRY = ("Below is a timeline of the fire.\n\n"
         "March 3, 2010 - Blast and fire at Acme Corp's plant in Port Ellery; 9 workers are killed.\n\n"
         "March 5 - The plant, valued at more than $90 million, collapses.\n")


def test_an_entry_date_dates_its_sentence_past_a_semicolon(nlp):
    assert periods(nlp, ENTRY, pub="2010-05-24")["9"] == ("2010-03-03", "timex")


def test_entry_date_line_is_a_paragraphs_first_date_before_a_dash():
    assert figures._entry_date_line(ENTRY, ENTRY.index("March 3"), ENTRY.index("March 3") + len("March 3, 2010"))
    # twins: a date inside a line, a date before a comma
    text = "Acme said on March 3 - a Friday - that 9 workers were killed.\n\nMarch 3, 2010, was a dark day.\n"
    s = text.index("March 3")
    assert not figures._entry_date_line(text, s, s + len("March 3"))
    s = text.index("March 3, 2010")
    assert not figures._entry_date_line(text, s, s + len("March 3, 2010"))


def test_twin_no_entry_line_no_date_across_a_semicolon(nlp):
    got = periods(nlp, "The blast on March 3 wrecked the plant; 9 workers are killed, officials say.", pub="2010-05-24")
    assert got["9"] != ("2010-03-03", "timex")


# --- never after the day it is told, unless it looks ahead --------------------------------

def test_a_timeline_entry_of_a_year_before_is_not_dated_next_year(nlp):
    got = periods(nlp, ENTRY, pub="2011-01-11")
    assert got["more than $90 million"] == (None, None)  # was 2011-03-05
    assert got["9"] == ("2010-03-03", "timex")  # its year is written


def test_twin_a_forecast_keeps_its_later_time(nlp):
    got = periods(nlp, "If next month Acme starts to pump 50,000 barrels of water per day, the harbour will be dry.",
                  pub="2011-01-11")
    assert got["50,000"][0] == "2011-02"


def test_a_reported_day_after_publication_with_no_year_written_is_dropped(nlp):
    got = periods(nlp, "Jane Roe wrote that 256 cases of the flu were reported in Port Ellery on the news "
                       "(12th of January at 8pm).", pub="2011-01-11")
    assert got["256"] == (None, None)


def test_twin_a_readers_post_that_writes_its_year_keeps_its_day(nlp):
    got = periods(nlp, "At 20:04 12 Jan 2011, Jane Roe wrote: 256 cases of the flu were reported in Port Ellery "
                       "on the news (12th of January at 8pm).", pub="2011-01-11")
    assert got["256"] == ("2011-01-12", "timex")


# --- a bracket converts a bound or a range whole -----------------------------------------

def _q(text):
    return {q.text: q for q in parse(text)}


def test_every_conversion_of_a_bound_is_bounded():
    got = _q("The ship can take up to 48,000 barrels (2.0 million gallons\\/7.6 million liters) per day.")
    assert [(got[t].bound, got[t].high) for t in ("2.0 million", "7.6 million")] == [("upper", 2.0e6), ("upper", 7.6e6)]
    got = _q("The tanker can hold up to 4,000 barrels (168,000 gallons or 636,000 liters) of fuel.")
    assert got["636,000"].bound == "upper"


def test_twin_a_bracket_that_breaks_a_count_down_is_no_conversion():
    got = _q("Up to 1,200 cases (400 in Port Ellery or 300 in Dunmore) were found.")
    assert got["400"].kind == "value" and got["300"].kind == "value"
    got = _q("The ship can take 48,000 barrels (2.0 million gallons\\/7.6 million liters) per day.")
    assert got["7.6 million"].kind == "value"


def test_the_conversions_of_a_range_are_ranges():
    got = _q("Between 10,000 and 30,000 barrels (420,000 and 1.26 million gallons\\/1.6 million and 4.8 million liters) "
             "leaked.")
    assert (got["420,000 and 1.26 million"].low, got["420,000 and 1.26 million"].high) == (420_000, 1_260_000)
    assert got["1.6 million and 4.8 million"].kind == "range"


def test_twin_two_counts_in_a_bracket_after_a_range_are_no_range():
    got = _q("Between 10 and 20 boats (3 and 4 of them trawlers) sank.")
    assert got["3"].kind == "value" and got["4"].kind == "value"
    got = _q("Acme shipped 10,000 barrels (420,000 and 1.26 million gallons) in all.")
    assert "420,000 and 1.26 million" not in got


@given(lo=st.integers(1, 900), span=st.integers(1, 900))
@settings(max_examples=30, deadline=None)
def test_a_converted_range_keeps_its_ends(lo, span):
    hi = lo + span
    text = f"Between {lo * 10} and {hi * 10} barrels ({lo} and {hi} tonnes) leaked."
    got = [q for q in parse(text) if q.kind == "range"]
    assert [(q.low, q.high) for q in got] == [(lo * 10, hi * 10), (lo, hi)]


# --- the rate of a change's start ---------------------------------------------------------

def test_the_level_a_rate_is_raised_to_takes_its_rate(nlp):
    got = _units(nlp, "Acme said it would add ships to raise its capacity to pump water from 10,000 barrels a day now "
                      "to 25,000-30,000 barrels before the month is out.")
    assert got["25,000-30,000"] == "barrels/day"


def test_twin_another_noun_or_its_own_rate_is_kept(nlp):
    got = _units(nlp, "Output rose from 10,000 barrels a day to 25,000 barrels a week.")
    assert got["25,000"] == "barrels/week"
    got = _units(nlp, "Acme cut output from 10,000 barrels a day to 5,000 tonnes of ore.")
    assert got["5,000"] == "tonnes"
