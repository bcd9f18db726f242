"""A figure's period (issue 20, round six): only a time of the figure's own clause dates it;
a comparison's base, a start point, a relative clause's time or another event's time does
not. With none, the publication date by what the clause says: its day for a count told as
of now, its year for a past statement, nothing when the clause ties it to another time.

Each rule has a must-not-fire twin. Texts are written for these tests; the document is
dated by metadata and its time expressions re-anchored as the corpus stage does."""

from __future__ import annotations

import pytest

from storyline import pipeline, schema
from storyline.resolve import dating
from storyline.resolve.figures import _period

PUB = "2010-05-06"


def periods(nlp, text, pub=PUB):
    """{figure text: (period, period_source)} after re-anchoring, as story.json gets them."""
    published = schema.Published(value=pub, source="metadata") if pub else schema.Published()
    a = pipeline.analyse_document(schema.Document(id="d1", text=text, published=published), nlp)
    dating.reanchor(a)
    return {f.text: _period(a, f) for f in a.figures}


# ---- the base of a comparison


def test_a_comparisons_base_does_not_date_the_figure(nlp):
    got = periods(nlp, "Analysts expect earnings of $3.12 billion, a 64 percent rise on the same quarter last year.")
    assert got["64 percent"][0] != "2009"


def test_twin_a_year_on_the_figures_own_verb_dates_it(nlp):
    got = periods(nlp, "Profits rose 77 percent last year.")
    assert got["77 percent"] == ("2009", "timex")


def test_compared_with_dates_the_other_figure_not_this_one(nlp):
    got = periods(nlp, "The poll found 38% anxious about the outbreak, compared with 47% last week.")
    assert got["38%"][0] != "2010-W17"


# ---- a start or end point


def test_since_a_day_is_a_start_point_and_the_count_runs_to_publication(nlp):
    got = periods(nlp, "Investors have knocked the stock down 20 percent since April 26.")
    assert got["20 percent"] == (PUB, "published")


def test_twin_on_a_day_dates_the_figure(nlp):
    got = periods(nlp, "The stock fell 20 percent on April 26.")
    assert got["20 percent"] == ("2010-04-26", "timex")


def test_since_another_events_year_is_no_period(nlp):
    got = periods(nlp, "Since it was founded at the end of 1994, the fund has sent teams to floods in more than 50 countries.")
    assert got["more than 50"] == (PUB, "published")


# ---- a relative clause about someone else


def test_a_relative_clause_about_another_noun_does_not_date_the_figure(nlp):
    got = periods(nlp, "Roe, who took office last month, must protect a firm that accounts for 12 percent of all exports.")
    assert got["12 percent"][0] != "2010-04"


def test_twin_a_time_on_the_clause_above_the_figure_dates_it(nlp):
    got = periods(nlp, "Last month the company accounted for 12 percent of all dividends.")
    assert got["12 percent"] == ("2010-04", "timex")


def test_the_date_of_the_event_in_a_relative_clause_is_not_the_counts(nlp):
    got = periods(nlp, "As many as 90,000 people are feared to have drowned in the storm which struck the coast on 12 January.")
    assert got["As many as 90,000"][0] != "2010-01-12"


# ---- another event's time


def test_a_figure_describing_a_name_in_brackets_takes_no_time_from_the_clause(nlp):
    got = periods(nlp, "The painter built a hut on Isla Verde (about 90 miles north of Tampico) in the 1940s.")
    assert got["about 90"] == (None, None)


def test_twin_a_conversion_in_brackets_shares_the_amounts_clause(nlp):
    got = periods(nlp, "In 2009 the city spent 4.5 billion pesos (217 million dollars) on medicine.")
    assert got["4.5 billion"][0] == "2009"


def test_a_clause_tied_to_another_time_gets_no_publication_default(nlp):
    got = periods(nlp, "During his years in the Senate, Obama took in a total of $64,320 from the firm.")
    assert got["$64,320"] == (None, None)


def test_twin_a_past_statement_gets_the_publication_year(nlp):
    got = periods(nlp, "Obama took in a total of $64,320 from the firm.")
    assert got["$64,320"] == ("2010", "published")


def test_another_year_in_the_sentence_before_withholds_the_publication_year(nlp):
    got = periods(nlp, "The 1989 Exxon Valdez spill was the worst to date. The tanker spilled 10.8 million gallons of crude.")
    assert got["10.8 million"] == (None, None)


def test_a_span_ahead_names_no_single_period(nlp):
    got = periods(nlp, "Exxon set out plans to sell $25 billion in assets over the coming 18 months.")
    assert got["$25 billion"] == (None, None)


# ---- filled from the figure's own clause, re-anchored against the publication day


def test_a_weekday_is_resolved_against_the_publication_day(nlp):
    got = periods(nlp, "The £2m mark for text donations was reached at around 0900 GMT on Thursday.")
    assert got["£2m"] == ("2010-05-06", "timex")


def test_today_dates_the_count(nlp):
    got = periods(nlp, "The WHO today said that 37 countries had reported 9,412 cases.")
    assert got["9,412"] == (PUB, "timex")


def test_a_count_told_as_of_now_holds_at_the_publication_day(nlp):
    got = periods(nlp, "The bureau has confirmed 83 cases in the region, up from 70 yesterday.")
    assert got["83"] == (PUB, "published")


def test_twin_the_publication_day_needs_a_date(nlp):
    got = periods(nlp, "The bureau has confirmed 83 cases in the region.", pub=None)
    assert got["83"] == (None, None)


@pytest.mark.parametrize("text, fig", [
    ("The Acme Fund says more than 110,000 families have now been rehoused.", "more than 110,000"),
    ("The virus has spread to more than 30 countries.", "more than 30"),
])
def test_present_and_perfect_counts_hold_at_the_publication_day(nlp, text, fig):
    assert periods(nlp, text)[fig] == (PUB, "published")


def test_twin_a_future_figure_gets_no_publication_default(nlp):
    got = periods(nlp, "The company will cut 4,000 jobs.")
    assert got["4,000"] == (None, None)


# ---- clauses and restatements


def test_a_time_after_a_semicolon_belongs_to_the_other_clause(nlp):
    got = periods(nlp, "In 1970 there were 40m cattle on more than 1m farms; today, 52m cattle are kept in 48,000 barns.")
    assert got["more than 1m"] == ("1970", "timex")


def test_a_restating_time_does_not_displace_the_year_it_restates(nlp):
    got = periods(nlp, "In 2007, the last year for which data are available, the fever killed 2 million people.")
    assert got["2 million"] == ("2007", "timex")


def test_as_of_this_morning_dates_the_count(nlp):
    got = periods(nlp, "Health staff confirmed that as of this morning, 312 people had caught the bug.")
    assert got["312"] == (PUB, "timex")


def test_a_figure_inside_an_as_clause_is_not_tied_to_another_time(nlp):
    got = periods(nlp, "Marotia declared a state of emergency as 20 cases were confirmed.")
    assert got["20"] == ("2010", "published")


def test_twin_an_as_clause_beside_the_figure_ties_it_to_another_time(nlp):
    got = periods(nlp, "The plague killed at least 30 million people as it spread across the continent.")
    assert got["at least 30 million"] == (None, None)


def test_reported_would_is_no_future(nlp):
    got = periods(nlp, "The agency said about 1,200 people would be offered the treatment.")
    assert got["about 1,200"] == ("2010", "published")


def test_a_time_right_after_the_figure_is_its_own(nlp):
    got = periods(nlp, "Spending grew from about $4.2 million in 1997 to $13.6 million last year.")
    assert got["$13.6 million"] == ("2009", "timex")


def test_a_span_ahead_in_the_clause_leaves_every_conjoined_figure_undated(nlp):
    got = periods(nlp, "BP planned to raise $10 billion from bonds and $20 billion from banks over the next two years.")
    assert got["$10 billion"] == (None, None) and got["$20 billion"] == (None, None)


def test_an_as_clause_on_the_reporting_verb_does_not_tie_the_figure(nlp):
    got = periods(nlp, "Work for the 27,000 people battling the slick has to be simplified, Young said as he boarded a boat.")
    assert got["27,000"] == ("2010", "published")


def test_to_have_done_is_no_present_perfect(nlp):
    got = periods(nlp, "Gas is believed to have escaped from the pipe, killing 11 workers.")
    assert got["11"][0] != PUB


def test_the_start_of_a_change_is_a_past_value(nlp):
    got = periods(nlp, "The output has been falling from the 5,000 barrels per day the firm had reported.")
    assert got["5,000"] == (None, None)


def test_twin_the_end_of_a_change_told_as_of_now_holds_at_publication(nlp):
    got = periods(nlp, "The flow has declined to 1,360 barrels per day.")
    assert got["1,360"] == (PUB, "published")


def test_currently_is_no_date_for_a_figure_tied_to_a_later_time(nlp):
    got = periods(nlp, "When Acme closes the deal by early 2011, its wells will total 50,000 bpd, "
                       "up 40 percent from 36,000 bpd currently, a spokeswoman said.")
    assert got["40 percent"][0] != PUB


def test_twin_now_dates_a_count_told_as_of_now(nlp):
    got = periods(nlp, "The Acme Fund says more than 110,000 families have now been rehoused.")
    assert got["more than 110,000"] == (PUB, "published")


def test_a_past_perfect_in_the_storys_voice_gets_no_publication_year(nlp):
    got = periods(nlp, "It had logged more than 4,000 breaches of its permits.")
    assert got["more than 4,000"] == (None, None)


def test_twin_a_reported_past_perfect_is_the_news(nlp):
    got = periods(nlp, "Local officials said at least 12 people had died.")
    assert got["at least 12"] == ("2010", "published")


def test_a_perfect_reporting_verb_above_does_not_make_the_figure_current(nlp):
    got = periods(nlp, "I have heard that she was stuck with another 25 people.")
    assert got["25"][0] != PUB


# ---- round forty-one: a fiscal quarter, a quarter that had not ended (the MEANTIME audit's apple F10)


def test_a_fiscal_quarter_is_no_calendar_period(nlp):
    got = periods(nlp, "In the first quarter of its financial year Acme Inc. shipped about 1.6 million computers.", "2007-01-18")
    assert got["about 1.6 million"] == (None, None)
    got = periods(nlp, "Acme's profit rose 5% in its fiscal second quarter.", "2007-05-18")
    assert got["5%"][0] is None or "Q" not in got["5%"][0]


def test_a_past_deed_in_a_quarter_not_yet_ended_is_undated(nlp):
    got = periods(nlp, "During the first quarter Acme Inc. sold about 1.6 million computers.", "2007-01-18")
    assert got["about 1.6 million"] == (None, None)


def test_twin_a_past_deed_in_an_ended_calendar_quarter_keeps_it(nlp):
    got = periods(nlp, "During the first quarter Acme Inc. sold about 1.6 million computers.", "2007-04-18")
    assert got["about 1.6 million"] == ("2007-Q1", "timex")


def test_a_fiscal_word_elsewhere_in_the_clause_leaves_a_calendar_quarter(nlp):
    # the round-forty-one review: "fiscal" here is the deficit's, not the quarter's
    got = periods(nlp, "In the first quarter of 2007, the fiscal deficit narrowed to $40 billion.", "2007-06-18")
    assert got["$40 billion"] == ("2007-Q1", "timex")
