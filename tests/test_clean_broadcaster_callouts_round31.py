"""A broadcaster's call for readers' pictures and comments printed in the article's text,
with its notices and the questions above it (issue 16, round thirty-one, by census of the
BBC dev texts): data/engagement.txt and data/reply_calls.txt. Every text is invented; each
shape has a must-keep twin (the same words in a speaker's quotation, or in a sentence about
someone else)."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

LEAD = ("Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."
        "\n\nOfficials said the airport was open again for relief flights carrying food and water."
        "\n\nThe government has asked neighbouring countries for tents, doctors and fuel.")


def _cut(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed]


@pytest.mark.parametrize("line", [
    "Your personal details will only be kept by our desk.",
    "When sending us photos, please never put yourself at risk or break any laws.",
    "Send your pictures to pictures@example.org or text them to 01234 567890.",
    "If you have any information you wish to share, tell the Acme News desk using the form below.",
    "Acme Tonight would invite you to have your say about the floods.",
    "Readers may join in by posting your comments below.",
    "We welcome your comments on Acme Tonight's report from the north.",
    "Remember: if your comments are published, we may print your town as well.",
])
def test_a_broadcasters_call_for_readers_is_cut(line):
    text = f"{LEAD}\n\n{line}"
    assert line in _cut(text)
    assert "relief flights carrying food and water." in clean_text(text).text


def test_the_questions_above_a_call_for_pictures_go_with_it():
    text = f"{LEAD}\n\nAre you in Port Ellery?\n\nAre the roads to the north closed?\n\nSend your pictures to pictures@example.org."
    cut = _cut(text)
    assert "Are you in Port Ellery?" in cut and "Are the roads to the north closed?" in cut


@pytest.mark.parametrize("line", [
    # a speaker's words in quotation marks are the article's
    'The mayor said: "Send your pictures of the damage to the council and we will pay for the repairs."',
    # the same words about someone else, not to "you"
    "The bank said customers' contact details will never be published or sold to other firms.",
    "Officials asked residents to send their pictures of the flood damage to the council by Friday.",
])
def test_the_same_words_in_the_articles_own_sentences_stay(line):
    text = f"{LEAD}\n\n{line}\n\nThe ferry will run again on Friday, the harbour master said."
    assert line in clean_text(text).text


def test_a_call_for_ideas_ending_on_a_number_is_split_off_the_sentence_after_it():
    line = ("Also, send us your ideas using the form at the bottom or text them to +447700900000 "
            "The public are also doing their part.")
    text = f"{LEAD}\n\n{line}\n\nBy Monday the council had received 3,000 ideas from the public."
    c = clean_text(text)
    assert "Also, send us your ideas using the form at the bottom or text them to +447700900000" in _cut(text)
    assert "\n\nThe public are also doing their part." in c.text


def test_a_number_inside_a_sentence_splits_nothing():
    # twin: a number after a verb of calling, lower case after it
    line = "Would-be helpers can call +447700900000 and leave a message for the harbour office before Friday."
    text = f"{LEAD}\n\n{line}"
    assert line in clean_text(text).text
