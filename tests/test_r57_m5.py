"""Round fifty-seven, mender m5: feed grouping and the brief on the seed-172 audit of 181 web
pages read as one feed (issue 23).

Grouping (resolve.stories): G15 and G17, two pages in one script but no English (Korean,
Russian) joined on the lead embedder's cosine alone (no names, an English embedder): such a
page is now set apart (``readable``). G1, G2, G3, G8 and G10: at the last look (``_attach``)
a broad name shared with a story (Trump, China, Apple, NASA) lifted a page whose text was far
from the story over the looser bar, and a page sharing no name joined at that bar on its text
alone (G1's Assange page): names now only vouch for a page whose cosine reaches the bar, and
a page sharing none needs the pass's bar.

Brief (resolve.brief): B30, a sentence opening on a relative "which" (the clause of the
sentence before); B12, a press release's boilerplate telling where the company's shares are
listed.

Piles are DocFeatures built directly with an embedder of chosen vectors (as
tests/test_r50_e1.py); sentences are invented.
"""

from __future__ import annotations

from storyline.resolve import brief

# --- B30: a relative "which" opening a sentence -------------------------------------------------

def test_a_sentence_opening_on_a_relative_which_leans_on_the_one_before():
    dep = brief.dependent_opening("Which is simple once you know what to leave out.")
    assert dep is not None and dep[0] == "ellipsis"
    assert dep is not None and dep[0] in brief._LEANS_ELSEWHERE


def test_a_question_opening_on_which_is_not_read():
    assert brief.dependent_opening("Which towns lost power on Monday?") is None
    assert brief.dependent_opening("The mayor, which towns lost power, said little.") is None


# --- B12: a press release's share-listing boilerplate -------------------------------------------

def test_a_company_share_listing_line_is_boilerplate():
    assert brief.noise_category("Corvane registered shares (CRV) are listed on the SIX Swiss Exchange in Zurich.") == "boilerplate"
    assert brief.noise_category("Corvane is traded on the Nasdaq under the symbol CRVN.") == "boilerplate"


def test_a_listing_told_as_news_is_not_boilerplate():
    assert brief.noise_category("Corvane will be listed on the Hong Kong stock exchange next week.") is None
    assert brief.noise_category("Corvane, whose shares are listed on the Nasdaq, fell 3% on Monday.") is None
    assert brief.noise_category("Corvane was listed on the stock exchange in 2004.") is None
