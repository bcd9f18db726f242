"""Round forty-five's review: inputs a read-only reviewer invented that the round's new rules
misfired on, each now left as the base left it (or read right). Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.analyse import quantities
from storyline.clean import clean_record
from storyline.pipeline import analyse_record
from storyline.resolve import brief
from storyline.types import Record


def _an(text: str):
    return analyse_record(Record(source="t.txt", text=text))


def _speakers(text: str):
    an = _an(text)
    out = []
    for q in an.quotes:
        k = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        out.append((q.speaker_text, None if k is None else an.mentions[k].text))
    return out


def _fig(text: str, written: str):
    return next(f for f in _an(text).figures if f.text == written)


# --- the glued-dash dateline -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Storms hit the coast on Monday, cutting power to thousands of homes, officials said.\n\n"
    "In the capital, crews worked through the night to clear roads.\n\n"
    "MIAMI —Forecasters said a second storm could make landfall on Thursday, bringing more rain.\n",
    "The senator spoke to reporters for an hour on Tuesday about the budget.\n\n"
    "HARRIS —I think the budget will pass, because the votes are there in the Senate now.\n",
    "WARNING —This story contains scenes that some readers may find upsetting, the editors said.\n",
])
def test_a_glued_dash_under_paragraphs_or_after_a_label_is_no_dateline(text):
    d = clean_record(Record(source="t.txt", text=text))
    assert not any(r.reason.startswith(("dateline", "headline")) for r in d.removed)


# --- the end-quote box ---------------------------------------------------------------------

@pytest.mark.parametrize("place", ["In New York", "Last March"])
def test_an_end_quote_box_before_a_place_or_time_opening_is_left(place):
    text = ("Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat.\n\n"
            f'The harbour wall will hold until the spring tides" End Quote Jane Roe Analyst, Acme Bank {place} '
            "The Acme Group sold its stake in the mine on Monday.\n\n"
            "Officials said the airport was open again for relief flights carrying food and water.\n")
    d = clean_record(Record(source="t.txt", text=text))
    assert f"{place} The Acme Group sold" in d.text


# --- "the network" / "the site" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fox News reported that Sunrise TV had fired its morning anchor. The network said the anchor had broken its rules.",
    "The Guardian reported that a charity network of food banks was running out. The network said demand had doubled.",
    "The BBC interviewed the head of Planet Radio on Sunday. The network said it would cut 40 jobs.",
    "According to Reuters, the drug maker Pharmaco has closed its online store. The website said orders would be refunded.",
])
def test_the_network_after_another_medium_or_body_stays_open(text):
    assert all(who is None for said, who in _speakers(text) if said and said.lower().startswith("the "))


def test_twin_the_network_after_its_own_report_is_the_outlet():
    got = _speakers("CNN reported on Monday that talks had stalled. The network said an agreement could still come this week.")
    assert ("The network", "CNN") in got


# --- bare "the man" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Reed shot an intruder who broke into his home on Friday. The man told police he was looking for food.",
    "Farmer Tom Reed found a stranger sleeping in his barn on Tuesday. The man said he was lost.",
    "Tom Reed rescued a teenager from the river on Sunday. The teen told reporters she could not swim.",
])
def test_the_man_after_someone_brought_in_stays_open(text):
    assert all(who is None for said, who in _speakers(text) if said and said.startswith("The "))


# --- signs and shares -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turnout was high -70 percent of voters cast ballots, the clerk said.",
    "The bill passed the Senate easily -68 votes to 32.",
])
def test_a_dash_after_any_word_is_no_minus(text):
    assert all(q.value is None or q.value >= 0 for q in quantities.parse(text))


@pytest.mark.parametrize("text", [
    "The team scored 2 in 5 minutes early in the second half.",
    "The company ranked 4 in 100 on the list of best employers.",
    "The judges gave her a score of 9 out of 10.",
    "The film got 8 out of 10 stars from the critics.",
])
def test_no_share_of_a_time_a_rank_or_a_score(text):
    assert not any(q.kind == "fraction" for q in quantities.parse(text))


# --- figure subjects ------------------------------------------------------------------------

@pytest.mark.parametrize("text, written", [
    ("The company took a $100 million hit from the strike.", "$100 million"),
    ("The state faces a $4 billion hole in its budget next year.", "$4 billion"),
    ("The bank received a $45 billion injection from the Treasury.", "$45 billion"),
])
def test_a_sums_own_noun_is_no_subject(text, written):
    assert _fig(text, written).subject_text is None


@pytest.mark.parametrize("text, written, subject", [
    ("The plant — which opened in 1990 — employs 2,000 people.", "2,000", "The plant"),
    ("The wage increase will cost the city $14 million a year.", "$14 million", "The wage increase"),
])
def test_subjects_the_round_lost_are_back(text, written, subject):
    assert _fig(text, written).subject_text == subject


# --- findings -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The harbour board met on Monday. The committee found the bank to blame for the losses.", "to blame"),
    ("The harbour board met on Monday. Researchers found the drug to reduce deaths by a third.", "to reduce deaths"),
])
def test_a_finding_on_something_definite_stays_a_quote(text, words):
    assert any(words in q.text for q in _an(text).quotes)


# --- the brief ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Among European countries, Germany grew fastest at 2 percent last year.",
    "Among the cities hardest hit, New Orleans lost 4 percent of its jobs in September.",
])
def test_among_with_no_poll_is_no_subgroup(sentence):
    assert brief.dependent_opening(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Among Republicans, support rose to 30 percent, the Pew survey showed.",
    "Among voters under 30, 70 percent back the bill, Ipsos said.",
])
def test_a_subgroup_share_naming_its_poll_by_word_is_scoped(sentence):
    assert brief.dependent_opening(sentence)[0] == "subgroup" and brief._POLL_NAMED.search(sentence)


def test_a_letters_kicker_over_a_news_story_is_no_letters_page():
    text = ("Opinion\nLetters\nCouncil approves harbour plan after long debate\n"
            "The council voted 7-2 on Tuesday to approve the harbour plan, which will cost $40 million.\n\n"
            "Work will begin in May, the mayor said.\n")
    assert not brief.letters_page(text)


def test_a_title_in_single_marks_is_no_quotation():
    assert not brief._SINGLE_QUOTED.match("'Hamilton,' the Broadway musical, sold out again on Sunday for its 1,000th show.")


# --- dating ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The long-delayed project ran from 2016 to 2019 and cost $2 billion, auditors said.",
    "After years of delays, construction lasted from 2016 to 2019.",
])
def test_a_span_near_a_word_of_delay_keeps_its_bound(sentence):
    from storyline.resolve import dating

    p = dating.estimate(_an("Lawmakers argued on Tuesday. " + sentence))
    assert p is not None and p.earliest is not None and p.earliest >= "2016-01-01"
