"""Round forty-one (figsubj): subjects of figures left open before (issue 20, item 5).

- a share price or its move on a market verb ("closed at", "ended up", "opened ... higher")
  is the company's the verb's subject names: the company alone or an instrument noun of its
  (analyse/figsubject_market.py, data/market_subjects.tsv);
- a second verb of harm with no subject of its own shares the first one's cause ("A blast
  killed 4 people and hurt 30 others"; analyse/figsubject_amount.py).

Each rule has a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

from pipeline_helpers import analysed_figure as _figure
from pipeline_helpers import subject_words as _subject

# ------------------------------------------------ a share price on a market verb


def test_company_named_alone_closing_at_a_price():
    a, f = _figure("Halcor Co. posted a loss on Monday. Halcor closed at $41.20, up 35 cents in composite trading.", "$41.20")
    assert _subject(a, f) == "Halcor"


def test_move_after_the_closing_price_is_the_same_company():
    a, f = _figure("Halcor Co. posted a loss on Monday. Halcor closed at $41.20, up 35 cents in composite trading.", "35")
    assert _subject(a, f) == "Halcor"


def test_instrument_of_a_company_closing_down():
    a, f = _figure("Shares in Norvale Corp. closed down nearly 8% on Tuesday after the recall.", "nearly 8%")
    assert _subject(a, f) == "Norvale Corp."


def test_instrument_opening_higher_at_a_price():
    a, f = _figure("Halcor said on Monday it had won the contract. Halcor's stock opened 6.2 percent higher at $27.40.", "$27.40")
    assert _subject(a, f) == "Halcor"


def test_the_shares_name_no_company():
    # "The shares" stands for a company named before: left open, never guessed
    a, f = _figure("Halcor said on Monday it had lost the contract. The shares closed at $19.35, down $1.10.", "$19.35")
    assert _subject(a, f) is None


def test_a_place_before_shares_is_no_company():
    a, f = _figure("Its Paris shares closed up 4.1 percent on Tuesday.", "4.1 percent")
    assert _subject(a, f) is None


def test_transitive_close_is_no_trading_session():
    a, f = _figure("The Acme Group closed the gap to $5 million in talks with Rollins Inc. on Friday.", "$5 million")
    assert _subject(a, f) != "The Acme Group" and _subject(a, f) != "Acme Group"


def test_coordinated_companies_are_left_open():
    a, f = _figure("Norvale Corp. and Halcor Inc. posted losses. Norvale and Halcor closed at $41.20 each.", "$41.20")
    assert _subject(a, f) is None


# ------------------------------------------------ a second verb of harm


def test_second_verb_of_harm_shares_the_cause():
    a, f = _figure("A gas explosion at the depot killed 6 people and injured about 40 others.", "about 40")
    assert _subject(a, f) == "A gas explosion at the depot"


def test_second_verb_after_another_noun_is_left_open():
    # the parse folds "police" into the first object; the second count is no bomb's
    a, f = _figure("The bomb killed 6 people and police wounded 40 others in the chase.", "40")
    assert _subject(a, f) is None


def test_second_verb_after_an_agent_is_left_open():
    a, f = _figure("Gunmen killed 6 people and wounded 40 others in the square.", "40")
    assert _subject(a, f) is None


# ------------------------------------------------ the issuer's words when no mention stands there


def _shares_noun(text: str):
    from storyline import spacymodel

    doc = spacymodel.load()(text)
    return next(t for t in doc if t.lower_ == "shares" and t.dep_ == "nsubj")


def test_issuer_words_taken_when_the_same_words_are_an_organisation_elsewhere():
    from storyline.analyse import figsubject_market
    from storyline.types import Mention

    text = "Halcor said it would sell its stake. Halcor shares closed up 6.5% at 212p."
    mentions = [Mention(start=0, end=6, text="Halcor", label="ORG")]  # the second "Halcor" was missed
    assert figsubject_market._named_issuer(_shares_noun(text), mentions) == ("Halcor", 37, 43)


def test_issuer_words_not_taken_without_an_organisation_of_those_words():
    from storyline.analyse import figsubject_market
    from storyline.types import Mention

    text = "Halcor said it would sell its stake. Halcor shares closed up 6.5% at 212p."
    mentions = [Mention(start=0, end=6, text="Halcor", label="PERSON")]
    assert figsubject_market._named_issuer(_shares_noun(text), mentions) is None


def test_a_company_that_settles_or_finishes_at_a_sum_is_no_price_subject():
    # the round-forty-one review: a lawsuit's settlement or a bidding's end, no trading session
    from pipeline_helpers import analysed_figure, subject_words

    a, f = analysed_figure("Acme Corp settled at $5 million after a two-year legal fight with former employees.",
                           "$5 million")
    assert subject_words(a, f) is None
