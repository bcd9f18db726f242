"""Claimants given as words that name no one are left open (analyse.figures._claim_words,
issue 20 round thirteen). Each rule beside a twin where the claimant stays. All sentences
invented."""

from __future__ import annotations

import pytest
from test_figures_extract import analyse, by_text

from storyline.analyse import figures


def words_claim(nlp, text, words):
    """The claimant ``words`` (as the quote step or a reporting verb would give them) read
    by _claim_words: the text kept, or None."""
    sdoc = nlp(text)
    s = text.index(words)
    got = figures._claim_words(sdoc, (None, words, s, s + len(words), "quote"))
    return got[1] if got else None


@pytest.mark.parametrize("text,words", [
    # an adjective left of a phrase whose material was cut ("Latest estimates")
    ("Latest estimates suggest more than half of the grain is now stored.", "Latest"),
    ("But the latest estimates suggest 3,000-4,000 tonnes a day are lost.", "the latest"),
    # a measure or an estimate as the head
    ("According to the new estimate drawn up by the panel, Acme Corp kept roughly 80,000 tonnes.", "the new estimate"),
    ("I have heard one figure stated that 40% of that was dust.", "one figure"),
    # a phrase that ends in a preposition
    ("The mayor, Jane Roe, dented optimism by saying 11 people had fallen ill.", "optimism by"),
    # a pronoun no mention settles, a pronoun of the reader
    ("He said 300 homes were lost.", "He"),
    ('The gist of what you wrote is "15 people caught a cold in Port Ellery".', "you"),
    # only a stamp and a quote mark
    ('"\n\n0924 The ship carries 19 boats.', '"\n\n0924'),
])
def test_words_that_name_no_one_leave_the_claimant_open(nlp, text, words):
    assert words_claim(nlp, text, words) is None


@pytest.mark.parametrize("text,words,kept", [
    # twins: a source noun, a name, an acronym the tagger reads as a pronoun
    ("Port Ellery officials said 300 homes were lost.", "Port Ellery officials", "Port Ellery officials"),
    ("The WHO Says that 1,200 people have fallen ill.", "WHO", "WHO"),
    ("Acme Corp said it had 4,000 staff.", "Acme Corp", "Acme Corp"),
    # a cut of the source's material that leaves no source is undone: the whole phrase
    ("According to banking sources, Acme Corp lost $40m.", "banking", "banking sources"),
    # a possessor is the source ("the council's report that only 26% is left")
    ("It does not contradict the council's report that only 26% of the dust remains.", "the council's", "the council"),
    # stamps and marks before a name are cut
    ("2224 US singer Jane Roe says she will give $250,000 to the fund.", "2224 US singer", "US singer"),
    ('"\n\nCampaign for Clean Ports, a lobby group, said he took $27,000.', '"\n\nCampaign for Clean Ports',
     "Campaign for Clean Ports"),
])
def test_words_that_name_a_source_stay(nlp, text, words, kept):
    assert words_claim(nlp, text, words) == kept


def test_a_name_cut_before_its_end_is_left_open(nlp):
    text = "Senators Boxer and Florida Democrat Jane Roe said the fund holds $20 billion."
    assert words_claim(nlp, text, "Boxer and Florida Democrat") is None
    # twin: the whole name stays
    assert words_claim(nlp, text, "Florida Democrat Jane Roe") == "Florida Democrat Jane Roe"


def test_according_to_latest_figures_leaves_the_claimant_open(nlp):
    text = "According to its latest figures, more than 230 people have been treated in Port Ellery."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "more than 230")
    assert f.claimant_text is None and f.claimant_mention is None


def test_according_to_a_named_source_s_figures_keeps_the_name(nlp):
    # twin: the material after a name is cut, the name stays
    text = "According to Acme Corp figures, more than 230 people have been treated in Port Ellery."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "more than 230")
    assert "Acme" in (f.claimant_text or "")


def test_a_pronoun_no_mention_settles_is_no_claimant(nlp):
    text = "He said the plant employs 4,000 workers."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "4,000")
    assert f.claimant_text is None and f.claimant_kind is None


def test_a_pronoun_a_named_person_settles_is_that_person(nlp):
    # twin: the person is named before the pronoun
    text = "Jane Roe runs the plant in Port Ellery. She said the plant employs 4,000 workers."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "4,000")
    assert f.claimant_text == "Jane Roe" and f.claimant_kind == "reported_pronoun"
