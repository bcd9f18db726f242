"""The brief (issue 23; round thirty-five): sentences that do not stand alone. A sentence that
starts inside a quotation opened before it (its first double mark closes), a group counted with
"the"/"all" and a small number ("The three states ..."), and a quotation whose spoken marker
("Well, ...") hides the opening pronoun after it are passed over. Small texts written here,
each rule with a twin it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told
from test_brief_trust import corpus_of

from storyline.resolve import brief

# --- a sentence starting inside a quotation ---------------------------------------------


@pytest.mark.parametrize("sentence", [
    "We have to finish the bridge by June,” Roe said.",  # a right curly mark glued to the stop
    'We have to finish the bridge by June," Roe said.',  # a straight one after the stop
    "Would that have been so hard?,” Roe said.",
    'the town will win," she said, and left.',
])
def test_a_sentence_whose_first_mark_closes_starts_mid_quotation(sentence):
    assert brief.starts_mid_quotation(sentence)


@pytest.mark.parametrize("sentence", [
    # twins: an opening mark first, a mark at the start or after a space used as an opening one,
    # an inch mark after a figure, an apostrophe, no mark at all
    "“We have to finish the bridge by June,” Roe said.",
    '"We have to finish the bridge by June," Roe said.',
    "”We have to finish the bridge by June,” Roe said.",
    'Roe called the bridge "a win for the town."',
    'The crew laid a 6" pipe under the bridge.',
    "The candidates’ debate ran late into the night.",
    "Roe said the bridge would open in June.",
])
def test_a_sentence_opening_its_own_quotation_or_none_is_kept(sentence):
    assert not brief.starts_mid_quotation(sentence)


def test_the_tail_of_a_quotation_is_passed_over():
    text = ("“The council spent the money twice. We have to finish the bridge by June,” Jane Roe said on Monday.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any(t.startswith("We have to finish") for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


# --- a counted group the sentence before named ------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The three states last voted for the party in 1988.",
    "The four were not allowed to leave the ship on Friday.",
    "All three had recently come back from a trip to the coast.",
    "The dozen letters sent to the council were never answered.",
])
def test_a_counted_group_with_nothing_to_say_which_points_back(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] == "anaphor"


@pytest.mark.parametrize("sentence", [
    # twins: a proper adjective or a scope after the number, a count in figures, "three" elsewhere
    "The three Democratic candidates met in the city on Monday.",
    "The three of them met in the city on Monday.",
    "The four who were rescued were taken to the hospital.",
    "The 33 miners were brought to the surface one by one.",
    "Three states voted for the party in 1988.",
    "The Three Rivers council voted for the bridge.",
])
def test_a_scoped_or_named_group_reads_alone(sentence):
    assert brief.dependent_opening(sentence) is None


# --- a spoken marker before an opening pronoun ------------------------------------------


def test_a_spoken_marker_lets_the_opening_after_it_decide():
    s = "\"Well, it's kind of a strange thing to ask,\" Roe said."
    assert brief.dependent_opening(s) == ("pronoun", s.index("it's"), s.index("it's") + 2)
    s = "\"No, the move was wrong,\" Roe said."
    assert (brief.dependent_opening(s) or ("",))[0] == "anaphor"


@pytest.mark.parametrize("sentence", [
    # twins: a marker with nothing dependent after it, and words that are no marker (no comma)
    "\"Well, the council will build the bridge,\" Roe said.",
    "\"Look, we will win the vote,\" Roe said.",
    "No one came to the meeting on the bridge.",
    "Look at the bridge the council built in June.",
])
def test_a_spoken_marker_alone_is_no_fault(sentence):
    assert brief.dependent_opening(sentence) is None


def test_a_marked_pronoun_quotation_is_passed_over():
    text = ("\"Well, it's kind of a strange thing to ask of the town,\" Jane Roe said on Monday.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any("strange thing" in t for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


# --- an object pronoun with nothing before it -------------------------------------------


@pytest.mark.parametrize("sentence", [
    '"I would beat him in the vote," Roe said.',
    "One of them is the repeal of the bridge tax.",
    "I told him I do not care about the bridge.",
    '"I take her to the doctor every week," Roe said.',
])
def test_an_object_pronoun_with_nothing_before_it_dangles(sentence):
    assert "points back" in (brief.dangling_object_pronoun(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: a noun or a name before it, a possessive "her", no object pronoun
    "Roe met the workers at the bridge and thanked them.",
    "The council thanked Roe and gave him a medal.",
    "She took her car to the shop by the bridge.",
    '"We will build the bridge," Roe said.',
])
def test_an_object_pronoun_after_a_noun_or_a_possessive_is_kept(sentence):
    assert brief.dangling_object_pronoun(sentence) is None


def test_a_dangling_object_pronoun_is_passed_over_when_about_to_be_picked():
    text = ('"I would beat him in any vote on the bridge," Jane Roe said.\n'
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert not any("beat him" in t for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


# --- a piece ending on a semicolon --------------------------------------------------------


def test_a_related_headline_ending_on_a_semicolon_is_not_used():
    text = ("The council voted for the bridge over the bay on Monday, the mayor said.\n"
            "Roe wins a crucial vote for the bridge in the bay;\n" + BACKGROUND)
    a = analysis("aaaa", text)
    barred = {c.text: c.barred for c in brief.candidates(corpus_of([a], n=10))}
    assert "semicolon" in (barred["Roe wins a crucial vote for the bridge in the bay;"] or "")
    picked = [x.text for x in told(a)]
    assert not any(t.endswith(";") for t in picked)
    assert any(t.startswith("The council voted") for t in picked)


def test_a_semicolon_inside_a_sentence_is_no_cut():
    # twin: a semicolon inside a whole sentence ending on a stop
    text = "The council voted for the bridge on Monday; the mayor said the work would start in June.\n" + BACKGROUND
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert any(t.startswith("The council voted") for t in picked)


# --- a third person inside the opening quotation with nothing before it -----------------


@pytest.mark.parametrize("sentence", [
    '"I do not know why he is saying that about the bridge," Roe said.',
    '"If they cannot finish it, we lose the season," Roe said.',
])
def test_a_quoted_third_person_with_nothing_before_it_dangles(sentence):
    assert "points back" in (brief.dangling_quoted_subject(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: the quotation's first word (the opening rules'), a noun before it, a tag's "he"
    # outside the quotation, a second quotation after the tag, no quotation at all
    '"He knew what had to be done," Roe said.',
    '"The council met and they voted for the bridge," Roe said.',
    '"I said we would win the vote," he said.',
    '"We will win," he said, "because they are weak."',
    "Roe said he would win the vote on the bridge.",
])
def test_a_quoted_third_person_after_a_noun_or_outside_the_quotation_is_kept(sentence):
    assert brief.dangling_quoted_subject(sentence) is None
