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
    ("Recent counts show over 900 sheep grazing on the dunes at Port Ellery.", "Recent"),
    ("Yet the newest figures show 3,000-4,000 crates stacked at the quay.", "the newest"),
    # a measure or an estimate as the head
    ("Going by the revised count from the harbour board, Acme Corp stored 8,000 crates.", "the revised count"),
    ("A number I was told puts the loss at 40% of the herd.", "A number"),
    # a phrase that ends in a preposition
    ("Jane Roe, the harbour master, dashed hopes by saying 14 boats were missing.", "hopes by"),
    # a pronoun no mention settles, a pronoun of the reader
    ("He said 300 homes were lost.", "He"),
    ('Your letter says "17 lambs were lost in Port Ellery" and more.', "Your"),
    # only a stamp and a quote mark
    ('"\n\n1415 The ferry holds 31 cars.', '"\n\n1415'),
])
def test_words_that_name_no_one_leave_the_claimant_open(nlp, text, words):
    assert words_claim(nlp, text, words) is None


@pytest.mark.parametrize("text,words,kept", [
    # twins: a source noun, a name, an acronym the tagger reads as a pronoun
    ("Port Ellery officials said 300 homes were lost.", "Port Ellery officials", "Port Ellery officials"),
    ("The IMO Reports that 2,300 ships were inspected.", "IMO", "IMO"),
    ("Acme Corp said it had 4,000 staff.", "Acme Corp", "Acme Corp"),
    # a possessor is the source ("the council's report that only 26% is left")
    ("That fits the council's survey in which 61% of the huts stood empty.", "the council's", "the council"),
    # stamps and marks before a name are cut
    ("1415 An Acme spokesman puts the repair bill at $80,000.", "1415 An Acme spokesman", "An Acme spokesman"),
    ('"\n\nFriends of Port Ellery, a residents\' group, puts the fund at $19,000.', '"\n\nFriends of Port Ellery',
     "Friends of Port Ellery"),
])
def test_words_that_name_a_source_stay(nlp, text, words, kept):
    assert words_claim(nlp, text, words) == kept


def test_a_cut_that_leaves_no_source_is_undone_where_it_is_made(nlp):
    # according to: the source's material is cut only where what is left names a source
    text = "According to shipping sources, Acme Corp lost $40m in the storm."
    sdoc, a = analyse(nlp, text)
    assert by_text(figures.extract(sdoc, a), "$40m").claimant_text == "shipping sources"
    # a speaker given as words: the same, with the parsed text at hand
    text = "Shipping sources said Acme Corp lost $40m in the storm."
    sdoc = nlp(text)
    assert figures._strip_source_noise("Shipping sources", 0, sdoc)[0] == "Shipping sources"
    assert figures._strip_source_noise("Shipping sources", 0)[0] == "Shipping"  # no parse: the plain cut


def test_a_cut_that_leaves_a_name_stands(nlp):
    # twin: a name is left, so the material goes
    text = "Acme Corp data showed the port lost $40m in the storm."
    sdoc = nlp(text)
    assert figures._strip_source_noise("Acme Corp data", 0, sdoc)[0] == "Acme Corp"
    assert figures._cut_undone(sdoc, 0, len("Acme Corp")) is None


def test_a_cut_that_leaves_a_determiner_alone_stands(nlp):
    # twin: "These" left of "These reports" is a cut-off name; it stays cut (and the claim
    # is dropped by the determiner check), not given back its noun
    text = "These reports said Acme Corp lost $40m in the storm."
    sdoc = nlp(text)
    assert figures._cut_undone(sdoc, 0, len("These")) is None
    assert figures._strip_source_noise("These reports", 0, sdoc)[0] == "These"


def test_a_name_cut_before_its_end_is_left_open(nlp):
    text = "Senators Roe and Ohio Democrat John Doe put the fund at $6 billion."
    assert words_claim(nlp, text, "Roe and Ohio Democrat") is None
    # twin: the whole name stays
    assert words_claim(nlp, text, "Ohio Democrat John Doe") == "Ohio Democrat John Doe"


def test_according_to_latest_figures_leaves_the_claimant_open(nlp):
    text = "According to its newest figures, more than 140 boats have been repaired in Port Ellery."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "more than 140")
    assert f.claimant_text is None and f.claimant_mention is None


def test_according_to_a_named_source_s_figures_keeps_the_name(nlp):
    # twin: the material after a name is cut, the name stays
    text = "According to Acme Corp figures, more than 140 boats have been repaired in Port Ellery."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "more than 140")
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
