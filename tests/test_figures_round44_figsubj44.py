"""Round forty-four (figsubj44): the cause of a count of dead or hurt (issue 20, item 5;
analyse/figsubject_amount.py).

- a relative clause on the cause noun tells the harm: "the bombing, in which 270 people
  died", "the quake, which killed 200 people": the count is the noun's the relative pronoun
  stands for, unless the clause may hang from another noun (as figures.py reads a relative
  subject);
- a cause phrase that ends in a date phrase ("The explosion of the dam in March killed
  40 people") is read without the date when it is too long whole.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ a relative clause of harm


def test_in_which_clause_of_harm_after_a_comma_is_its_nouns():
    a, f = _figure("The 2010 quake, in which 200,000 people died, was the worst in a century.", "200,000")
    assert _subject(a, f) == "The 2010 quake"


def test_relative_clause_that_may_hang_from_another_noun_is_left_open():
    # "Ohio" stands between the accident and the clause: the clause may be either's (as
    # figures.py reads a relative subject), open
    a, f = _figure("The firm admitted its guilt in a separate accident in Ohio in 2005 that killed 15 workers.", "15")
    assert _subject(a, f) is None


def test_in_which_clause_of_harm_is_its_nouns():
    a, f = _figure("He was convicted of the 1994 train bombing, in which 73 people died.", "73")
    assert _subject(a, f) == "the 1994 train bombing"


def test_in_which_clause_on_a_place_is_left_open():
    # a house is where they died, not what killed them: no cause noun, open
    a, f = _figure("He grew up in the old house in which 12 people died.", "12")
    assert _subject(a, f) is None


def test_in_which_clause_on_a_time_is_left_open():
    # a season is when they died, not what killed them: open
    a, f = _figure("It was the worst winter season, in which 300 people died on the roads.", "300")
    assert _subject(a, f) is None


# ------------------------------------------------ a cause phrase ending in a date


def test_cause_phrase_without_its_closing_date():
    a, f = _figure("The explosion of the Sea Falcon drilling rig in April killed 40 people.", "40")
    assert _subject(a, f) == "The explosion of the Sea Falcon drilling rig"


def test_cause_phrase_too_long_without_its_date_is_left_open():
    # without its date the phrase is still longer than a noun phrase is read: open
    a, f = _figure("The explosion of the big Sea Falcon oil rig in April killed 40 people.", "40")
    assert _subject(a, f) is None


def test_relative_clause_after_a_name_in_apposition_is_left_open():
    # the clause may hang from the magazine's name as well as from the attack: open
    a, f = _figure("A police officer who was investigating last week’s attack on satirical magazine Acme Weekly"
                   " that left 12 people dead took his own life.", "12")
    assert _subject(a, f) is None

