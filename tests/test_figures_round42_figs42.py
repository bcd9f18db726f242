"""Round forty-two (figs42): measures and subjects of figures in feature copy (issue 20, item 5).

- a count a verb of having holds names its measure by its counted noun ("the mayor has 19
  godchildren" -> "godchildren"; data/measures.tsv ``hold_verb``);
- money paid "for" a thing, where the parse calls the "for" a dative, is still the thing's.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ a count held


def test_count_held_is_measured_by_its_noun():
    a, f = _figure("The old mayor has 19 godchildren in the valley.", "19")
    assert f.measure == "godchildren"


def test_count_held_by_a_group_is_its_members():
    a, f = _figure("The farmers' league, which has 2,500 members, met on Sunday.", "2,500")
    assert f.measure == "members"


def test_count_with_its_own_of_phrase_is_no_held_count():
    a, f = _figure("The old mayor owns 300 acres of farmland.", "300")
    assert f.measure != "acres"


def test_count_of_people_held_names_no_measure():
    # "people" says nothing of what they are to the holder
    a, f = _figure("The old stadium has 40,000 people in it on match days.", "40,000")
    assert f.measure != "people"


def test_count_taken_is_no_held_count():
    a, f = _figure("The old mayor visited 19 villages in the valley.", "19")
    assert f.measure != "villages"


# ------------------------------------------------ money paid for a thing


def test_money_paid_for_a_thing_parsed_as_dative_is_the_things():
    a, f = _figure("She paid $15,000 for the implant.", "$15,000")
    assert _subject(a, f) == "the implant"


def test_money_paid_to_someone_is_not_theirs():
    a, f = _figure("She paid $15,000 to the clinic.", "$15,000")
    assert _subject(a, f) != "the clinic"


# ------------------------------------------------ a figure one consulted person told the writer


def test_figure_a_doctor_told_the_writer_is_the_doctors():
    a, f = _figure("Mary Vance wrote that a doctor told her each bar held 16 doses.", "16")
    assert f.claimant_text == "a doctor"


def test_figure_a_team_estimated_stays_the_writers():
    # a team or a body is read as the speaker's own findings, as before
    a, f = _figure("Mary Vance wrote that the team estimated each bar held 16 doses.", "16")
    assert f.claimant_text != "the team"


def test_count_of_users_an_app_boasts_is_users():
    a, f = _figure("The photo app boasts 25 million users.", "25 million")
    assert f.measure == "users" and _subject(a, f) == "The photo app"


def test_count_an_organisation_boasts_is_its_own():
    a, f = _figure("Halcor Corp. boasts 25 million users worldwide.", "25 million")
    assert _subject(a, f) == "Halcor Corp."


def test_count_an_organisation_reaches_is_not_held():
    a, f = _figure("Halcor Corp. reached 25 million users worldwide.", "25 million")
    assert f.measure != "users"


# ------------------------------------------------ a sum named by what it is paid as


def test_bill_for_a_thing_is_the_bill_and_the_things():
    a, f = _figure("The $1,500 bill for the complicated surgery will be met by a friend.", "$1,500")
    assert f.measure.startswith("bill") and _subject(a, f) == "the complicated surgery"


def test_bill_for_a_named_party_names_no_subject():
    # a name after "for" is a party the entity rules weighed, not what the money buys
    a, f = _figure("The $1,500 bill for Halcor Corp. will be met by a friend.", "$1,500")
    assert _subject(a, f) != "Halcor Corp."


def test_ransom_names_the_sum():
    a, f = _figure("The family was approached with a $132 million ransom.", "$132 million")
    assert f.measure == "ransom"


def test_a_sum_with_no_such_noun_keeps_no_measure():
    a, f = _figure("The family was approached with a $132 million offer.", "$132 million")
    assert f.measure != "ransom"


def test_reward_of_a_sum_is_the_reward():
    a, f = _figure("The department is offering a reward of up to $25,000 for information on the case.", "up to $25,000")
    assert f.measure == "reward"


def test_sum_after_a_fee_is_no_fee():
    a, f = _figure("The Jets paid a $60 million relocation fee on top of the reported $170 million True North paid to buy the team.",
                   "$170 million")
    assert f.measure is None or "fee" not in f.measure


def test_difference_borrows_no_neighbours_measure():
    a, f = _figure("Last time, expansion fees were a reported $80 million, which was a $30 million difference from the previous high.",
                   "$30 million")
    assert f.measure is None


def test_count_in_a_nouns_with_phrase_is_measured_by_its_noun():
    a, f = _figure("Families with 12 children will get the payment.", "12")
    assert f.measure == "children"


def test_count_in_a_verbs_with_phrase_is_not_held():
    a, f = _figure("The convoy arrived with 200 soldiers from six nations.", "200")
    assert f.measure != "soldiers"


# ------------------------------------------------ a coordinated verb of having shares the first verb's subject


def test_second_verb_of_having_shares_the_first_verbs_subject():
    a, f = _figure("The new arena is due to open in 2016 and will have 20,000 seats.", "20,000")
    assert _subject(a, f) == "The new arena"


def test_second_verb_after_a_reporting_verb_takes_no_subject_from_it():
    a, f = _figure("The mayor said the plans were approved and have 300 backers.", "300")
    assert _subject(a, f) != "The mayor"


def test_time_held_is_no_measure():
    a, f = _figure('"I had 60 seconds to make my pitch," Roe said.', "60")
    assert f.measure != "seconds"
