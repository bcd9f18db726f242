"""Round fifty-two, mender m2: in-sample mends of the seed-167 audit's quote spans (issue #18:
a span holds the whole statement, nothing more, nothing less): FNC-1 c048 Q3, c050 Q13, c052 Q5,
c046 Q8, c047 Q9, c046 Q3/Q4.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

import pytest
from pipeline_helpers import MARKETS_LEAD as _LEAD
from pipeline_helpers import quote_texts, quoted_analysis

from storyline.analyse import nlp as a_nlp


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _one(texts: list[str], start: str) -> str:
    return next(t for t in texts if t.startswith(start))


# --- c048 Q3: ", and <another spokesperson> was not available for comment" is the writer's note --------

def test_a_no_comment_note_of_another_voice_is_cut_from_the_content():
    texts = quote_texts(_LEAD + "A Dell spokesperson told Reuters that the company would not comment on market "
                        "speculation, and a Sony spokesperson was not available for the comment.\n")
    assert _one(texts, "that the company") == "that the company would not comment on market speculation"


def test_a_name_that_could_not_be_reached_is_cut_from_the_content():
    texts = quote_texts(_LEAD + "A Dell spokesperson said the company was reviewing the offer, but Sony could "
                        "not be reached for comment.\n")
    assert _one(texts, "the company") == "the company was reviewing the offer"


def test_a_clause_of_no_voice_that_did_not_respond_stays():
    texts = quote_texts(_LEAD + "Police said the driver fled the scene and the victim did not respond to treatment.\n")
    assert "the driver fled the scene and the victim did not respond to treatment" in texts


# --- c050 Q13: ", who ..." on a closing name is the writer's gloss -------------------------------------

def test_a_who_gloss_on_a_closing_name_is_cut():
    texts = quote_texts(_LEAD + "Tommy claimed Friday he could turn his sister into a frog like Merlin, who taught "
                        "the young Arthur in T.H. White's novel \"The Once and Future King.\"\n")
    assert _one(texts, "he could") == "he could turn his sister into a frog like Merlin"


def test_a_who_clause_inside_the_content_or_on_a_common_noun_stays():
    texts = quote_texts(_LEAD + "Jane Roe said Merlin, who taught the young Arthur, would return in the sequel.\n")
    assert "Merlin, who taught the young Arthur, would return in the sequel" in texts
    texts = quote_texts(_LEAD + "Jane Roe said she had called the plumber, who agreed to come on Friday.\n")
    assert "she had called the plumber, who agreed to come on Friday" in texts


# --- c052 Q5: ", with <noun> yet to announce ..." is the writer's note of a saying not made -------------

_YET = _LEAD + ("Samsung has announced that the price of the Galaxy Band will be $299 in the US, with the company "
                "yet to announce a European price for any other model.\n")


def test_a_with_phrase_of_a_saying_not_yet_made_is_cut():
    texts = quote_texts(_YET)
    assert _one(texts, "that the price") == "that the price of the Galaxy Band will be $299 in the US"


def test_a_saying_not_yet_made_gives_no_quote():
    a = quoted_analysis(_YET)
    assert not [q for q in a.quotes if q.cue == "announce"]


def test_a_with_phrase_of_no_saying_stays():
    texts = quote_texts(_LEAD + "Samsung said the price of the Galaxy Band will be $299 in the US, with sales of "
                        "the older model yet to pick up.\n")
    assert "the price of the Galaxy Band will be $299 in the US, with sales of the older model yet to pick up" in texts


def test_a_saying_made_after_went_on_to_stays():
    a = quoted_analysis(_LEAD + "Jane Roe thanked the staff and went on to announce that the plant would reopen in May.\n")
    assert any(q.text.endswith("the plant would reopen in May") for q in a.quotes)


# --- c046 Q8: ", as reported in <outlet>" (alone or after "according to") is the writer's sourcing ---------

def test_according_to_and_as_reported_are_cut_together():
    texts = quote_texts(_LEAD + "Tom Hale told police he was asleep when the burglars came, according to the BBC "
                        "and as first reported by the Daily Mirror.\n")
    assert _one(texts, "he was asleep") == "he was asleep when the burglars came"


def test_as_reported_in_an_outlet_is_cut():
    texts = quote_texts(_LEAD + "Tom Hale, 41, of the village near Leeds, told police he was asleep when the "
                        "burglars broke into his room and took his wallet, as reported in the Daily Mirror.\n")
    assert _one(texts, "he was asleep") == "he was asleep when the burglars broke into his room and took his wallet"


def test_as_reported_with_no_source_stays(nlp):
    from storyline.analyse.quotes import _as_reported_tail
    sdoc = nlp("Tom Hale told police he was asleep when the burglars came, as reported last year.")
    assert _as_reported_tail(sdoc, 4, len(sdoc) - 1) is None
    sdoc = nlp("Tom Hale told police he was asleep when the burglars came, as reported in the Daily Mirror.")
    assert _as_reported_tail(sdoc, 4, len(sdoc) - 1) == 11


# --- c047 Q9: '"...," The Guardian reports' after a quotation: the outlet's tag, not the quote ---------------

def test_an_outlet_tag_after_a_quotation_closing_on_its_comma_is_no_part_of_it():
    texts = quote_texts(_LEAD + "He asked the head for permission to tell the class about his partner. And he said, "
                        "\"the response was wonderful,\" The Guardian reports.\n")
    assert "the response was wonderful" in texts
    assert not [t for t in texts if "Guardian" in t]


def test_a_report_joined_with_no_comma_stays_its_own(nlp):
    from storyline.analyse.quotes import _trailing_relay
    sdoc = nlp("And he said \"the response was wonderful\" and The Guardian reports strong sales.")
    assert all(_trailing_relay(t) is None for t in sdoc)
    sdoc = nlp("And he said, \"the response was wonderful,\" The Guardian reports.")
    assert any(_trailing_relay(t) is not None for t in sdoc)


# --- c046 Q3/Q4: a quotation after a colon that closes on its comma is its own quote, joined over its tag ---

_COLON = _LEAD + ("The 52-year old Tom Hale told police that he was asleep when burglars broke into his room and "
                  "took his wallet: \"They hit me over the head and took the money and then they ran away,\" Hale "
                  "said. \"I was so scared I could not move and then I saw the blood on the floor.\"\n")


def test_a_content_stops_at_the_colon_of_a_quotation_tagged_after_it():
    a = quoted_analysis(_COLON)
    texts = [q.text for q in a.quotes]
    assert "that he was asleep when burglars broke into his room and took his wallet" in texts
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].text.startswith("They hit me") and direct[0].text.endswith("the floor.")


def test_a_content_holding_a_whole_quotation_after_its_colon_stays():
    texts = quote_texts(_LEAD + "Jane Roe said the plan had one aim: \"keep the schools open.\" The board met later.\n")
    assert any(t.startswith("the plan had one aim") and "keep the schools open" in t for t in texts)


def test_a_present_tense_who_clause_is_the_speakers_argument_and_stays():
    texts = quote_texts(_LEAD + "Jim Hale said the quiet race this time helped Jane Roe, who does not need to prove "
                        "her staying power to the extent that Smith did years ago.\n")
    assert any(t.endswith("to the extent that Smith did years ago") for t in texts)


def test_a_who_clause_on_a_name_the_parse_lost_as_subject_stays():
    texts = quote_texts(_LEAD + "Some voters said they feared a speech like the one at the 1992 convention, when Mr. "
                        "Hale, who had failed to win the nomination, called for a \"cultural war\" against \"liberals.\"\n")
    assert not any(t.endswith("when Mr. Hale") for t in texts)
