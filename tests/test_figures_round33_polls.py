"""Round thirty-three: poll shares in political copy (issue 20, item 5).

"A leads B 46 percent to 41 percent": each share is its candidate's; "X has 45%" in poll
copy is X's; a poll named by its organisation in the figure's sentence is the claimant;
a share of the people polled ("28 percent of voters said") is never a claimant. Each rule
has a twin where it must not fire."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analysis(text: str):
    return analyse_record(Record(source="t", text=text))


def _figure(text: str, figure: str, nth: int = 0):
    a = _analysis(text)
    f = [f for f in a.figures if figure in f.text][nth]
    return a, f


def _subject(a, f):
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def _claimant(a, f):
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


PAIR = "In the new survey of likely voters, Jane Doe leads John Roe 46 percent to 41 percent."


def test_pair_first_share_is_the_leader():
    a, f = _figure(PAIR, "46 percent")
    assert _subject(a, f) == "Jane Doe"


def test_pair_second_share_is_the_one_led():
    a, f = _figure(PAIR, "41 percent")
    assert _subject(a, f) == "John Roe"


def test_twin_pair_with_two_leaders_stays_open():
    text = "The survey shows both Jane Doe and Mary Poe beating John Roe 45 percent to 40 percent."
    a, f = _figure(text, "45 percent")
    assert f.subject_mention is None


def test_share_verb_in_poll_copy_is_the_candidate():
    text = "The poll of 900 voters was taken last week. In Ohio, Senator Jane Doe has 45 percent."
    a, f = _figure(text, "45 percent")
    assert _subject(a, f) == "Jane Doe"


def test_twin_share_verb_without_poll_copy_stays_open():
    text = "The bakery did well last year. In Ohio, Jane Doe has 45 percent."
    a, f = _figure(text, "45 percent")
    assert f.subject_mention is None


def test_twin_second_share_of_a_list_is_not_the_first_name():
    text = "In the new poll of likely voters, Jane Doe earned 42 percent, John Roe 34 percent and Mary Poe 11 percent."
    a, f = _figure(text, "34 percent")
    assert _subject(a, f) != "Jane Doe"


def test_poll_named_in_the_sentence_is_the_claimant():
    text = "In a Quinnipiac University poll released Sunday, 8 percent of Democrats said they would stay home."
    a, f = _figure(text, "8 percent")
    assert _claimant(a, f) == "Quinnipiac University"


def test_twin_poll_named_in_another_sentence_is_not_taken():
    text = "Quinnipiac University released a poll on Sunday. Only 8 percent of Democrats said they would stay home."
    a, f = _figure(text, "8 percent")
    assert f.claimant_mention is None and f.claimant_text is None


def test_twin_two_polls_in_the_sentence_leave_the_claimant_open():
    text = ("In a Quinnipiac University poll, 8 percent of Democrats said they would stay home, "
            "against 5 percent in a Monmouth University poll.")
    a, f = _figure(text, "8 percent")
    assert f.claimant_mention is None and f.claimant_text is None


def test_share_of_the_people_polled_is_no_claimant():
    text = "Just 28 percent of voters said they liked the plan, compared with 33 percent last month."
    a, f = _figure(text, "33 percent")
    assert f.claimant_text is None or "percent" not in f.claimant_text


def test_twin_a_named_source_stays_the_claimant():
    text = "The city council said that taxes would rise 33 percent next year."
    a, f = _figure(text, "33 percent")
    assert _claimant(a, f) and "council" in _claimant(a, f).lower()


def test_gift_amount_under_a_clause_with_no_paying_verb_does_not_crash():
    """A gift's amount read as a payer's figure with no verb over it crashed the document."""
    text = ("The two sides want a pact like the one the rival party formed, which spans 29 states "
            "and may take gifts of up to $412,300.")
    a, f = _figure(text, "$412,300")
    assert f.unit == "USD"


def test_twin_gift_amount_with_its_verb_keeps_its_subject_open():
    text = "The group said it will treble its aid to Port Ellery to $30 million."
    a, f = _figure(text, "$30 million")
    assert f.subject_mention is None


def test_margin_by_points_is_the_winners():
    text = "In the primary, Jane Doe defeated John Roe by 20 points among likely voters."
    a, f = _figure(text, "20 points")
    assert _subject(a, f) == "Jane Doe" and f.unit == "points"


def test_twin_points_of_an_index_have_no_candidate():
    text = "In the primary week, the Dow Jones industrial average fell by 20 points."
    a, f = _figure(text, "20 points")
    assert f.subject_mention is None or a.mentions[f.subject_mention].label != "PERSON"


def test_twin_margin_of_two_coordinated_candidates_stays_open():
    text = "In the new poll, Jane Doe and John Roe both trailed Mary Poe by 5 percentage points."
    a, f = _figure(text, "5 percentage points")
    assert f.subject_mention is None


def test_twin_poll_named_as_the_base_is_not_the_claimant():
    text = "Support for the plan is up to 45 percent, from a Quinnipiac University poll in May."
    a, f = _figure(text, "45 percent")
    assert f.claimant_mention is None and f.claimant_text is None


def test_twin_an_unnamed_second_poll_leaves_the_claimant_open():
    text = ("An average of three polls puts support for the plan at 45 percent, with a Quinnipiac University poll "
            "giving it more.")
    a, f = _figure(text, "45 percent")
    assert f.claimant_mention is None and f.claimant_text is None


def test_twin_an_agency_named_survey_is_no_poll():
    text = "Storms destroyed 80% of the crops, and the US Geological Survey mapped the new fault."
    a, f = _figure(text, "80%")
    assert _claimant(a, f) != "US Geological Survey"



def test_a_pair_after_another_lead_verb_than_the_parses_is_not_given_to_the_first_subject():
    # round thirty-three (integrator, in sample): the parse may hang the second clause's pair on
    # the first clause's participle; with another lead verb between them, no subject from there
    text = ("The Acme poll splits the field the usual way. Jane Doe holds a wide margin "
            "with the young — leading 64 percent to 25 percent among voters below age 40 — while "
            "John Roe leads, 57 percent to 31 percent, with voters over 40.")
    a, f = _figure(text, "57 percent")
    assert _subject(a, f) in (None, "John Roe")
    # twin: the first clause's own pair keeps its candidate
    a, f = _figure(text, "64 percent")
    assert _subject(a, f) == "Jane Doe"
