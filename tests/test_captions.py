"""A sentence the per-document parse reads as a wire photo caption (issue 23): marked on
the sentence (``Sentence.caption``) and kept out of the brief. Each shape with statements
it must not fire on. Small texts written here."""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_trust import corpus_of

from storyline.analyse import parse
from storyline.resolve import brief

CAPTIONS = [
    # present-tense picture descriptions ending with the bare day after their place
    "Oil floats around a platform near the blown well in the Gulf of Mexico May 31.",
    "A barge lays a boom to soak up oil near the broken well off Louisiana May 8.",
    "Workers are cleaning oil from the beach in Grand Isle, Louisiana, June 3, 2010.",
    "Residents walk past a collapsed church in Port-au-Prince Jan. 14.",
    # a caption naming its picture
    "Fire crews fight the burning hull of the ferry, off Texas, in this handout photograph taken on March 9.",
    "This 2010 photo provided by a research team shows sponges on the floor of the Gulf.",
]

STATEMENTS = [
    "The well was sealed on July 15.",
    "The rig exploded in the Gulf of Mexico April 20.",  # past tense
    "The trial starts June 3.",  # a schedule: no place before the day
    "BP plans to cap the well on July 15.",  # the day has its own preposition
    "BP says oil is escaping in the Gulf of Mexico May 31.",  # a report
    "Crews will clean the beaches in Grand Isle, Louisiana, June 3.",  # a modal
    "Their findings are based on samples collected from 17 sites between May 25 and June 2.",
    "The man in this photo was arrested in Miami.",  # the picture is not the sentence's frame
    "Officials said this photo shows the leak was larger than reported.",
    'Workers are "cleaning the beach in Grand Isle" June 3.',
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_caption_shapes(nlp, text):
    assert parse.caption(nlp(text)[:]), text


@pytest.mark.parametrize("text", STATEMENTS)
def test_statements_ending_with_a_date_are_not_captions(nlp, text):
    assert parse.caption(nlp(text)[:]) is None, text


def test_mark_captions_marks_only_the_caption_sentence(nlp):
    text = ("Oil floats around a platform near the blown well in the Gulf of Mexico May 31.\n"
            "The well was sealed on July 15 after months of work by the company's engineers.")
    sdoc = nlp(text)
    sents = parse.sentences(sdoc, [])
    parse.mark_captions(sdoc, sents)
    assert [bool(s.caption) for s in sents] == [True, False]


def test_brief_leaves_out_a_sentence_marked_as_a_caption():
    caption = "Oil floats around a platform near the blown well in the Gulf of Mexico May 31."
    statement = "Crews sealed the broken well off the Louisiana coast on July 15 after months of work."
    a = analysis("aaaa", caption + "\n" + statement, published="2010-07-16")
    b = analysis("bbbb", caption + "\n" + statement, published="2010-07-16")
    for x in (a, b):
        x.sentences[0].caption = "a present-tense description ending with a bare day after its place"
    cands = brief.candidates(corpus_of([a, b]))
    by_text = {c.text: c for c in cands}
    assert by_text[caption].barred and "photo caption" in by_text[caption].barred
    assert by_text[statement].barred is None
    texts = [s.text for s in brief.summarise(corpus_of([a, b]))]
    assert caption not in texts and statement in texts


# --- a video page's broadcast stamp and an interview promo (haiti_bbc's brief) ---------


@pytest.mark.parametrize("text, category", [
    ("First broadcast 14 March 2010 Only a few nurses have reached the flooded villages", "meta"),
    ("Wyclef Jean's been talking to 1Xtra News on the things he found in Haiti over the past fortnight.", "promo"),
    ("The singer has been talking to BBC Radio 1 about the charity single.", "promo"),
    ("You may find some of the details in this report distressing.", "meta"),
])
def test_broadcast_stamps_and_interview_promos_are_noise(text, category):
    assert brief.noise_category(text) == category


@pytest.mark.parametrize("text", [
    "The documentary was first broadcast in 2009 and won several awards for its reporting.",
    "The minister has been talking to Haitian officials about the aid that is still missing.",
    "Officials said they had been talking to the rebels for weeks before the ceasefire.",
    "Doctors said families might find the details of the new burial rules distressing, but they were needed.",
])
def test_statements_about_broadcasts_and_talks_are_not_noise(text):
    assert brief.noise_category(text) is None
