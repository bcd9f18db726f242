"""Round forty-four, integrator (in-sample, seed 159): cleaning mends, each with a twin that must
stay. Texts written for the test."""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

FILL = ("The company said on Monday it had sent more ships to the coast to skim oil, and that the "
        "work would go on through the weekend whatever the weather did. Officials in the state said "
        "they were watching the marshes closely and would close more beaches if the slick moved west.")


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


def test_an_outlet_first_dateline_with_its_place_in_brackets_is_lifted():
    # bpoil_reuters K2: "POLITICO (Washington) - While ..."
    d = _clean("POLITICO (Washington) - While the oil pumps into the Gulf, members of Congress may have to "
               "answer for the money they took.\n\nBP gave more than $3.5 million to candidates over 20 years.\n")
    assert d.dateline is not None and d.dateline.agency == "POLITICO" and d.dateline.place == "Washington"
    assert d.text.startswith("While the oil")


def test_twin_a_body_with_a_city_in_brackets_is_no_dateline():
    text = "NATO (Brussels) - The alliance said on Monday it would send more ships to the region.\n\nIt gave no numbers.\n"
    d = _clean(text)
    assert d.dateline is None and d.text.startswith("NATO (Brussels)")


def test_twin_an_agency_with_no_dateline_place_in_brackets_is_no_dateline():
    d = _clean("Reuters (Port Ellery) - The company said on Monday it would send more ships.\n\nIt gave no numbers.\n")
    assert d.dateline is None


def test_a_crosshead_that_asks_a_question_is_cut():
    # bpoil_reuters K10
    d = _clean(f"{FILL}\n\nWHICH SIDE OF THE FENCE?\n\nTo be sure, the company will not be able to deduct every fine it pays.\n")
    assert "WHICH SIDE" not in d.text and "To be sure" in d.text


def test_twin_words_in_capitals_handed_over_by_a_colon_stay():
    d = _clean(f"{FILL}\n\nThe protesters chanted on the steps of the hall:\n\nWHERE IS THE MONEY?\n\n"
               "Police moved them on after an hour, and two were arrested.\n")
    assert "WHERE IS THE MONEY?" in d.text


def test_a_post_stamp_glued_after_a_colon_is_cut_and_both_posts_stay():
    # bpoil_reuters K19, K20: a blog index page's next post glued to the line before with its stamp
    d = _clean(f"{FILL}\n\n{FILL}\n\nTake a look at a video I took on a boat trip along the west channel: "
               "Jul 18, 2010 15:26 UTC After a family holiday on the coast, it is back to politics for the president.\n")
    assert "15:26 UTC" not in d.text
    assert "along the west channel:" in d.text and "After a family holiday on the coast, it is back" in d.text


def test_twin_a_time_and_zone_in_a_sentence_stay():
    line = "The storm reached the coast at 15:26 UTC on Jul 18, 2010, the weather service said."
    d = _clean(f"{FILL}\n\n{FILL}\n\n{line}\n")
    assert line in d.text


def test_a_live_blog_promo_whose_capital_is_its_object_is_cut_whole():
    # bpoil_guardian K2: "Follow live updates from BP here, and email ... with your thoughts."
    line = "Follow live updates from Acme here, and email jane.roe@example.com or tweet @janeroe with your thoughts."
    d = _clean(f"{FILL}\n\n{line}\n\n{FILL}\n")
    assert "with your thoughts" not in d.text and "Acme here" not in d.text


def test_twin_a_promo_before_a_place_and_a_sentence_is_not_cut_in_the_middle():
    line = "Follow live updates from Houston Officials said the well was capped on Monday night after a long week."
    d = _clean(f"{FILL}\n\n{line}\n\n{FILL}\n")
    assert "Houston Officials said" in d.text and "Follow live updates from Houston" in d.text
