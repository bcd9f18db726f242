"""Figure measures, subjects and claimants in the shapes the held-out seed-47 audit judged
wrong (issue 20, round eighteen, 20y): a hedge verb and an adjunct's verb taken for the
measure of a count; an instrument's price for a sum of its own "of"; a share of a holding
given to its buyer; a "put" with no "at" taken for a claim. Each rule beside a twin
where it must not fire. The upstream steps run for real, since the claimant rules read the
quote step's speakers. All sentences invented."""

from __future__ import annotations

from pipeline_helpers import figure_and_subject, figures_of

_figures = figures_of
_one = figure_and_subject


# ---------------------------------------------------------------- measures of a count


def test_a_hedge_verb_is_no_measure(nlp):
    text = "About 40,000 residents are believed to have fled the valley."
    f, _ = _one(nlp, text, "About 40,000")
    assert f.measure != "believed"


def test_what_the_count_underwent_stays_the_measure(nlp):
    # twin: no hedge verb between the count and what it underwent
    f, _ = _one(nlp, "About 40,000 residents were rescued from the valley.", "About 40,000")
    assert f.measure == "rescued"


def test_a_count_in_another_nouns_adjunct_takes_no_state(nlp):
    text = "It seems likely that the gates of every college in the sprawling port of 8 million residents will remain closed until Friday."
    f, _ = _one(nlp, text, "8 million")
    assert f.measure != "closed"


def test_a_container_of_the_count_keeps_what_it_underwent(nlp):
    # twin: only "of" between the count and its verb
    f, _ = _one(nlp, "A total of 300 people were rescued from the rubble.", "300")
    assert f.measure == "rescued"


# ---------------------------------------------------------------- subjects


def test_a_share_of_a_holding_is_of_what_it_is_held_in(nlp):
    text = "Acme Corp said it would acquire a 12 percent interest in Roeland and a 30 percent interest in Ellery from Doe Oil."
    f, subject = _one(nlp, text, "30 percent")
    assert subject == "Ellery"
    f, subject = _one(nlp, text, "12 percent")
    assert subject == "Roeland"


def test_a_share_of_the_buyers_own_measure_stays_the_buyers(nlp):
    # twin: no holding noun: the company's own profit
    f, subject = _one(nlp, "Acme Corp said its profit rose 25 percent in the quarter.", "25 percent")
    assert subject == "Acme Corp"


# ---------------------------------------------------------------- claimants


def test_put_on_a_plane_claims_nothing(nlp):
    text = "Roe Holidays put on a second plane on Monday to fly home 150 tourists who wanted to leave early."
    f, _ = _one(nlp, text, "150")
    assert f.claimant_text is None


def test_put_the_toll_at_a_figure_is_a_claim(nlp):
    # twin: "put ... at" is how a source gives a figure
    f, _ = _one(nlp, "The Ruritanian government put the toll at 200 people.", "200")
    assert f.claimant_text is not None and "government" in f.claimant_text


# ---------------------------------------------------------------- a sum of its own "of"


def test_value_erased_is_no_share_price(nlp):
    text = "Acme's shares have fallen and erased $12 billion of market value since the recall."
    f, subject = _one(nlp, text, "$12 billion")
    assert f.measure != "share price"
    assert subject == "Acme"


def test_a_fall_of_the_shares_stays_a_share_price(nlp):
    # twin: no "of" after the sum: the shares' own fall
    f, _ = _one(nlp, "Acme's shares have fallen $4 since the recall.", "$4")
    assert f.measure == "share price"


# ---------------------------------------------------------------- twins added after reading the firings


def test_put_the_costs_at_a_sum_is_a_claim_when_the_at_hangs_lower(nlp):
    # twin: the parse hangs "at" below "put"; the figure is still in its "at" phrase
    f, _ = _one(nlp, "Acme has put the bill for the repairs at over $2 billion.", "over $2 billion")
    assert f.claimant_text == "Acme"


def test_a_verb_that_is_no_hedge_before_another_stays_the_measure(nlp):
    # twin: "mobilized ... to volunteer" is what the count underwent; only a verb of belief
    # or a hedge before another verb is left out
    f, _ = _one(nlp, "The Ellery Trust has mobilized 900 people to volunteer on the coast.", "900")
    assert f.measure == "mobilized"


def test_a_holding_in_a_possessed_field_is_no_share_of_the_possessor(nlp):
    text = "Acme may sell part of its 20 percent interest in Ruritania's old Ellery field."
    f, subject = _one(nlp, text, "20 percent")
    assert subject not in ("Ruritania", "Acme")


def test_a_verb_of_finding_before_another_stays_the_measure(nlp):
    # twin: "confirmed to have died" is no hedge (only verbs of belief and hedges are left out)
    f, _ = _one(nlp, "Some 14 drivers are confirmed to have died.", "Some 14")
    assert f.measure == "confirmed"


def test_reported_to_have_been_hurt_takes_no_measure_reported(nlp):
    text = "In Port Ellery, more than 800 people were reported to have been hurt."
    f, _ = _one(nlp, text, "more than 800")
    assert f.measure != "reported"
