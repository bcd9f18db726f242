"""Round fifty-three, mender m5: in-sample mends of the seed-168 audit's brief and conflict items
(FNC-1 c056 B5, c066 B4, c061 B4, c054 B7, c056 C1).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from collections import Counter

import pytest
from test_brief import analysis, fake_embedder

from storyline import schema
from storyline.analyse import stance as a_stance
from storyline.resolve import brief
from storyline.resolve.corpus import Corpus


def corpus_of(analyses, n=None) -> Corpus:
    c = Corpus(analyses=analyses, options={} if n is None else {"brief_sentences": n}, embedder=fake_embedder)
    c.story = schema.Story(documents=[a.document for a in c.analyses])
    return c


# --- c056 B5: a possessive before a quoted title is no headline's end -------------------------------

_OWNED = ("In a report that aired on Acme News Channel’s “The Roe Hour,” host Jane Roe revealed that guards at the "
          "embassy in Ruritania were told to hand over their weapons.")


def test_a_quoted_title_after_a_possessive_is_no_seam():
    counts = Counter({"the": 6, "The": 1})
    names = [(_OWNED.index("Acme"), _OWNED.index("Acme") + len("Acme News Channel"))]
    assert brief.glue_points(_OWNED, names, counts) == []


def test_the_lead_keeps_its_opening_words_before_a_possessive_and_a_quoted_title():
    a = analysis("aaaa", _OWNED + "\nThe embassy in Ruritania was closed on Tuesday after the guards left the city.",
                 published="2015-02-12")
    lead = next(c for c in brief.candidates(corpus_of([a])) if "host Jane Roe" in c.text)
    assert lead.start == 0 and lead.text.startswith("In a report")


def test_twin_a_headline_glued_to_the_lead_is_still_cut():
    sent = "Floods cut off three villages “Relief is coming” The charity is flying out tents to the valley."
    counts = Counter({"the": 6, "The": 1, "charity": 3})
    assert brief.glue_points(sent, [], counts) == [sent.index("The charity")]
    sent2 = "Floods cut off three villages The charity is flying out tents to the valley."
    assert brief.glue_points(sent2, [], counts) == [sent2.index("The charity")]


# --- c066 B4: a question closed with a full stop -----------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Why would anyone put up such things.",
    "How can we trust them.",
    "Where is the money.",
])
def test_an_inverted_question_is_a_question_whatever_its_stop(sentence):
    assert brief.inverted_question(sentence)


@pytest.mark.parametrize("sentence", [
    "What was once a forest is now a desert.",
    "Who was behind the hoax remains unknown.",
    "Why the company did it is unclear.",
    "What is clear is that the tree still stands.",
    "Which is why the tree still stands.",
    "The council asked why the plant would close.",
])
def test_twin_a_wh_word_as_subject_or_an_embedded_question_is_no_question(sentence):
    assert brief.inverted_question(sentence) is None


def test_the_brief_never_picks_a_question_closed_with_a_full_stop():
    a = analysis("aaaa", "Acme Corp said on Monday it will close its Springfield plant, cutting 1,200 jobs.\n"
                 "Why would anyone put up such things.\n"
                 "The union said the plant would reopen in June after repairs.", published="2024-05-02")
    texts = [x.text for x in brief.summarise(corpus_of([a], n=5))]
    assert not any(t.startswith("Why would") for t in texts)
    assert any("reopen in June" in t for t in texts)


# --- c061 B4: a generic statement, a class of things told in the present ---------------------------------------------------------------


def _generic_pile():
    line = "Many plants have closed in recent years."
    a = analysis("aaaa", "Acme Corp will close its Springfield plant in June, cutting 1,200 jobs.\n"
                 f"{line}\nThe plant opened in Springfield in 1998.", published="2024-05-02")
    b = analysis("bbbb", "Workers at the Acme plant in Springfield learned on Monday that it will close in June.\n"
                 "Many workers said the plant had been their life for years.\n"
                 "Plants have closed in recent years across the state.", published="2024-05-03")
    return a, b, line


def test_a_generic_statement_is_not_picked_over_a_line_that_names_the_story():
    a, b, line = _generic_pile()
    texts = [x.text for x in brief.summarise(corpus_of([a, b], n=1))]
    assert line not in texts and texts


_GENERIC = {"informative": 0.0, "dated": 0.0, "attributed": 0.0}


@pytest.mark.parametrize("sentence", [
    "Many fake-news 'satire' websites have appeared in recent years.",
    "Other trees around the world are also thousands of years old.",
    "Many plants have closed in recent years.",
    "Saturated fats are solid at room temperature.",
])
def test_a_plural_with_no_article_not_in_the_past_is_a_generic_statement(sentence):
    assert brief.generic_statement(sentence, _GENERIC)


@pytest.mark.parametrize("sentence", [
    "All crew-served weapons were destroyed at the embassy before the move.",
    "The weapons are still at the embassy.",
    "Its websites have appeared in recent years.",
    "Police are searching the area.",
    "Residents fled their homes as the water rose.",
    "Officials have not ruled out that he was injured.",
    "Fighter jets have launched a strike on the rebels' camp.",
    "Farmers claim the mill poisoned the river.",
    "Acme rangers are among the hundreds of volunteers in the town.",
])
def test_twin_a_past_an_article_or_a_progressive_is_no_generic_statement(sentence):
    assert brief.generic_statement(sentence, _GENERIC) is None


def test_twin_a_line_with_a_name_a_date_or_a_credit_is_no_generic_line():
    assert brief.generic_line(_GENERIC)
    assert not brief.generic_line({**_GENERIC, "informative": 0.5})
    assert not brief.generic_line({**_GENERIC, "dated": 1.0})
    assert not brief.generic_line({**_GENERIC, "attributed": 0.7})
    assert brief.generic_statement("Many plants have closed in recent years.", {**_GENERIC, "informative": 0.5}) is None


# --- c054 B7: a pointer to what the page shows above or below -----------------------------------------


@pytest.mark.parametrize("sentence", [
    "The tweet (seen below) was posted a day earlier.",
    "The tweet, seen below, was posted on Monday.",
    "In the video below, Roe shouts at officers.",
    "Watch: Jane Roe speaks to reporters in Port Ellery.",
])
def test_a_pointer_to_an_embed_is_clutter(sentence):
    assert brief.clutter_shape(sentence)


@pytest.mark.parametrize("sentence", [
    "Jane Roe (pictured) was arrested on Monday in Port Ellery.",
    "Temperatures fell below zero on Monday.",
    "The index rose above 40% for the first time.",
    "The company posted above-average profits.",
    "The pilot was seen below the clouds before the crash.",
    "Roe (left) and Doe met in Geneva on Monday.",
])
def test_twin_below_or_above_as_a_place_or_measure_is_no_pointer(sentence):
    assert brief.clutter_shape(sentence) is None


# --- c056 C1: a rule or a command is no claim ---------------------------------------------------------


def _preds(nlp, text):
    return [(p.lemma, p.negated) for p in a_stance.read(nlp(text)).predicates]


@pytest.mark.parametrize("text", [
    "The guards are taught from day one never to surrender their weapons.",
    "The guards were told to never leave their posts.",
    "Never surrender your weapon.",
])
def test_a_rule_passed_on_or_a_command_carries_no_predicate(nlp, text):
    assert not any(lemma in ("surrender", "leave") for lemma, _ in _preds(nlp, text))


@pytest.mark.parametrize("text, lemma", [
    ("The guards did not surrender their weapons.", "surrender"),
    ("We will never surrender.", "surrender"),
    ("The guards never left their posts.", "leave"),
])
def test_twin_a_negated_statement_keeps_its_predicate(nlp, text, lemma):
    assert (lemma, True) in _preds(nlp, text)
