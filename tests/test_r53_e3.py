"""Round fifty-three (issue 23, no repeats): a quotation that only restates what a sentence of its own article
already tells in the reporter's words is the same fact told twice; the brief tells it once
(``brief.quotation_echoes``). Invented texts only."""

from __future__ import annotations

import pytest
from test_brief_trust import analysis, corpus_of

from storyline.resolve import brief

PARAPHRASE = "The harbour board believes most of the spilled fuel is floating on the surface near Port Ellery."
ECHO = "\u201cThe fuel is floating on the surface,\u201d Jane Roe said."


def test_a_quotation_of_the_reported_claim_echoes_it():
    assert brief.quotation_echoes(ECHO, PARAPHRASE)
    assert brief.quotation_echoes(PARAPHRASE, ECHO)  # either order


@pytest.mark.parametrize("other", [
    # the quotation adds a claim the other sentence does not tell
    "The harbour board believes the spilled fuel is floating near Port Ellery.",
    # the quotation turns the claim over
    "The harbour board believes most of the spilled fuel is not floating on the surface near Port Ellery.",
])
def test_twin_a_quotation_that_tells_more_or_the_opposite_is_no_echo(other):
    quoting = "\u201cThe fuel is floating on the surface and reaching the beaches,\u201d Jane Roe said." \
        if "not" not in other else ECHO
    assert not brief.quotation_echoes(quoting, other)


def test_twin_a_name_in_marks_or_no_quotation_is_no_echo():
    # a name in marks is no quotation (QUOTATION_MIN_WORDS); two reported lines are the embedding's to compare
    assert not brief.quotation_echoes("The tug \u201cSea Star\u201d towed the barge to Port Ellery.",
                                      "The tug Sea Star towed the damaged barge to Port Ellery on Monday.")
    assert not brief.quotation_echoes(PARAPHRASE, "Most of the spilled fuel is floating on the surface near Port Ellery.")


def _brief(*texts: str, same_article: bool = True) -> list[str]:
    if same_article:
        docs = [analysis("aaaa", "\n".join(texts), published="2024-05-02")]
    else:
        docs = [analysis(f"d{i}", t, published="2024-05-02") for i, t in enumerate(texts)]
    return [x.text for x in brief.summarise(corpus_of(docs, n=3))]


def test_the_brief_tells_an_echoed_claim_once():
    texts = _brief(PARAPHRASE, "Crews closed three beaches at Port Ellery on Tuesday after the tanker leak.", ECHO)
    assert (PARAPHRASE in texts) != (ECHO in texts)
    assert any("closed three beaches" in t for t in texts)


def test_twin_without_the_rule_both_were_told(monkeypatch):
    monkeypatch.setattr(brief, "QUOTED_ECHO_MIN", 99)
    texts = _brief(PARAPHRASE, "Crews closed three beaches at Port Ellery on Tuesday after the tanker leak.", ECHO)
    assert PARAPHRASE in texts and ECHO in texts


def test_twin_two_articles_are_not_read_by_the_rule():
    # across articles a copy is a second source (the same-saying groups), not this rule's business
    texts = _brief(PARAPHRASE, "Crews closed three beaches at Port Ellery on Tuesday after the tanker leak.", ECHO,
                   same_article=False)
    assert PARAPHRASE in texts and ECHO in texts


def test_one_quotation_printed_twice_with_and_without_its_tag_echoes():
    # a pull quote, or the same words quoted again with the tag added
    plain = "\u201cMy review found no sign that the harbour fuel was stolen.\u201d"
    tagged = "\u201cMy review found no sign that the harbour fuel was stolen,\u201d Jane Roe said."
    assert brief.quotation_echoes(plain, tagged)


@pytest.mark.parametrize("quoting, other", [
    # a term in marks inside the reporter's own sentence: no quotation and tag
    ("The accessory shown is the \u201cHarbour Ellery fuel dock.\u201d",
     "Readers can see the Harbour Ellery fuel dock prototype at the show."),
    # only a closing mark: what follows it is the tag, never the quotation
    ("The board never approved the fuel transfer in the first place,\u201d Roe told the Ellery Post.",
     "Roe told the Ellery Post that the board had a plan to sell the fuel."),
    # more than a tag outside the marks: the reporter's sentence with a quoted phrase in it
    ("Roe, who has run the harbour board for a decade, warned in a long letter that \u201cthe fuel is floating.\u201d",
     "Most of the fuel is floating near the harbour, the board believes."),
])
def test_twin_no_quotation_and_tag_no_echo(quoting, other):
    assert not brief.quotation_echoes(quoting, other)
