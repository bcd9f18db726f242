"""Figure claimants in the shapes the seed-41 audit judged wrong (issue 20, round sixteen,
20c): an impersonal "it is believed", an "it said" the quote step left open; each rule
beside a twin where it must not fire. All sentences invented."""

from __future__ import annotations

from test_figures_extract import analyse, by_text

from storyline.analyse import figures
from storyline.types import QuoteItem

# ---------------------------------------------------------------- claimants


def test_an_impersonal_it_is_believed_has_no_claimant(nlp):
    text = ("Jane Roe said the town would need years of help. "
            "It is believed the storm on 3 May killed as many as 2,000 people.")
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "as many as 2,000")
    assert f.claimant_text is None and f.claimant_kind is None


def test_an_impersonal_it_is_thought_has_no_claimant_either(nlp):
    text = "Acme Corp runs the harbour. It is thought the flood cost about $40m."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "about $40m")
    assert f.claimant_text is None


def test_a_named_believer_stays_the_claimant(nlp):
    # twin: a body that believes, not an impersonal "it"
    text = ("Jane Roe said the town would need years of help. "
            "Port Ellery officials believed the storm on 3 May killed as many as 2,000 people.")
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "as many as 2,000")
    assert f.claimant_text == "Port Ellery officials"


def _it_said(a, text, antecedent=None):
    start = text.index("It said")
    return QuoteItem(start=start, end=len(text), text=text[start:], kind="indirect", speaker_text="It",
                     speaker_start=start, speaker_end=start + 2, cue="said", pronoun="it",
                     antecedent_mention=antecedent)


OXFAM_SHAPE = ("Mr John Doe said one goal was to rebuild the port. The storm destroyed the Town Hall. "
               "Port Ellery charity Friends of the Dunes has urged lenders to cancel the debts. "
               "It said about $40m owed to banks should be written off.")


def test_it_said_left_open_by_the_quote_step_stays_open(nlp):
    # the quote step could not tell what "It" is: not the person two sentences back
    sdoc, a = analyse(nlp, OXFAM_SHAPE, quotes=[lambda a: _it_said(a, OXFAM_SHAPE)])
    f = by_text(figures.extract(sdoc, a), "about $40m")
    assert f.claimant_text is None


def test_it_said_resolved_by_the_quote_step_is_that_body(nlp):
    # twin: the quote step resolved "It" to the charity, and the figure is the charity's
    text = ("Mr John Doe said one goal was to rebuild the port. Acme Corp has urged lenders to cancel "
            "the debts. It said about $40m owed to banks should be written off.")
    sdoc, a = analyse(nlp, text)
    acme = next(i for i, m in enumerate(a.mentions) if m.text == "Acme Corp")
    a.quotes.append(_it_said(a, text, antecedent=acme))
    f = by_text(figures.extract(sdoc, a), "about $40m")
    assert f.claimant_text == "Acme Corp"


def test_it_as_a_reporter_never_stands_for_a_person(nlp):
    # no quote: "it" is read by the reporter path, which never gives it a person
    text = "Jane Roe visited the port on Monday. It said about $40m was owed to banks."
    sdoc, a = analyse(nlp, text)
    f = by_text(figures.extract(sdoc, a), "about $40m")
    assert f.claimant_text != "Jane Roe"
    # twin: "she" still stands for the person named before
    text = "Jane Roe visited the port on Monday. She said about $40m was owed to banks."
    sdoc, a = analyse(nlp, text)
    assert by_text(figures.extract(sdoc, a), "about $40m").claimant_text == "Jane Roe"
