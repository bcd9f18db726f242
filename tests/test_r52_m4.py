"""Round fifty-two, mender m4: in-sample mends of the seed-167 audit's figures (issue 20,
FNC-1 c044, c048, c052).

1. c048 F6: "..., possibly ending up at around $18 per share": a market verb's participle
   takes no subject from a clause that is no trading line (the bidder).
2. c048 F11: "may even increase that to around $18 per share": a verb moving a pronoun
   object to the figure leaves its subject open (the agent is not what the level is of).
3. c044 F3: "2.5% of one's wealth": a whole with a generic possessor is no particular whole.
4. c052 F4: "analysts are expecting it to be as much as $5,000": a pronoun's level takes no
   neighbour's measure.
5. c052 F2: "X and Y share top spot ... with 20% share": "share" claims only a clause.
6. c052 F2: "RelatedApple": a name of two words run together is no claimant or subject.
7. c048 F7: "Acme (ACM.TO: Quote) (ACM.O: Quote) shares rose": a ticker's brackets between
   the name and "shares" are passed over.
8. c048 F10: "Its Toronto-listed shares were up 3.1 percent" right after one company's
   market line: that company.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed


def _figure(text: str, fig: str):
    a = analysed(text + "\n")
    hits = [f for f in a.figures if f.text == fig]
    assert hits, [f.text for f in a.figures]
    return a, hits[0]


def _subject(a, f):
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def _claimant(a, f):
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


# --- 1. c048 F6: a participle of trading under a clause that is no trading line ----------------


def test_an_offer_ending_up_at_a_price_is_not_the_bidders():
    a, f = _figure("Samsung is said to make a $20 per share offer to Nokia, possibly ending up at around $24 per share. "
                   "The talks are early.", "around $24")
    assert _subject(a, f) is None


def test_a_share_move_closing_at_a_price_keeps_the_company():
    a, f = _figure("Nokia shares fell 3 percent on Monday, closing at $12.50.", "$12.50")
    assert _subject(a, f) in ("Nokia", "Nokia Corp")


# --- 2. c048 F11: a pronoun object moved to the figure -------------------------------------------


def test_a_pronoun_raised_to_a_price_is_not_the_agents():
    a, f = _figure("Lenovo are rumored to be offering around $20 per share for Nokia, and may even increase that to "
                   "around $24 per share, which is well above their current price of around $11.", "around $24")
    assert _subject(a, f) is None


def test_a_possessed_object_moved_to_a_count_keeps_its_owner():
    a, f = _figure("Nokia increased its workforce to 4,000 employees last year.", "4,000")
    assert _subject(a, f) in ("Nokia", "Nokia Corp")


# --- 3. c044 F3: a share of a generic whole -------------------------------------------------------


def test_a_share_of_ones_income_names_no_whole():
    a, f = _figure("The tithe is an old custom and refers to the regular giving of 10% of one's income each year to "
                   "the church. It applies to wages.", "10%")
    assert _subject(a, f) is None
    a, f = _figure("Tithe news\n\nThe tithe is the third duty of the guild and refers to the systematic giving of 10% "
                   "of one's income each year to benefit the poor. The rate applies to cash.", "10%")
    assert _subject(a, f) is None


def test_a_share_of_a_particular_whole_keeps_it():
    a, f = _figure("The tithe is an old custom. Each farmer paid 10% of the town's income to the church.", "10%")
    assert _subject(a, f) == "the town's income"


# --- 4. c052 F4: a pronoun's level borrows no measure ---------------------------------------------


def test_a_pronouns_level_takes_no_neighbours_measure():
    a, f = _figure("Acme's Gold Edition is the luxury version of its first watch. Acme posts $18bn quarterly earnings, "
                   "the highest in corporate history Acme has not yet revealed how much the Gold Edition is going to "
                   "cost, but analysts are expecting it to be as much as $5,000 (£3,320). That puts it among luxury "
                   "watches.", "as much as $5,000")
    assert f.measure is None


def test_a_compared_sum_still_takes_its_neighbours_measure():
    a, f = _figure("Acme's revenue was $5bn, compared with $4bn a year earlier.", "$4bn")
    assert f.measure == "revenue"


# --- 5. c052 F2: "share" claims only a clause -----------------------------------------------------


def test_companies_sharing_a_top_spot_claim_no_share():
    a, f = _figure("Acme's Gold Edition is the luxury version of its first watch. Acme and Roe share top spot in the "
                   "phone market with 20% share. The watch is costly.", "20%")
    assert _claimant(a, f) is None


def test_a_company_sharing_that_a_share_holds_claims_it():
    a, f = _figure("Acme shared that 20% of its buyers were new.", "20%")
    assert _claimant(a, f) == "Acme"


# --- 6. c052 F2: a glued name ---------------------------------------------------------------------


def test_a_label_glued_to_a_name_is_no_claimant():
    a, f = _figure("Acme's Gold Edition is the luxury version of its first watch. RelatedAcme said 20% of buyers were "
                   "new. Acme sells it.", "20%")
    assert _claimant(a, f) is None


def test_a_two_part_name_used_again_is_a_claimant():
    a, f = _figure("BlackBerry said 20% of buyers were new. BlackBerry sells it.", "20%")
    assert _claimant(a, f) == "BlackBerry"


# --- 7. c048 F7: a ticker's brackets before "shares" ----------------------------------------------


def test_a_named_issuer_before_ticker_brackets():
    a, f = _figure("BlackBerry (BBX.TO: Quote) (BBX.O: Quote) shares rose more than 4 percent on Tuesday after a blog "
                   "said a Japanese maker might buy the firm.\n\nBlackBerry said it did not comment on rumors.",
                   "more than 4 percent")
    assert _subject(a, f) == "BlackBerry"


def test_a_name_before_ticker_brackets_named_nowhere_else_stays_open():
    a, f = _figure("BlackBerry (BBX.TO: Quote) (BBX.O: Quote) shares rose more than 4 percent on Tuesday after a blog "
                   "said a Japanese maker might buy the firm.\n\nThe firm said it did not comment on rumors.",
                   "more than 4 percent")
    assert _subject(a, f) is None


# --- 8. c048 F10: "Its ... shares" after one company's market line --------------------------------


def test_its_listed_shares_after_a_market_line_are_that_companys():
    a, f = _figure("Nokia shares news\n\nShares of Nokia Corp were up 4.2 percent at $7.10 in early trading. Its Helsinki-listed shares were up "
                   "3.9 percent at 6.20 euros.", "3.9 percent")
    assert _subject(a, f) in ("Nokia", "Nokia Corp")


def test_its_listed_shares_in_another_paragraph_stay_open():
    a, f = _figure("Nokia shares news\n\nShares of Nokia Corp were up 4.2 percent at $7.10 in early trading.\n\nIts Helsinki-listed shares were "
                   "up 3.9 percent at 6.20 euros.", "3.9 percent")
    assert _subject(a, f) is None
