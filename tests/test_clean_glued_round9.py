"""Captions, standfirsts, headlines and fact boxes glued to sentences in plain copy (issue 16,
round nine: haiti_bbc K9, K12, K15 and H1N1_guardian K1, K4 of the round-eight audit). Each
rule with must-keep twins of the same surface that are article sentences."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel."
        "\n\nSchools in the north will stay closed until the end of the month, the ministry said.")


def _removed(text: str, prefix: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(prefix)]


# -- a headline whose opening name the lead gives again (noise._name_again_boundary) --

def test_headline_naming_the_leads_subject_again_is_cut():
    # the headline ends in a name: the case and repeat rules stop there ("Marotia Jane" may
    # be one name)
    lead = "Jane Roe is one of several painters planning an auction of their work for the families of Marotia."
    text = f"Jane Roe ready to help Marotia {lead}{BODY}"
    c = clean_text(text)
    assert _removed(text, "headline") == ["Jane Roe ready to help Marotia"]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("line", [
    # a verb of saying before the repeat: reported speech, one sentence
    "Tom Fell told the team Tom Fell would lead the search for survivors in the north of the island.",
    # a function word before the repeat: the sentence goes on
    "Jane Roe thanked the fans who had come to see the show that Jane Roe had planned for months.",
    # a comma before the repeat: a list or an apposition
    "Jane Roe, the singer, joined the choir and Jane Roe sang the first verse of the new song.",
    # a role noun before the repeat: the name in apposition
    "Jane Roe flies supplies to Marotia and the Hollywood actor Jane Roe has flown them in her own jet.",
])
def test_a_sentence_naming_its_subject_again_stays(line):
    text = f"{line}{BODY}"
    c = clean_text(text)
    assert c.text.startswith(line)
    assert not _removed(text, "headline")


# -- a verbless caption above a picture credit below the opening (noise._verbless_captions_above_credits) --

OPENING_LINES = "\n\n".join(
    f"Line {i} of the report says the relief effort in region {i} is now under way with more aid."
    for i in range(1, 10))
CREDIT = "Photograph: Ana Roe/AFP/Getty images The president wants to meet his neighbour soon"


@pytest.mark.parametrize("caption", [
    "The president Jose Roe at the National Assembly's election session in the capital.",
    # a participle modifying the noun is no verb of a clause
    "A collapsed apartment block in the old town of Marotia.",
])
def test_verbless_caption_above_a_credit_is_cut(caption):
    text = f"{OPENING_LINES}\n\n{caption}\n\n{CREDIT}{BODY}"
    c = clean_text(text)
    assert caption not in c.text
    assert caption in _removed(text, "caption: a picture's caption (a noun phrase with no verb)")


@pytest.mark.parametrize("line", [
    # a sentence with its finite verb: the article's last sentence above a credit
    "The president wants to end a 40-year-old freeze with the country's northern neighbour.",
    # a short verbless aside with no noun at its root
    "Maybe, maybe not.",
    # a participle with its own subject: a clause
    "The old apartment block in the town collapsed on Tuesday.",
])
def test_a_sentence_above_a_credit_stays(line):
    text = f"{OPENING_LINES}\n\n{line}\n\n{CREDIT}{BODY}"
    assert line in clean_text(text).text


def test_verbless_line_with_no_credit_below_stays():
    line = "The president Jose Roe at the National Assembly's election session in the capital."
    text = f"{OPENING_LINES}\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a standfirst of two sentences, its last stop lost into the lead (noise._split_glued_standfirst) --

STAND = "Farmers may be better placed to survive a long drought."
PIECE = "But that does not mean the crops are safe"
LEAD = "For the second summer in a row, the rains have failed across most of the southern plains."
GLUED = f"{PIECE} {LEAD}"
ECHO = "\n\nSo, while farmers may be better placed to survive a long drought, the river towns are not."


def test_standfirst_restated_below_and_glued_to_the_lead_is_cut():
    text = f"{STAND}\n\n{GLUED}{BODY}{ECHO}"
    c = clean_text(text)
    assert c.text.startswith(LEAD)
    assert _removed(text, "standfirst") == [f"{STAND}\n\n{PIECE}"]


def test_first_line_the_body_does_not_restate_stays():
    text = f"{STAND}\n\n{GLUED}{BODY}"
    c = clean_text(text)
    assert c.text.startswith(STAND)
    assert not _removed(text, "standfirst")


def test_second_line_with_its_full_stop_stays():
    text = f"{STAND}\n\n{PIECE}. {LEAD}{BODY}{ECHO}"
    c = clean_text(text)
    assert c.text.startswith(STAND)
    assert not _removed(text, "standfirst")


# -- "A"/"An" opening a sentence after a kind noun (noise._article_opens in _caption_seams) --

def test_caption_before_an_indefinite_article_is_cut():
    caption = "A single helicopter circles over the village"
    sentence = "A UN spokesman said the peacekeepers were guarding the food convoys in the south."
    text = f"Floods have cut off the north of the island.\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert caption not in c.text and sentence in c.text


@pytest.mark.parametrize("line", [
    # a letter after a noun, not an article: the rest is no clause
    "Doctors said the patients had contracted hepatitis A after eating at the same restaurant.",
    # a title opening with "A" goes on in title case
    "The critics praised the director of the village A Quiet Place was filmed in last summer.",
])
def test_a_capital_a_inside_a_sentence_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


# -- a fact box or a graphic's steps run together before a sentence (noise._split_fact_boxes) --

BOX = ("Residents of the valley can text a report to a free number or post it online "
       "A clerk reads each report and sorts it by district "
       "The clerk calls the sender back and confirms the details "
       "Rescue teams can take the report straight away and act on it")
AFTER_BOX = "The charity made an agreement with the local phone operator Maricel and set up a short code."


def test_fact_box_run_into_a_sentence_is_cut():
    text = f"Floods have cut off the north of the island.\n\n{BOX} {AFTER_BOX}{BODY}"
    c = clean_text(text)
    assert AFTER_BOX in c.text and "The clerk calls" not in c.text
    assert _removed(text, "caption: a fact box") == [BOX]


@pytest.mark.parametrize("line", [
    # names after lower-case words: the pieces are no clauses
    "The company hired Goldman Sachs and Morgan Stanley to advise Exxon Mobil on the sale of its stake in the field.",
    # two whole clauses glued, not three: one lost stop may be a slip
    "A clerk reads each report and sorts it by district The clerk calls the sender back and confirms the details.",
])
def test_a_line_with_fewer_than_three_whole_glued_clauses_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text


def test_pieces_opening_with_a_conjunction_are_no_fact_box():
    # they go on from the piece before (round six's caption rule reads the first seam alone)
    line = "Aid arrives slowly in the north But the airport is open again for flights And the roads are clear of rubble now."
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert not _removed(text, "caption: a fact box")


# -- a capitalised subject pronoun after a caption (noise._pronoun_opens in _split_glued_captions) --

def test_caption_before_a_capitalised_pronoun_is_cut():
    caption = "A temporary clinic is set up by fishermen"
    sentence = "They carry an old woman in, her arm wrapped in a torn shirt."
    text = f"Floods have cut off the north of the island.\n\n{caption} {sentence}{BODY}"
    c = clean_text(text)
    assert caption not in c.text and sentence in c.text


@pytest.mark.parametrize("line", [
    # the pronoun in lower case: a bare relative clause, one sentence
    "The clinic was set up by the fishermen they trust most in the whole of the bay.",
    # a connective opening the line: it goes on from the sentence before
    "But the clinic was set up by fishermen They carry an old woman in on a door.",
    # a subordinate clause before the seam: the line is no caption
    "Because the roads are closed to the villagers They bring the injured down on foot.",
])
def test_a_pronoun_seam_in_a_sentence_stays(line):
    text = f"Floods have cut off the north of the island.\n\n{line}{BODY}"
    assert line in clean_text(text).text
