"""Round twenty-four (24f): figures a reader can trust on copy no one tuned on.

Each rule has a must-fire test and a must-not-fire twin, on invented sentences.
"""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _figure(text: str, figure: str):
    a = analyse_record(Record(source="t", text=text))
    return next(f for f in a.figures if f.text == figure)


def test_a_verb_of_money_names_no_measure_of_a_count():
    """measures.tsv's ``money`` rows: a verb whose measure is a sum ("raised $5 billion" is
    funding) names nothing of a count that is no money ("signature funding", "life cost"
    before; in-sample seed-71 haiti F11 had 300,000 people made homeless as "revenue")."""
    assert "funding" not in (_figure("The campaigners raised 5,000 signatures for the petition.", "5,000").measure or "")
    assert _figure("The storm cost 40 lives in the region.", "40").measure != "life cost"


def test_twin_a_verb_of_money_still_names_a_sum():
    assert _figure("Acme spent $40 million on the cleanup.", "$40 million").measure == "cleanup spending"


def test_make_names_no_measure():
    """"make" is too light to name what a sum is: a sum made available, a payment made, a
    quarter's profit made, a day's tips made (census of bpoil_foxnews and bpoil_washingtonpost:
    all read as "revenue"). Its measures.tsv row is gone: an open measure, not a wrong one."""
    assert _figure("Acme has made available a sum of $90 million to the towns.", "$90 million").measure != "revenue"
    assert _figure("Zenith made more than $4 billion in its first half.", "more than $4 billion").measure is None


def test_a_sum_of_billions_is_no_share_price():
    """A million or more in money under "shares" is market value, not the price of one share
    (in-sample seed-71 bpoil F15): the measure is left open."""
    assert _figure("Acme shares have lost £46 billion in value since the leak began.", "£46 billion").measure is None


def test_twin_a_price_per_share_stays_a_share_price():
    assert _figure("Acme shares ended at $41.10, down $3.25.", "$41.10").measure == "share price"


def test_pounds_per_square_inch_are_no_sterling():
    """quantity_cues.tsv's ``weight_after``: a pressure in pounds is no GBP (census of
    bpoil_washingtonpost: a well-pressure reading shown as a sum of sterling)."""
    f = _figure("A gauge reading of 7,200 or 7,600 pounds per square inch would be welcome, the engineers said.",
                "7,200 or 7,600")
    assert f.unit != "GBP" and f.measure is None  # nor "welcome": that is the reading's state, not the count's
    assert _figure("The gauge climbed to 6,100 pounds per square inch overnight.", "6,100").unit != "GBP"


def test_twin_pounds_alone_stay_sterling():
    assert _figure("The firm lost 46 million pounds last year.", "46 million pounds").unit == "GBP"
    assert _figure("The health ministry said 200,000 people are dead in the capital.", "200,000").measure == "dead"


def _subject(text: str, figure: str):
    a = analyse_record(Record(source="t", text=text))
    f = next(f for f in a.figures if f.text == figure)
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def test_the_owner_right_before_an_elided_figure_is_its_subject():
    """census of H1N1_reuters: in "X's budget is $70 billion, Y's around $50 billion" the second
    figure had X for subject."""
    assert _subject("France's defense budget is $70 billion, Spain's around $50 billion.", "around $50 billion") == "Spain"


def test_twin_no_owner_before_the_figure_keeps_the_subject():
    assert _subject("France's defense budget is $70 billion, and it may rise to $75 billion.", "$75 billion") == "France"
    assert _subject("France's defense budget is $70 billion, Spain's around $50 billion.", "$70 billion") == "France"


def _period(text: str, figure: str, date: str = "2009-06-30"):
    a = analyse_record(Record(source="t", text=text, date=date))
    return next(f for f in a.figures if f.text == figure).period


def test_a_month_coordinated_with_a_dated_month_takes_its_year():
    """census of H1N1_reuters: two coordinated months with one year written dated its
    figures with the publication year's first month; both months are of the written year."""
    assert _period("The survey showed that in June and July 2007, some 4.1 million tourists travelled "
                   "from Peru.", "some 4.1 million") == "2007"


def test_twin_a_month_alone_or_written_with_its_year_keeps_its_reading():
    assert _period("In June 2007, 4.1 million tourists travelled from Peru.", "4.1 million") == "2007-06"
    assert _period("In June, 4.1 million tourists travelled from Peru, up from 3 million in July 2007.",
                   "4.1 million") == "2009-06"


def test_a_figure_in_a_relative_clause_takes_no_time_of_the_clause_above():
    """census of bpoil_foxnews: a vessel's capacity, told in a relative clause, was dated
    by the day the clause above said the vessel was due; a person's past
    fund, told in a relative clause, was dated by the day the clause above announced another thing."""
    assert _period("The barge, which can hold 52,000 barrels of fuel, is due in port by Friday.",
                   "52,000", "2010-05-05") is None
    assert _period("On Tuesday the mayor said the clinic will be run by Ann Lee, who ran the $9 million "
                   "relief scheme after the floods.", "$9 million", "2010-06-17") is None


def test_twin_a_time_inside_the_relative_clause_still_dates_it():
    assert _period("The barge, which took on 52,000 barrels of fuel on Saturday, left port.",
                   "52,000", "2010-05-05") == "2010-05-01"
    assert _period("Acme, which on Monday said it spent $350 million on the response, sold a unit.",
                   "$350 million", "2010-05-05") == "2010-05-03"


def test_twin_a_time_on_the_noun_of_the_relative_clause_still_dates_it():
    assert _period("The trouble started with the April 9 fire that left 6 miners dead and shut the pit.",
                   "6", "2010-05-05") == "2010-04-09"
    assert _period("The crisis began with the April 9 blast and fire at the Acme chemical plant that killed 6 people.",
                   "6", "2010-05-05") == "2010-04-09"  # the clause hangs on the plant, the date on the blast
    assert _period("The trouble started April 9, when the pit, run by Acme, flooded and collapsed, burying 6 miners.",
                   "6", "2010-05-05") == "2010-04-09"


def _claimant(text: str, figure: str):
    a = analyse_record(Record(source="t", text=text, date="2010-10-14"))
    f = next(f for f in a.figures if f.text == figure)
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


def test_a_fronted_adverbial_clause_is_not_what_the_verb_reports():
    """census of bpoil_foxnews: a fronted "Since <the accident>, killing N workers" clause
    credited the deaths to the subject of the main clause's verb of finding."""
    assert _claimant("Since the tanker ran aground on May 3, killing 7 sailors and fouling the bay, "
                     "officials have found hundreds of oiled birds.", "7") is None
    assert _claimant("After 300 people died in the floods, the ministry said the dams would be checked.", "300") is None


def test_twin_the_reported_clause_keeps_its_reporter():
    assert _claimant("Floods hit the capital again this week. Inspectors found that 11 workers had been "
                     "killed at the plant.", "11") == "Inspectors"
    assert _claimant("Floods hit the capital again this week. Officials said 40 people died when the "
                     "bridge fell.", "40") == "Officials"
