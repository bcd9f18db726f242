"""Round fifty-six, e2: whose figure a named owner's clause says it is (issue 20;
analyse/figsubject_owner.py, data/analyse/owner_subjects.tsv).

- a sum after "worth" whose verb of being has a named person for subject is that person's;
- a poll share or change whose verb's subject is an opinion noun with one named "for"/"of"
  object is that name's.

Each rule has twins where it must not fire (a pronoun, the writer, two names, a possessor, no
name). Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

LEAD = "Markets slid on Tuesday as investors weighed the news.\n\n"

# ------------------------------------------------------------ "<name> is worth <sum>"


def test_a_named_person_is_whose_worth_the_sum_is():
    a, f = _figure(LEAD + "Bill Gates is worth about $90 billion, according to Forbes.\n", "about $90 billion")
    assert _subject(a, f) == "Bill Gates"


def test_a_worth_below_an_estimate_is_still_the_persons():
    a, f = _figure(LEAD + "Jeff Bezos was personally worth less than the $50 billion estimated by Forbes.\n",
                   "$50 billion")
    assert _subject(a, f) == "Jeff Bezos"


def test_both_sums_a_person_is_worth_are_the_persons():
    a, f = _figure(LEAD + "Ingvar Kamprad is worth either less than $1 billion or more than $42 billion, by one count.\n",
                   "more than $42 billion")
    assert _subject(a, f) == "Ingvar Kamprad"


def test_a_sum_joined_to_a_worth_named_by_a_pronoun_is_left_open():
    a, f = _figure(LEAD + "He is worth either less than $1 billion or more than $42 billion, by one count.\n",
                   "more than $42 billion")
    assert _subject(a, f) is None


def test_a_pronoun_worth_is_left_open():
    a, f = _figure(LEAD + "He is worth about $90 billion, according to Forbes.\n", "about $90 billion")
    assert _subject(a, f) is None


def test_the_writers_worth_is_left_open():
    a, f = _figure(LEAD + "I am worth about $9 million, give or take.\n", "about $9 million")
    assert _subject(a, f) is None


def test_two_names_worth_one_sum_are_left_open():
    a, f = _figure(LEAD + "Bill and Melinda Gates are likely worth about $45 million.\n", "about $45 million")
    assert _subject(a, f) in (None, "Bill and Melinda Gates")
    assert _subject(a, f) != "Bill"


def test_a_person_who_gives_a_sum_is_not_its_subject():
    a, f = _figure(LEAD + "Bill Gates gave $90 million to the school.\n", "$90 million")
    assert _subject(a, f) != "Bill Gates"


# ------------------------------------------------------ "support for <name> rose to N percent"


def test_support_for_a_named_candidate_is_that_candidates_share():
    a, f = _figure(LEAD + "Support for Donald Trump rose from 11 percent in April to 19 percent in August.\n",
                   "19 percent")
    assert _subject(a, f) == "Donald Trump"


def test_approval_of_a_named_senator_is_that_senators_change():
    a, f = _figure(LEAD + "Approval of Ted Cruz has risen 8 points since October.\n", "8 points")
    assert _subject(a, f) == "Ted Cruz"


def test_support_for_a_plan_names_no_owner():
    a, f = _figure(LEAD + "Support for the plan rose from 11 percent in April to 19 percent in August.\n",
                   "19 percent")
    assert _subject(a, f) is None


def test_a_possessed_support_is_left_open():
    a, f = _figure(LEAD + "Voters' support for Donald Trump rose to 19 percent in August.\n", "19 percent")
    assert _subject(a, f) is None


def test_support_for_two_names_is_left_open():
    a, f = _figure(LEAD + "Support for Trump and Clinton rose to 19 percent in August.\n", "19 percent")
    assert _subject(a, f) is None
