"""Round thirty-eight (figshare, issue 20): subjects of shares and percentages.

A share of the people polled that is its clause's subject is that group's ("58 percent of
Latino voters said ..."); a share written on a candidate's support ("Doe garnered 45
percent support"), after a comparison "for" one person, or right after one name "at" is
that person's. Each rule has a twin where it must not fire: a share that is the object of
a win, a turnout, a group backing a named person, two names, a tie, a share inside a list
item's bracket, a "for" phrase that goes on past the name."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject


def _figure(text: str, figure: str, nth: int = 0):
    return analysed_figure(text, figure, nth, exact=False)


def test_share_of_a_polled_group_is_the_group():
    a, f = _figure("In the new poll of likely voters, 58 percent of Latino voters in Ohio said they would stay home.",
                   "58 percent")
    assert _subject(a, f) == "Latino voters in Ohio"


def test_twin_share_won_by_a_candidate_is_not_the_group():
    a, f = _figure("Jane Doe won 60 percent of white voters in the primary, exit polls showed.", "60 percent")
    assert _subject(a, f) != "white voters"


def test_twin_turnout_share_is_not_the_group():
    a, f = _figure("In the new poll, about 41% of eligible voters cast ballots in the runoff.", "41%")
    assert _subject(a, f) is None


def test_twin_group_backing_a_named_person_is_not_the_group():
    # round forty: the share is the person's support (figsubject_share._backed_person), as the
    # judges read "43% of Ohio voters support Strickland" (seed 152 usa-today F23); never the group
    a, f = _figure("The survey showed that 39% of Iowa voters support Jane Doe.", "39%")
    assert _subject(a, f) != "Iowa voters"


def test_twin_share_in_a_list_items_bracket_is_not_the_group():
    a, f = _figure("States like Ohio (79 percent of voters there were white, exit polls say) top the list.", "79 percent")
    assert _subject(a, f) is None


def test_support_noun_share_is_the_candidates():
    a, f = _figure("In the new poll, Jane Doe garnered 45 percent support among Republican voters.", "45 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_support_noun_share_of_two_names_stays_open():
    a, f = _figure("In the new poll, Jane Doe and John Roe each garnered 45 percent support.", "45 percent")
    assert _subject(a, f) is None


def test_share_for_a_name_after_a_comparison_is_that_persons():
    a, f = _figure("In the poll, 52 percent said John Roe would be stronger, compared with 38 percent for Jane Doe.",
                   "38 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_for_phrase_going_on_past_the_name_stays_open():
    a, f = _figure("In the poll, 52 percent said John Roe would be stronger, compared with 38 percent for Jane Doe's campaign.",
                   "38 percent")
    assert _subject(a, f) is None


def test_share_at_after_one_name_is_that_persons():
    a, f = _figure("The poll showed Jane Doe leading with 42 percent, followed by John Roe at 23 percent.", "23 percent")
    assert _subject(a, f) == "John Roe"


def test_twin_tied_names_at_one_share_stay_open():
    a, f = _figure("In the poll, Jane Doe was tied with John Roe at 42 percent.", "42 percent")
    assert _subject(a, f) is None


def test_share_among_a_fronted_group_is_the_group():
    a, f = _figure("In the new poll, among Roe voters, 71 percent said they are firm in their choice.", "71 percent")
    assert _subject(a, f) == "Roe voters"


def test_twin_among_on_another_clause_stays_open():
    a, f = _figure("Among men the two are closer in the poll - 57 percent see Roe negatively.", "57 percent")
    assert _subject(a, f) is None


def test_passive_choice_share_is_the_chosen_persons():
    a, f = _figure("In the new poll, John Roe was chosen by 37% of likely voters, Mary Poe by 30% and Bill Coe by 16%.", "16%")
    assert _subject(a, f) == "Bill Coe"
    a, f = _figure("Jane Doe, for now, is viewed favorably by 53 percent of voters, the poll found.", "53 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_passive_choice_of_a_thing_stays_open():
    a, f = _figure("In the poll, the plan was backed by 60 percent of voters.", "60 percent")
    assert _subject(a, f) is None


def test_share_of_the_vote_won_is_the_winners():
    a, f = _figure("Jane Doe took 57 percent of the vote in the primary to John Roe's 43 percent.", "57 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_share_of_something_else_won_stays_open():
    a, f = _figure("In the primary, Jane Doe won 57 percent of the state's counties.", "57 percent")
    assert _subject(a, f) != "Jane Doe"


def test_share_of_a_group_having_a_view_is_the_group():
    a, f = _figure("In the new poll, just 18 percent of registered Latino voters have a favorable view of John Roe.",
                   "18 percent")
    assert _subject(a, f) == "registered Latino voters"


def test_twin_share_a_candidate_has_is_not_the_group():
    a, f = _figure("In the new poll, Jane Doe has 40 percent of likely voters.", "40 percent")
    assert _subject(a, f) != "likely voters"


def test_hyphen_pair_after_a_lead_verb_is_read_as_a_pair():
    a, f = _figure("In the new poll, Jane Doe leads John Roe, 42%-33%, among likely voters.", "33%")
    assert _subject(a, f) == "John Roe"


def test_twin_hyphen_pair_after_a_verb_of_preference_stays_open():
    a, f = _figure("In the new poll, officers favored John Roe 46%-32% over the field.", "32%")
    assert _subject(a, f) is None
