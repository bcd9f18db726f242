"""Round fifty-five, mender m2: in-sample mends of the seed-170 audit's quote spans that run on
past the statement (issue 18, "whole"): FNC-1 c068 Q8 (", according to 9to5Mac": a site's name the
tagger read as a number), c074 Q6 (", as cited by the Independent" after a quotation's closing
mark, on an "According to" content), c077 Q6 (", and in November": the fronted date of the next
report), c082 Q4 ("According to their review, published in 2011, ...": the writer's description
of the source), c072 Q4 (a photo's note in brackets closing the content).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quote_holding as _quote

LEAD = "Markets slid on Tuesday as investors weighed the talks.\n\n"


def _a(body: str):
    return analysed("Watch news\n\n" + LEAD + body + "\n")


def _cued(a, words: str, cue: str):
    """The quote whose words hold ``words`` and whose cue is ``cue`` (asserted found)."""
    hits = [q for q in a.quotes if words in q.text and q.cue == cue]
    assert hits, [(q.cue, q.text) for q in a.quotes]
    return hits[0]


# --- c068 Q8: ", according to <a name the tagger read as a number>" closing a told content ---------

def test_according_to_a_site_named_with_digits_is_cut_from_the_content():
    a = _a("Speaking at a shop in Berlin, Tim Cook told staff the new watch will go on sale in April, according to 9to5Mac.")
    q = _cued(a, "new watch", "told")
    assert q.text == "the new watch will go on sale in April"
    assert shown_speaker(a, q) == "Tim Cook"


def test_according_to_a_site_with_an_inner_capital_is_cut_from_the_content():
    a = _a("Speaking at a shop in Berlin, Tim Cook told staff the new watch will go on sale in April, according to iMore.")
    assert _cued(a, "new watch", "told").text == "the new watch will go on sale in April"


def test_twin_according_to_a_lower_case_measure_stays():
    # "according to size": the words' own "in line with", no source and no name's shape
    a = _a("The manager told staff the money will be shared among the shops, according to size.")
    assert _cued(a, "the money", "told").text.endswith("according to size")


# --- c074 Q6: ", as cited by <source>" after a quotation's closing mark, on an "According to" content --

def test_as_cited_by_after_a_closing_mark_is_cut_from_an_according_content():
    a = _a('According to the monitoring group, one man was charged with "theft" and the other was accused '
           'of "spying for the army," as cited by the Independent.')
    q = _quote(a, "one man was charged")
    assert "cited" not in q.text and "Independent" not in q.text
    assert q.text.endswith('spying for the army,"')


def test_as_cited_by_after_a_quotation_holding_a_possessive_is_cut():
    # the possessive's apostrophe ("farmers'") opens no quotation
    a = _a('According to the monitoring group, one man was charged with "theft and robbing farmers\' money" and '
           'the other was accused of "spying for the army," as cited by the Independent.')
    q = _quote(a, "one man was charged")
    assert "cited" not in q.text and q.text.endswith('spying for the army,"')


def test_as_reported_by_is_cut_from_an_according_content():
    a = _a("According to the monitoring group, one man was charged with theft, as reported by the Independent.")
    assert _quote(a, "one man was charged").text == "one man was charged with theft"


def test_as_cited_by_after_a_closing_mark_is_cut_from_a_said_content():
    a = _a('Jane Roe said the other man was accused of "spying for the army," as cited by the Independent.')
    q = _quote(a, "the other man")
    assert "cited" not in q.text and q.text.endswith('army,"')


def test_twin_as_reported_with_no_source_stays_in_an_according_content():
    a = _a("According to the monitoring group, one man was charged with theft, as reported last week.")
    assert _quote(a, "one man was charged").text.endswith("as reported last week")


# --- c077 Q6: ", and in November, <Name> said ...": the next report's fronted date -----------------

def test_a_second_report_with_a_fronted_date_ends_the_first_content_before_its_and():
    a = _a("Back in October, the Daily Courier said that the plant would close in May, and in November, "
           "union leader Jane Roe said the jobs could be saved.")
    q = _quote(a, "the plant would close")
    assert q.text == "that the plant would close in May"
    assert shown_speaker(a, _quote(a, "jobs could be saved")) == "Jane Roe"


def test_a_second_report_with_a_fronted_day_and_no_comma_ends_the_first_content():
    a = _a("The Daily Courier said the mayor would step down in May, and on Friday the council leader "
           "Jane Roe said she would run for the post.")
    assert _quote(a, "the mayor would").text == "the mayor would step down in May"


def test_twin_a_date_inside_the_first_content_stays():
    a = _a("The Daily Courier said the plant would close in May and in November the jobs would go.")
    assert _quote(a, "the plant would close").text.endswith("the jobs would go")


# --- c082 Q4: "According to X, <participle phrase / relative clause>, ...": the source's description --

def test_a_participle_describing_the_source_is_not_the_sources_words():
    a = _a("We also have a review of the trials.\n\n"
           "According to their review, published in 2011, cutting salt has no effect on deaths from strokes.")
    assert _quote(a, "cutting salt").text == "cutting salt has no effect on deaths from strokes"


def test_a_relative_clause_describing_the_source_is_not_the_sources_words():
    a = _a("According to the ministry's report, which was released on Monday, the number of cases rose by a third.")
    assert _quote(a, "number of cases").text == "the number of cases rose by a third"


def test_twin_an_inverted_clause_after_the_source_stays():
    a = _a("According to the fire service, injured in the blaze were two men and a child.")
    assert _quote(a, "two men").text.startswith("injured in the blaze")


def test_twin_a_clause_after_the_source_stays_whole():
    a = _a("According to the ministry's report, prices rose in May, and wages fell in June.")
    assert _quote(a, "prices rose").text.startswith("prices rose in May")


# --- c072 Q4: a photo's note in brackets closing the content ----------------------------------------

def test_a_named_picture_note_closing_the_content_is_cut():
    a = _a("According to reports the student may have left the country, but it is not known where he is "
           "(Jane Roe pictured on a visit to a farm in Kent)\n\nThe ministry said nothing more.")
    q = _quote(a, "the student may have")
    assert q.text == "the student may have left the country, but it is not known where he is"


def test_a_bare_pictured_note_closing_the_content_is_cut():
    a = _a("The minister said the plan was sound and would be finished by the spring (pictured).")
    assert _quote(a, "the plan was sound").text == "the plan was sound and would be finished by the spring"


def test_twin_a_bracket_of_other_words_stays():
    a = _a("The minister said prices would rise sharply over the coming year (by about 3 per cent).")
    assert _quote(a, "prices would rise").text.endswith("(by about 3 per cent)")


def test_twin_a_bracket_inside_a_quotation_stays():
    a = _a('The minister said the farm was "a place where I pictured my future (and my children\'s)."')
    assert "(and my children's)" in _quote(a, "the farm was").text
