"""Round forty (figamount): subjects of amounts, counts and sums, left open before (issue 20,
item 5; analyse/figsubject_amount.py).

- a count of dead or hurt is the event's that caused it: the subject of the clause a
  participle of harm hangs on ("the bomb went off, killing 247 people"), the "in"/"from"
  phrase of a passive or of "die"; only a ``cause`` noun (amount_subjects.tsv);
- money paid or spent is for its "for"/"on" object, also when that is a bare noun a
  modifier names ("TV ads"), never the payer;
- a reward is for what its "for" phrase says, with the clause that says which.

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ the cause of a count of dead or hurt


def test_participle_of_harm_takes_its_clause_subject():
    a, f = _figure("The bomb went off near the market at noon, killing 14 people.", "14")
    assert _subject(a, f) == "The bomb"


def test_second_participle_shares_the_cause():
    a, f = _figure("The bomb went off near the market, killing 14 people and wounding 230 others.", "230")
    assert _subject(a, f) == "The bomb"


def test_participle_after_an_agent_is_left_open():
    # gunmen are who fired, not an event: the count stays open
    a, f = _figure("Gunmen opened fire on the crowded bus, killing 14 people.", "14")
    assert _subject(a, f) is None


def test_passive_count_takes_the_event_it_was_killed_in():
    a, f = _figure("Police said more than 30 people were killed in the blast on Tuesday.", "more than 30")
    assert _subject(a, f) == "the blast"


def test_passive_count_in_a_place_is_left_open():
    a, f = _figure("Police said more than 30 people were killed in the northern town on Tuesday.", "more than 30")
    assert _subject(a, f) is None


def test_coordinated_phrase_is_not_cut_inside():
    a, f = _figure("The bombings in Port Ellery and Lestova last week claimed at least 217 lives.", "at least 217")
    assert _subject(a, f) == "The bombings"


# ------------------------------------------------ what money paid or spent is for


def test_spending_on_a_named_kind_of_thing():
    a, f = _figure("The Ellery Fund has spent $2 million on television ads since March.", "$2 million")
    assert _subject(a, f) == "television ads"


def test_spending_on_a_bare_noun_is_left_open():
    a, f = _figure("The Ellery Fund has spent $2 million on ads since March.", "$2 million")
    assert _subject(a, f) is None


def test_a_count_in_a_paying_clause_is_not_what_was_paid_for():
    a, f = _figure("The scheme has paid more than $3 million in some 40 cases for useful leads.", "some 40")
    assert _subject(a, f) is None


# ------------------------------------------------ what a reward is for


def test_reward_is_for_the_information_named():
    a, f = _figure("Police are offering a reward of up to $50,000 for information leading to the arrest of the gunmen.",
                   "up to $50,000")
    assert _subject(a, f) == "information leading to the arrest of the gunmen"


def test_reward_for_his_capture_is_left_open():
    a, f = _figure("A $2 million reward was offered last week for her capture.", "$2 million")
    assert _subject(a, f) is None


# ------------------------------------------------ who money is given to


def test_money_given_is_the_recipients():
    a, f = _figure("The emirate gave between $4 million and $9 million to the Lestova Heritage Foundation.",
                   "between $4 million and $9 million")
    assert _subject(a, f) == "Lestova Heritage Foundation"


def test_count_of_gifts_is_the_recipients():
    a, f = _figure("Aides said donors made more than 2.5 million contributions to the senator's campaign.", "more than 2.5 million")
    assert _subject(a, f) == "the senator's campaign"


def test_money_given_to_an_unnamed_one_is_left_open():
    a, f = _figure("Mr. Hale donated $3 million to a super PAC backing the governor.", "$3 million")
    assert _subject(a, f) is None


def test_money_given_to_his_campaign_is_left_open():
    a, f = _figure("A few dozen nurses gave a grand total of $4,210 to his campaign.", "$4,210")
    assert _subject(a, f) is None


def test_cause_after_the_agent_of_a_passive():
    a, f = _figure("She stopped at the club, where 49 people were killed in June by a masked gunman in a mass shooting.", "49")
    assert _subject(a, f) == "a mass shooting"


def test_participle_with_its_own_cause_phrase():
    a, f = _figure("A van drove into a crowd on Friday evening, killing at least 31 people in a suspected terror attack.",
                   "at least 31")
    assert _subject(a, f) == "a suspected terror attack"


def test_participle_with_a_place_phrase_is_left_open():
    a, f = _figure("A van drove into a crowd on Friday evening, killing at least 31 people in the old town.", "at least 31")
    assert _subject(a, f) is None


# ------------------------------------------------ a reporting verb's addressee


def test_figure_in_a_reporting_verbs_subject_is_not_its_addressees():
    a, f = _figure("“They cannot wait,” Fight for $15 organizing director Anna Roe told Lestova News 6 in Port Ellery.", "$15")
    assert _subject(a, f) is None


def test_figure_in_another_verbs_subject_keeps_the_objects_owner():
    a, f = _figure("More than 1 million migrants crossed Germany's border last year.", "More than 1 million")
    assert _subject(a, f) == "Germany"


def test_left_homeless_by_the_quake():
    a, f = _figure("An estimated 40,000 people were left homeless by the 6.2-magnitude quake on Sunday.",
                   "An estimated 40,000")
    assert _subject(a, f) == "the 6.2-magnitude quake"


def test_affected_by_something_no_event_is_left_open():
    a, f = _figure("About 4,000 workers were affected by the new rules.", "About 4,000")
    assert _subject(a, f) is None
