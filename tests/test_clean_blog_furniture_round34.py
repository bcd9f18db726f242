"""Issue 16, round thirty-four (wjclean): a political blog's furniture kept in plain text
(census over PolNeAR train 301-840 minus the keep-off list, PolNeAR dev and the Timeline17
dev texts): an embedded post's tags (clean/embeds.py), a call to like the site's page, a
video player's caption run into a sentence, a hat-tip and an author's handle closing the
text, a video placeholder in brackets, a call to comment run on after questions, and a
headline in title case whose opening words were cut as if a headline ran into a lead.
Every text is invented; each must-cut case has a must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _cut, _kept  # the same two checks

from storyline.clean import embeds
from storyline.clean.noise import clean_text

BODY = ("The council voted on Tuesday to close the harbour road, the mayor said.\n\n"
        "Residents in Port Ellery had asked for the closure for two years.\n\n"
        "Officials said the work would start in the spring and last a month.\n\n"
        "The road will reopen in the summer, engineers said.")


# ---- an embedded post's tags

def test_empty_post_tag_is_cut():
    tag = '<tweet tweet-id="661196115484643328"><tweet/>.'
    c = clean_text(BODY + "\n\n" + tag + "\n\n" + BODY)
    assert "<tweet" not in c.text and "engineers said" in c.text
    assert any(r.reason.startswith("markup:") and tag in r.text for r in c.removed)


def test_post_tags_go_and_the_post_words_stay():
    words = "Proud to stand with the harbour workers of Port Ellery today #roadworks"
    post = f'<tweet tweet-author="@jroe" tweet-date="March 9, 2016">{words}<tweet/>.'
    c = clean_text(BODY + "\n\n" + post + "\n\n" + BODY)
    assert words in c.text and "<tweet" not in c.text and "tweet-author" not in c.text
    assert sum(1 for r in c.removed if r.reason.startswith("markup:")) == 2


def test_post_tag_whose_date_breaks_the_line():
    words = "I will always be a big fan of the harbour and its people."
    post = f'<tweet tweet-author="@jroe" tweet-date="January 19, 2016\n">{words}<tweet/>.'
    c = clean_text(BODY + "\n\n" + post + "\n\n" + BODY)
    assert words in c.text and "<tweet" not in c.text and "January 19" not in c.text


def test_the_other_post_tag_form():
    words = "The blue arrow is the mayor (via @acme)"
    post = f'<tweet pic="pic.twitter.com/" author="acme" timestamp="1474387200" tweet_id="778257943577919488">{words}</tweet>.'
    assert embeds.tag_spans(post) and _kept(words, BODY + "\n\n" + post + "\n\n" + BODY)


def test_a_tag_with_sentences_in_its_attributes_loses_only_its_syntax():
    # a blockquote the copy printed in the tag's attributes: cutting the tag would cut them,
    # keeping it leaves markup as text (round thirty-eight): only the syntax goes
    post = ('<tweet tweet-author="just look at the other towns" tweet-date="\n- Lower the harbour fees.\n'
            '- Reopen the road.">Here are two reasons to back the plan:<tweet/>.')
    assert [post[a:b] for a, b, _ in embeds.tag_spans(post)] == [
        '<tweet tweet-author="', '" tweet-date="', '">', "<tweet/>."]
    c = clean_text(BODY + "\n\n" + post + "\n\n" + BODY)
    for words in ("just look at the other towns", "Reopen the road.", "Here are two reasons to back the plan:"):
        assert words in c.text
    assert "<tweet" not in c.text and "tweet-date" not in c.text and '">' not in c.text


def test_a_tag_with_an_unknown_attribute_in_its_words_is_left_whole():
    # twin: an attribute name no embedded post uses: not read as a post's tag
    post = '<tweet class="just look at the towns">Here are two reasons to back the plan:<tweet/>.'
    assert embeds.tag_spans(post) == []


def test_a_sentence_about_a_tweet_stays():
    line = "The mayor wrote in a tweet that the road <b>would</b> close on Friday."
    assert embeds.tag_spans(line) == []
    assert _kept("The mayor wrote in a tweet that the road", BODY + "\n\n" + line)


# ---- a call to like the site's page

@pytest.mark.parametrize("line", ["Do you support Jane Roe? Like the page:", "Are you on Team Roe? Like the page:",
                                  "Do you support Dr. Jane Roe? Like the page:"])
def test_like_the_page_calls_are_cut(line):
    assert _cut(line, BODY + "\n\n" + line + "\n\n" + BODY)


@pytest.mark.parametrize("line", [
    "Do you support the closure? Most residents said they did, and the council agreed.",
    "She said she liked the page and shared it with her neighbours.",
])
def test_like_and_support_in_sentences_stay(line):
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- a video player's caption run into a sentence

def test_video_caption_run_into_a_sentence_is_cut():
    sentence = "The council found 328 more complaints, which brings the total to nearly 1000."
    line = sentence + 'Watch the latest video at <a href="http://video.acmenews.com">video.acmenews.com</a>.'
    c = clean_text(BODY + "\n\n" + line + "\n\n" + BODY)
    assert sentence in c.text and "latest video" not in c.text


def test_a_sentence_opening_on_watch_stays():
    line = "Watch the latest video of the harbour road closely, the mayor told residents on Tuesday."
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- a hat-tip and an author's handle closing the text

@pytest.mark.parametrize("line", ["h/t: Acme News.", "h/t/: Acme Journal.", "(H/T Acme Daily)"])
def test_closing_hat_tips_are_cut(line):
    assert _cut(line, BODY + "\n\n" + line)


@pytest.mark.parametrize("line", ["Twitter: @jroe.", "\"Follow Jane Roe on Twitter @jroe.\""])
def test_closing_author_handles_are_cut(line):
    assert _cut(line, BODY + "\n\n" + line)


@pytest.mark.parametrize("line", [
    "She gave a hat tip to the engineers who had planned the closure.",
    "She wrote on Twitter: @acme is wrong about the road.",
])
def test_hat_tip_and_handle_in_sentences_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


# ---- a video placeholder in brackets

def test_bracketed_video_placeholder_is_cut():
    line = "[Video: FULL SPEECH: Mayor Roe at the harbour (9/17/16) Watch on YouTube.]"
    assert _cut(line, BODY + "\n\n" + line + "\n\n" + BODY)


def test_bracketed_note_stays():
    line = "[The mayor spoke for an hour on Tuesday about the road and its closure.]"
    assert _kept(line, BODY + "\n\n" + line + "\n\n" + BODY)


# ---- a call to comment run on after questions

def test_call_to_comment_after_questions_is_cut():
    line = "Why won't the mayor debate in Port Ellery? What \u201ctone\u201d do they mean? Share and comment below."
    c = clean_text(BODY + "\n\n" + line)
    assert "Share and comment below." not in c.text
    assert "What \u201ctone\u201d do they mean?" in c.text  # a question that quotes stays (round thirty-two's rule)


def test_a_sentence_after_a_question_stays():
    line = "Why did voters stay home? Turnout fell below the forecast, officials said."
    assert _kept(line, BODY + "\n\n" + line)


# ---- a headline in title case keeps its opening words

def test_title_case_headline_is_not_cut_at_a_seam():
    head = "Acme Chief Just Dropped A Bold 3-Word Reply To The Board\u2019s Stunning Move."
    c = clean_text(head + "\n\n" + BODY)
    assert c.text.startswith(head)
    assert not any("Acme Chief Just Dropped" in r.text for r in c.removed)


def test_headline_run_into_a_sentence_case_lead_is_still_cut():
    # the twin: the lead after the seam is in sentence case, so the seam is read as before
    text = "Girl raises hundreds for Marotia A nine-year-old girl has raised money for victims by selling her cakes.\n\n" + BODY
    c = clean_text(text)
    assert c.text.startswith("A nine-year-old girl has raised money")
    assert any(r.text == "Girl raises hundreds for Marotia" for r in c.removed)


def test_write_in_call_after_questions_is_cut_with_them():
    line = "Any thoughts? Which story should the show take up next week? Email us at show@acme.com."
    c = clean_text(BODY + "\n\n" + line)
    assert "Email us" not in c.text and "Any thoughts?" not in c.text and "engineers said" in c.text


def test_a_statement_naming_an_address_after_a_question_stays():
    line = "Who wrote the letter? The council said the sender used the address jroe@acme.com."
    assert _kept(line, BODY + "\n\n" + line)


def test_a_tag_run_into_a_sentence_goes_and_the_sentence_stays():
    # before, the line was read whole and went as a call to action, the sentence with it
    sentence = "The mayor released a new plan for the harbour road on Tuesday, the council said."
    line = '<tweet tweet-id="743420266401583104"><tweet/>. ' + sentence
    c = clean_text(BODY + "\n\n" + line + "\n\n" + BODY)
    assert sentence in c.text and "<tweet" not in c.text


def test_a_known_tag_with_a_long_post_keeps_its_attributes_out_of_the_text():
    # twin of the syntax-only cut: a tag the attribute shapes read (its post too long to cut
    # around) is left whole, not stripped of its syntax with its handle and date kept as text
    post = '<tweet author="@jroe" tweet-date="January 3, 2016" tweet-id="123456789012">' + "word " * 140 + "</tweet>."
    assert embeds.tag_spans(post) == []
