"""Round thirty-two: "pounds" in copy that writes no money sign (issue 20).

A story with no '$', no '£' and no "sterling" that collects "450,000 pounds of" hair weighs
it; the same words in sterling copy, or a sum "of debt", stay money."""

from __future__ import annotations

from storyline.analyse import quantities
from storyline.pipeline import analyse_record
from storyline.types import Record


def _figure(text: str, figure: str):
    return next(f for f in analyse_record(Record(source="t", text=text)).figures if figure in f.text)


def test_pounds_of_stuff_in_copy_without_money_signs_are_a_weight():
    text = "Volunteers in Ohio have gathered more than 9,000 pounds of wool for the clean-up crews."
    assert _figure(text, "9,000").unit == "pounds"


def test_twin_pounds_of_a_sum_stay_sterling():
    text = "The council has borrowed 5 billion pounds of debt to pay for the new bridge."
    assert _figure(text, "5 billion pounds").unit == "GBP"


def test_twin_pounds_in_sterling_copy_stay_sterling():
    text = "The firm gave £2 million to the fund. Volunteers gathered 9,000 pounds of wool for the crews."
    assert _figure(text, "9,000 pounds").unit == "GBP"


def test_twin_bare_pounds_stay_sterling_without_weight_words():
    assert _figure("The charity raised 9,000 pounds at the fair.", "9,000 pounds").unit == "GBP"


def test_a_money_noun_after_of_keeps_dollar_copy_sterling():
    """Reuters copy writes dollars and "pounds" side by side: "of taxpayers' money" is a sum."""
    text = "The bank lost $4 million. Ministers gave it 2 billion pounds of taxpayers' money."
    assert _figure(text, "2 billion pounds").unit == "GBP"


def test_no_money_sign_document_reads_as_dollar_copy():
    assert quantities.dollar_pounds("Crews collected 40 pounds of tar on the beach.")
    assert not quantities.dollar_pounds("The fund paid £40 for the tar.")
