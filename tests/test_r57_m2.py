"""Round fifty-seven, mender m2: in-sample mends of the seed-172 audit's quotes whose content was
cut (issue 18, "whole"): Q78 (a negated cue's clause inside another's report, shown without its
negation), Q1 (a one-word sentence going on after the quotation's tag, "Please.", left out), Q80
(a quotation split by a tag whose verb, "recounted", the cue list lacked: the two halves stood
apart), Q46 (a "that" the parse made an object: the quotation alone left out who "dictated"), Q6
('says that X "..." and that "...": the quotation alone left out X), Q30 (a content cut at a
relative clause on a noun inside its own subject) and Q87 (a participle on the quotation's own noun,
"shared by ...", taken for its cue).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quotes_holding as _holding

LEAD = "Port news\n\nThe mayor met the crews on Monday.\n\n"



def _shown(a):
    return [(q.text, q.cue, q.kind) for q in a.quotes]


# --- Q78: a negated cue's clause inside another indirect content (quote_whole.no_nested_negated) ---

def test_a_negated_cue_inside_a_report_is_no_quote_of_its_own():
    a = analysed(LEAD + "Roe asked for mercy during Hale\u2019s hearing in a letter posted online Tuesday, saying she did "
                 "not think a long sentence would be useful.\n")
    assert not [q for q in a.quotes if q.text == "a long sentence would be useful"], _shown(a)
    assert _holding(a, "she did not think a long sentence would be useful"), _shown(a)


def test_twin_a_negated_cue_alone_keeps_its_quote():
    a = analysed(LEAD + "Jane Roe, a judge in Ohio, did not think a long sentence would be useful.\n")
    q = [x for x in a.quotes if x.text == "a long sentence would be useful"]
    assert q and q[0].cue == "did not think", _shown(a)


def test_twin_a_negated_cue_after_a_report_keeps_its_quote():
    a = analysed(LEAD + "Roe wrote to the court on Tuesday. Jane Roe, a judge in Ohio, did not think a long sentence "
                 "would be useful.\n")
    q = [x for x in a.quotes if x.text == "a long sentence would be useful"]
    assert q and q[0].cue == "did not think", _shown(a)


# --- Q1: a one-word sentence after the quotation's tag (quotes._word_after_tag) --------------------

def test_a_word_after_the_tag_goes_on_with_the_quotation():
    a = analysed(LEAD + "Roe spoke at the rally.\n\n\u201cGive us the win tonight,\u201d she said later. \u201cPlease.\u201d\n")
    q = _holding(a, "Give us the win tonight")
    assert q and q[0].text.endswith("Please."), _shown(a)


def test_twin_a_lone_word_is_no_quote():
    a = analysed(LEAD + "The crowd waited. \u201cPlease.\u201d Roe said that the vote would be close.\n")
    assert not _holding(a, "Please"), _shown(a)


def test_twin_a_word_after_another_paragraph_is_no_quote():
    a = analysed(LEAD + "\u201cGive us the win tonight,\u201d Roe said later.\n\n\u201cPlease.\u201d\n")
    q = _holding(a, "Give us the win tonight")
    assert q and not q[0].text.endswith("Please."), _shown(a)
    assert not [x for x in a.quotes if x.text.strip() == "Please."], _shown(a)


# --- Q80: "recounted" is a verb of saying (data/reporting_verbs.txt) ---------------------------------

def test_a_quotation_split_by_recounted_is_one():
    a = analysed(LEAD + "\u201cMy team had $20 billion done,\u201d Mr. Hale recounted at a meeting on Monday. "
                 "\u201cAnd I said I wanted more than that from them.\u201d\n")
    q = _holding(a, "My team had $20 billion done")
    assert q and "I wanted more" in q[0].text and q[0].cue == "recounted", _shown(a)
    assert shown_speaker(a, q[0]) == "Mr. Hale" or shown_speaker(a, q[0]) == "Hale", _shown(a)


def test_twin_recounted_with_an_object_is_no_quote():
    a = analysed(LEAD + "Jane Roe recounted the night of the storm in a long letter to the council.\n")
    assert not _holding(a, "the night of the storm"), _shown(a)


# --- Q46: a "that" the parse made the clause verb's object (quotes._that_read_as_object) ----------

def test_a_that_read_as_an_object_still_opens_the_clause():
    a = analysed(LEAD + "Did Hale write the note himself? Roe told CNN in 2018 that Trump \"dictated that whole note. "
                 "I did not write that note. I just signed it as I was told.\"\n")
    q = _holding(a, "dictated that whole note")
    assert q and q[0].text.startswith("that Trump"), _shown(a)


def test_twin_a_quotation_after_a_colon_stays_the_quotation():
    a = analysed(LEAD + "Roe told CNN in 2018: \"Trump dictated that whole note. I did not write that note.\"\n")
    assert [q for q in a.quotes if q.text == "Trump dictated that whole note. I did not write that note."], _shown(a)


# --- Q6: 'that X "..." and that "..."' (quotes._SECOND_THAT) ---------------------------------------

def test_the_first_of_two_that_clauses_keeps_its_subject():
    a = analysed(LEAD + "The agency says that the northern port \"remains the main entry point for the drug into the "
                 "country\" and that \"the south remains the largest source of it.\"\n")
    q = _holding(a, "remains the main entry point")
    assert q and q[0].text.startswith("that the northern port"), _shown(a)
    assert q[0].text.endswith("country\""), _shown(a)


def test_twin_two_quoted_predicates_with_no_second_that_stay():
    a = analysed(LEAD + "The agency says that the northern port \"remains the main entry point for the drug into the "
                 "country\" and \"is watched by far too few officers.\"\n")
    assert [q for q in a.quotes if q.text == "remains the main entry point for the drug into the country"], _shown(a)


# --- Q30: a relative clause inside the content's subject (quotes._subject_relative) ---------------

def test_a_relative_on_a_noun_inside_the_subject_stays_in_the_content():
    a = analysed(LEAD + "In 2016, the state health office reported that the share of young people in the county who "
                 "have reported using the drug was 3.8 percent, compared to 3 percent nationally.\n")
    q = _holding(a, "the share of young people")
    assert q and "was 3.8 percent" in q[0].text, _shown(a)


def test_twin_a_relative_on_an_object_still_cuts():
    a = analysed(LEAD + "The mayor said the plan was opposed by critics in the town who say it costs too much.\n")
    q = _holding(a, "the plan was opposed")
    assert q and "costs too much" not in q[0].text, _shown(a)


# --- Q87: a participle on the quotation's own noun is no cue (quotes._cue_near) --------------------

def test_a_participle_on_the_quoted_noun_is_no_cue():
    a = analysed(LEAD + "Jane Roe begged the council to look at the harbour. \"Every day we spend on these hearings is "
                 "a day when we are not focused on the interests\" shared by both towns, she warned.\n")
    q = _holding(a, "Every day we spend")
    assert q and q[0].cue == "warned", _shown(a)


def test_twin_a_participle_outside_the_quotation_leaves_the_tag():
    a = analysed(LEAD + "\"We are not focused on the interests of the two towns,\" Roe warned in a letter shared by "
                 "the council.\n")
    q = _holding(a, "We are not focused")
    assert q and q[0].cue == "warned", _shown(a)
