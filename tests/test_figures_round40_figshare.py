"""Round forty (figshare, issue 20 item 5): subjects of shares and margins read in
analyse/figsubject_share.py. Each rule has a twin where it must not fire."""

from __future__ import annotations

from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject


def _figure(text: str, figure: str, nth: int = 0):
    return analysed_figure(text, figure, nth, exact=False)


# a relative clause: the name it hangs on, never the pronoun
def test_margin_in_a_relative_clause_is_the_named_persons():
    a, f = _figure("In the poll, Jane Doe mentioned John Roe, who trailed Al Coe by more than 12 points with most votes in.",
                   "more than 12 points")
    assert _subject(a, f) == "John Roe"


def test_whose_rating_risen_is_the_named_persons():
    a, f = _figure("The poll came out on Monday. Jane Doe, whose approval ratings have risen above 55 percent, spoke.",
                   "above 55 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_relative_clause_of_a_reporting_verb_stays_open():
    a, f = _figure("In the poll, Jane Doe, who said 40 percent would stay home, spoke on Monday.", "40 percent")
    assert _subject(a, f) != "Jane Doe"


# a name's own share
def test_possessed_share_is_the_owners():
    a, f = _figure('In the new poll, "Jane Doe\'s loyal 22% carries real weight in Ohio," an analyst says.', "22%")
    assert _subject(a, f) == "Jane Doe"


def test_twin_pronoun_owned_share_stays_open():
    a, f = _figure("Jane Doe leads in the new poll. His 32% support gives him an edge over Roe.", "32%")
    assert _subject(a, f) is None


# a candidate's share that changes
def test_risen_share_is_the_subjects():
    a, f = _figure("In the Acme poll, John Roe rose three points to 29 points, while Doe was flat.", "29 points")
    assert _subject(a, f) == "John Roe"


def test_standing_improved_is_the_possessors():
    a, f = _figure("Since last week's poll, Jane Doe's standing improved by two percentage points.",
                   "two percentage points")
    assert _subject(a, f) == "Jane Doe"


def test_twin_changed_share_of_a_thing_stays_open():
    # a change whose subject is no candidate's standing: the owner is not the share's subject
    a, f = _figure("In the poll, Jane Doe's rally crowd rose to 29 percent of the town.", "29 percent")
    assert _subject(a, f) != "Jane Doe"


# a pair after two names, read from the text
def test_pair_after_lead_verb_read_from_text():
    a, f = _figure("The latest Acme poll shows Jane Doe leading John Roe 44 percent to 37 percent, with 6 percent undecided.",
                   "37 percent")
    assert _subject(a, f) == "John Roe"


def test_twin_pair_after_two_names_without_lead_verb_stays_open():
    a, f = _figure("The latest Acme poll asked about Jane Doe and John Roe: 44 percent to 37 percent said yes.",
                   "37 percent")
    assert _subject(a, f) is None


# a gapped list of shares
def test_gapped_list_name_before_share():
    a, f = _figure("In a three-way race in the poll, Jane Doe earned 42 percent, John Roe 34 percent and Al Coe 11 percent.",
                   "11 percent")
    assert _subject(a, f) == "Al Coe"


def test_twin_respectively_list_stays_open():
    a, f = _figure("In the poll, Jane Doe earned 42 percent, and John Roe and Al Coe, 11 and 8 percent respectively.",
                   "8 percent")
    assert _subject(a, f) is None


# the margin of error of a named poll
def test_margin_of_error_of_a_named_poll():
    a, f = _figure("The Acme poll carries a margin of error of 3.9 points.", "3.9 points")
    assert _subject(a, f) == "The Acme poll"


def test_twin_margin_of_error_of_an_unnamed_poll_stays_open():
    a, f = _figure("The new poll carries a margin of error of 3.9 points.", "3.9 points")
    assert _subject(a, f) is None


# a margin right after a name and "up by"
def test_name_up_by_points_is_that_persons():
    a, f = _figure("Polls show Jane Doe up by 10 points in the next contest.", "10 points")
    assert _subject(a, f) == "Jane Doe"


def test_twin_up_by_without_a_name_stays_open():
    a, f = _figure("Polls show turnout up by 10 points in the next contest.", "10 points")
    assert _subject(a, f) is None


# a polled share backing one person
def test_share_backing_a_person_is_that_persons():
    a, f = _figure("The survey found that 41% of Maine voters support former governor Tom Hale.", "41%")
    assert _subject(a, f) == "Tom Hale"


def test_twin_share_viewing_a_person_is_not_that_persons():
    a, f = _figure("The survey found that 41% of Maine voters view Tom Hale unfavorably.", "41%")
    assert _subject(a, f) != "Tom Hale"


# a share of a polled group after "including"
def test_included_share_of_a_group_is_the_groups():
    a, f = _figure("In the poll, 35% would be worried -- including 58% of Republicans and 9% of Democrats.", "9%")
    assert _subject(a, f) == "Democrats"


def test_twin_included_share_of_a_group_made_by_a_clause_stays_open():
    # the clause makes a narrower group than the head noun alone: open
    a, f = _figure("In the poll, 35% would be worried -- including 58% of Republicans who voted for Roe in 2012.", "58%")
    assert _subject(a, f) is None


def test_pair_after_a_lead_over_is_read():
    a, f = _figure("The new survey finds Jane Doe with only a small lead over John Roe, 49 percent to 47 percent, among those polled.",
                   "47 percent")
    assert _subject(a, f) == "John Roe"


def test_twin_pair_after_a_lead_noun_of_another_kind_stays_open():
    a, f = _figure("The new survey finds Jane Doe with a big rally before John Roe, 49 percent to 47 percent, among those polled.",
                   "47 percent")
    assert _subject(a, f) is None


# a part of a whole: the verb's subject phrase
def test_part_of_a_whole_is_the_parts():
    a, f = _figure("Ethnic Ruritanians comprise 90 percent of the population in Ellery, officials say.", "90 percent")
    assert _subject(a, f) == "Ethnic Ruritanians"


def test_twin_part_pointing_back_stays_open():
    a, f = _figure("Those voters comprise 60 percent of the electorate in the primary, officials say.", "60 percent")
    assert _subject(a, f) is None


def test_part_of_a_whole_leaves_a_time_phrase_out():
    a, f = _figure("In Ellery, minority voters in 2012 accounted for 27% of primary voters, a share that may rise.", "27%")
    assert _subject(a, f) == "minority voters"


def test_twin_part_that_is_an_anaphor_is_not_its_words():
    a, f = _figure("The company accounts for about 7% of the total income of the trusts.", "about 7%")
    assert _subject(a, f) != "The company"


# a participle's share is the clause subject's
def test_participle_share_is_the_clause_subjects():
    a, f = _figure("In the new poll, Gary Roe fares well in the West, receiving 19 percent support in Idaho "
                   "and 17 percent in Kansas.", "17 percent")
    assert _subject(a, f) == "Gary Roe"


def test_twin_participle_with_its_own_subject_stays_open():
    a, f = _figure("In the new poll, Gary Roe fares well in the West, with Jane Doe receiving 19 percent support in Idaho.",
                   "19 percent")
    assert _subject(a, f) != "Gary Roe"
