"""Guardian page furniture run into the article's lines: an embedded clip's caption and
link, a live-blog promo opening a line, the print edition's footer glued after the last
words; each rule with a must-keep twin (a real sentence that looks like its target)."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

HEAD = "Ministers met on Monday to discuss the outbreak and the advice given to schools.\n\n"
TAIL = "\n\nThe health agency said it would publish new figures on Thursday morning."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason.split(":")[0] for r in clean_text(text).removed}


@pytest.mark.parametrize("line, noise, sentence", [
    ("Jane Roe on the country's preparations for the outbreak Link to this audio Officials confirmed the agency was testing two students.",
     "Jane Roe on the country's preparations for the outbreak Link to this audio",
     "Officials confirmed the agency was testing two students."),
    ("Watch the ministry's advert on washing hands Link to video: Ministry releases advert on washing hands Three new cases were confirmed in the north, officials said.",
     "Watch the ministry's advert on washing hands Link to video: Ministry releases advert on washing hands",
     "Three new cases were confirmed in the north, officials said."),
])
def test_clip_caption_and_link_are_cut_and_the_sentence_stays(line, noise, sentence):
    text = HEAD + line + TAIL
    assert _cut(text).get(noise) == "promo"
    out = clean_text(text).text
    assert sentence in out and "Link to" not in out


def test_link_words_in_a_sentence_stay():
    # "link to" in prose, not the embed's marker, and a marker followed by a lower-case
    # word (the line goes on as a sentence) cuts nothing of the sentence
    line = "Researchers found no link to the vaccine, and a video of the briefing was shown to the committee."
    text = HEAD + line + TAIL
    assert line in clean_text(text).text


@pytest.mark.parametrize("line, promo, sentence", [
    ("Follow the latest updates on the flu outbreak The two patients being treated at a clinic in the south have been named.",
     "Follow the latest updates on the flu outbreak",
     "The two patients being treated at a clinic in the south have been named."),
    ("Follow live updates here The company revealed yesterday that its plan to stop the leak had suffered a setback.",
     "Follow live updates here",
     "The company revealed yesterday that its plan to stop the leak had suffered a setback."),
])
def test_live_blog_promo_opening_a_line_is_cut(line, promo, sentence):
    text = HEAD + line + TAIL
    assert _cut(text).get(promo) == "promo"
    assert sentence in clean_text(text).text


@pytest.mark.parametrize("line", [
    # a sentence that starts with "Follow" and is no promo template
    "Follow the money, the inspector told the committee, and the pattern becomes clear.",
    "Follow the link below and judge on your own whether the minister kept his word.",
])
def test_follow_sentences_stay(line):
    text = HEAD + line + TAIL
    assert line in clean_text(text).text


def test_print_footer_and_what_follows_are_cut():
    text = (HEAD + "The second paragraph of the column ends the argument with a flourish.\n\n"
            "cents Jane Roe is a councillor for the north-west Letters for publication should be sent to: letters@example.org "
            "If you need help using the site: help@example.org This article was published on example.\n\nTime for a ban.")
    cut = _cut(text)
    out = clean_text(text).text
    assert out.endswith("ends the argument with a flourish.")
    assert cut.get("cents Jane Roe is a councillor for the north-west") == "bio"
    assert cut.get("Time for a ban.") == "promo"


def test_page_footer_after_a_sentence_keeps_the_sentence():
    line = "The last sentence of the column is a full one. A version appeared on p41 of the Main section of the paper on Monday 11 May 2009"
    out = clean_text(HEAD + line).text
    assert out.endswith("The last sentence of the column is a full one.")
    assert "A version appeared" not in out


@pytest.mark.parametrize("line", [
    # the footer's words inside an article: not at a line's end after the text, or about
    # another article
    "A version of the report appeared on the ministry's website before it was withdrawn.",
    "Readers wrote in their hundreds, and letters for publication were sent to the editor daily.",
])
def test_footer_words_in_a_sentence_stay(line):
    text = HEAD + line + TAIL
    assert line in clean_text(text).text
    assert "The health agency said" in clean_text(text).text


def test_clip_caption_after_a_dateline_stamp_is_cut():
    # the dateline split remakes the line it stands in: the clip's caption is read after it
    line = ("Thursday 30 April 2009 18.25 BST Watch the ministry's advert on washing hands Link to video : "
            "Ministry releases advert on washing hands Three new cases were confirmed in the north , officials said .")
    out = clean_text(line + TAIL).text
    assert out.startswith("Three new cases were confirmed")
