"""The intro of a video clip run into the lead of a plain text that does not carry the
clip (haiti_bbc K2 "... spoke to the BBC's Matt Frei", K19, the moment a survivor was
pulled out): cut as a caption (noise._split_clip_intros); each shape with
must-keep twins that are real sentences of the same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

AFTER = "\n\nOfficials said the airport was open again for relief flights carrying food and water."


def _clips(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith("caption: the intro of a video clip")]


@pytest.mark.parametrize("intro, lead", [
    ("Aid worker in Marotia, Jane Roe, spoke to the BBC's Matt Frei",
     "Marotian President Rene Duval has said hundreds of people may have died in the quake."),
    ("Survivor John Smith talked to CNN's Anna Lopez",
     "Rescue teams in Marotia have pulled more than forty people alive from the ruins this week."),
    ("The moment Jean was lifted from the ruins",
     "Marotian Jean Baptiste, 31, was found on Monday after nine days trapped under the roof of a bakery."),
])
def test_clip_intro_run_into_the_lead_is_cut(intro, lead):
    text = f"{intro} {lead}{AFTER}"
    c = clean_text(text)
    assert _clips(text) == [intro]
    assert c.text.startswith(lead)


@pytest.mark.parametrize("sentence", [
    # a full stop after the name: a sentence of the article
    "Aid worker Jane Roe spoke to the BBC's Matt Frei on Tuesday about the camps outside the capital.",
    # a three-word name: R is no clause, so the line stays whole
    "Aid worker Jane Roe spoke to the BBC's Matt Frei Jones about the camps outside the capital.",
    # "The moment" with a comma: the sentence's own clause
    "The moment the shell hit the building, Jane Roe ran for the stairs with her two children.",
    # no comma, but the lead names nothing the "title" named: a run-on sentence stays
    "The moment the shell hit the building Jane Roe ran for the stairs with her two children.",
    # L's last word not a noun
    "The moment the doors opened Jane Roe and her children ran into the street to find help.",
])
def test_real_sentence_of_the_same_shape_is_kept(sentence):
    text = f"{sentence}{AFTER}"
    assert _clips(text) == []
    assert sentence in clean_text(text).text


def test_clip_intro_only_at_the_opening():
    # the same line deep in the body is not the opening's caption: kept
    body = "\n\n".join(f"Paragraph {i} tells of the relief effort in the north of the island." for i in range(12))
    line = "The moment Jean was lifted from the ruins Marotian Jean Baptiste, 31, was found on Monday."
    text = f"{body}\n\n{line}{AFTER}"
    assert _clips(text) == []


# --- a pointer to absent pictures (H1N1_guardian K8) --------------------------------

OPEN = "Swine flu has spread to a fourth country, officials in the capital said on Thursday.\n\n"


def _removed(text: str, start: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.reason.startswith(start)]


@pytest.mark.parametrize("line", [
    "Here are three of the newest images being shared.",
    "Here is the video.",
    "Here are some pictures from the camps:",
])
def test_pointer_to_absent_pictures_is_cut(line):
    text = f"{OPEN}{line}{AFTER}"
    assert _removed(text, "caption: a pointer to pictures") == [line]


@pytest.mark.parametrize("line", [
    # it goes on to say what the picture shows
    "Here is a picture of despair: hospitals have run out of beds and medicines.",
    "Here are the images that a reader sees on the ministry's website every day, he said.",
    # no picture: a pointer to figures the text gives
    "Here are the figures released by the ministry.",
])
def test_line_about_pictures_that_says_something_is_kept(line):
    text = f"{OPEN}{line}{AFTER}"
    assert _removed(text, "caption: a pointer to pictures") == []
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# --- a blog's teaser run into a sentence (H1N1_guardian K5) --------------------------

@pytest.mark.parametrize("teaser, sentence", [
    ("Deadline USA: Tom Avery to get two new puppies", "Here are a few that have reached us so far."),
    ("Politics Blog: Storm over the new flu vaccine rules", "The first doses will reach clinics in the north next week."),
])
def test_blog_teaser_run_into_a_sentence_is_cut(teaser, sentence):
    text = f"{OPEN}{teaser} {sentence}\n\nWe will put more of them here over the next few days.{AFTER}"
    c = clean_text(text)
    assert _removed(text, "headline: another story's headline") == [teaser]
    assert sentence in c.text


@pytest.mark.parametrize("line", [
    # a clause after the colon: the line's own sentence
    "Washington: Officials confirmed the first case on Tuesday Doctors said the patient was recovering well at home.",
    # a name after the seam: no sentence opens there
    "Update: Thousands of people in the capital Port-au-Prince are without water and shelter tonight.",
    # a colon in a sentence, lower case after it
    "The message was plain: the schools would stay closed The ministry said nothing more about it.",
])
def test_colon_lines_that_are_sentences_are_kept(line):
    # ("the gulf" in lower case elsewhere, so "Gulf" could open a sentence)
    text = f"{OPEN}{line}\n\nBoats crossed the gulf on Friday to reach the rig.{AFTER}"
    assert _removed(text, "headline: another story's headline") == []
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


# --- a pull quote on a line of its own, given again in the body (haiti K6, K19) -------

BODY = ("Aid began to arrive at the airport on Thursday.\n\n"
        "The runway is intact but the terminal was badly damaged.\n\n")


def _pulled(text: str) -> list[str]:
    return _removed(text, "caption: pull quote on a line of its own")


def test_pull_quote_line_repeated_in_a_later_quote_is_cut():
    pull = "We just don't know what to do next here."
    text = (f"{OPEN}{pull}\n\n{BODY}"
            f"One peacekeeper told Reuters: \"We just don't know what to do next here. The damage is terrible.\"{AFTER}")
    c = clean_text(text)
    assert _pulled(text) == [pull]
    assert c.text.count("We just don't know what to do next here.") == 1


def test_paraphrased_quote_stays():
    # the body gives it in other words: nothing repeats it word for word
    pull = "We just don't know what to do next here."
    text = (f"{OPEN}{pull}\n\n{BODY}"
            f"One peacekeeper told Reuters they did not know what to do next.{AFTER}")
    assert _pulled(text) == []
    assert pull in clean_text(text).text


def test_sentence_said_twice_in_a_row_stays():
    line = "The tax office has collapsed in the centre of the capital."
    text = f"{OPEN}{line}\n\n{line}\n\n{BODY}{AFTER}"
    assert _pulled(text) == []
    assert clean_text(text).text.count(line) == 2


def test_short_repeated_phrase_stays():
    # under six words: a common phrase, not a pull quote
    text = f"{OPEN}It was chaos.\n\n{BODY}\"It was chaos,\" he said.{AFTER}"
    assert _pulled(text) == []


def test_pull_quote_run_repeated_as_a_run_is_cut():
    a, b = "If I got out, others can get out too.", "If they had stopped digging for me, I would not be talking to you."
    text = f"{OPEN}{a}\n\n{b}\n\n{BODY}I hope the search goes on for many more days.\n\n{a}\n\n{b}{AFTER}"
    assert _pulled(text) == [f"{a}\n\n{b}"]
    assert clean_text(text).text.count(a) == 1


def test_single_line_repeated_alone_stays():
    # a plan's or a list's repeat: one line said again on its own
    line = "Drink a glass of water within 30 minutes after you wake up."
    text = f"{OPEN}{line}\n\n{BODY}{line}{AFTER}"
    assert _pulled(text) == []
    assert clean_text(text).text.count(line) == 2


# --- a closing line introducing a clip the text does not carry (haiti K3) -------------

CLIP_TEXT = ("Pictures have emerged of the moment Marotia was shaken by an earthquake.\n\n"
             "The film seems to come from a shop's security camera in the capital.\n\n")


def _closers(text: str) -> list[str]:
    return _removed(text, "promo: the line introducing a clip")


def test_closing_clip_intro_is_cut():
    line = "A nurse, waiting at the airport to leave the capital, described the moment the storm hit."
    assert _closers(CLIP_TEXT + line) == [line]


@pytest.mark.parametrize("text", [
    # the object goes on to say something
    CLIP_TEXT + "A missionary described the moment the earthquake struck as the worst of her life.",
    # no footage or pictures named: the article's own closing sentence
    "Rescue teams reached the town on Friday.\n\nA missionary described the moment the earthquake struck.",
    # not the last line: the account follows
    CLIP_TEXT + "A missionary described the moment the earthquake struck.\n\n\"The walls shook and then fell,\" she said.",
])
def test_closing_line_that_is_article_text_stays(text):
    assert _closers(text) == []


def test_short_sentence_inside_a_longer_one_is_no_copy():
    # the later line says more: "... came out of nowhere for me." is not the same sentence
    line = "It came out of nowhere for every one of us."
    text = f"{OPEN}{line}\n\n{BODY}It came out of nowhere for every one of us and our neighbours.{AFTER}"
    assert _pulled(text) == []


def test_transcript_answer_after_a_speaker_label_is_kept():
    # a Q&A transcript: the speaker's name, a colon, an answer that runs past "the" into a name
    line = ("John Doe: For thirty years and across 20000 wells in the Gulf of Mexico the trusted "
            "safety device has been the shut-off valve.")
    # ("the gulf" in lower case elsewhere, so "Gulf" could open a sentence)
    text = f"{OPEN}{line}\n\nBoats crossed the gulf on Friday to reach the rig.{AFTER}"
    assert _removed(text, "headline: another story's headline") == []
    assert line in clean_text(text).text.replace("\n\n", " ")  # nothing cut (a lost boundary may be split since round fifteen, 16r)


def test_article_sentence_quoted_back_in_a_far_comment_stays():
    # a reader's comment far below quotes the article's sentence: the article keeps it
    line = "Bird flu has killed 58 percent of the 390 people it infected since 2003."
    filler = "\n\n".join(f"Reader {i} wrote that the coverage of the outbreak was fair and measured." for i in range(80))
    text = f"{OPEN}{line}\n\n{BODY}{filler}\n\nI can not see the parallel when you say \"{line}\" at all.{AFTER}"
    assert _pulled(text) == []
    assert line in clean_text(text).text.split("Reader 0")[0]


def test_plan_lines_repeated_as_a_run_stay():
    # a meal plan repeats its lines, two at a time, without sentence stops
    a, b = "Eat within 45 minutes of your run", "Acme Protein Shake, half a cup of oats"
    text = f"{OPEN}Day one\n\n{a}\n\n{b}\n\n{BODY}Day two\n\n{a}\n\n{b}{AFTER}"
    assert _pulled(text) == []
    assert clean_text(text).text.count(a) == 2
