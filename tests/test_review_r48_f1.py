"""The review of round forty-eight, fix f1: misfires the round added to the colon dateline
(item 1), to the quote step's opening place label (item 2) and to the capitals question teaser
(item 2's lesser doubt). Each text is invented for the test and gets the base code's reading
back; the rules' own fire tests stay in tests/test_r48_m1.py, test_r48_m2.py, test_r48_e1.py."""

from __future__ import annotations

import pytest
from pipeline_helpers import quoted_analysis

from storyline.clean import clean_record, noise
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


# --- item 1: a person's name before a colon is no dateline, though a city bears it ---------

@pytest.mark.parametrize("label,lead,after", [
    ("MADISON", "The singer told fans on Sunday that her world tour would go on as planned after the fall.",
     "Her agent said she was recovering well."),
    ("JACKSON", "The singer's estate has won its long fight with the tax office over the worth of his name.",
     "A judge ruled on Monday that the estate owed far less."),
    ("HAMILTON", "The driver told the team on Friday that the car was the best he had driven in years.",
     "The team said it was pleased."),
])
def test_a_name_label_before_a_colon_is_no_dateline(label, lead, after):
    d = _clean(f"{label}: {lead}\n\n{after}\n")
    assert d.dateline is None
    assert d.text.startswith(f"{label}: ")


def test_a_first_person_lead_after_a_colon_is_no_dateline_and_stays_a_quote():
    text = ("JORDAN: Winning was all that mattered to me back then, every single night we played.\n\n"
            "The six-time champion was speaking at the launch of a film about his life.\n")
    a = quoted_analysis(text)
    assert a.document.dateline is None
    assert any("all that mattered to me" in q.text and q.speaker_text == "JORDAN" for q in a.quotes)


def test_a_country_label_in_a_round_up_is_no_dateline():
    d = _clean("CHINA: Exports fell 5 percent in March from a year before, customs figures showed on Tuesday.\n\n"
               "Imports rose 2 percent, beating forecasts.\n")
    assert d.dateline is None
    assert d.text.startswith("CHINA: Exports fell")


def test_a_listed_city_that_is_also_a_first_name_is_still_a_dateline():
    # data/clean/dateline_cities.txt decides first: "SYDNEY" is a given name as well
    d = _clean("SYDNEY: All was going well at the harbour festival until the stage fell on Sunday evening.\n\n"
               "Police said nobody was hurt.\n")
    assert d.dateline is not None and d.dateline.place == "SYDNEY"


# --- item 2: the quote step refuses a label only when the cleaner's colon test passes -------

def test_a_first_person_turn_under_a_city_name_label_stays_a_quote():
    a = quoted_analysis("HAMILTON: I have never been more sure of anything in my whole career than I am of this.\n\n"
                        "The seven-time champion was speaking to reporters after practice on Thursday.\n")
    assert any("never been more sure" in q.text and q.speaker_text == "HAMILTON" for q in a.quotes)


# --- item 2's lesser doubt: a person's label over their own question is no teaser -----------

_R = "The council has approved a 40 million pound rescue of the town's bus company."
_R2 = "The vote passed by 30 to 12."


def test_a_name_label_over_a_question_is_no_teaser():
    line = "SMITH: Why should taxpayers foot the bill for a private company's mistakes?"
    c = noise.clean_text(f"{_R}\n\n{line}\n\n{_R2}", title=None, links=None)
    assert line in c.text


def test_a_section_label_over_a_question_is_still_a_teaser():
    line = "ANALYSIS: Why did the bank move so much faster than traders expected?"
    c = noise.clean_text(f"{_R}\n\n{line}\n\n{_R2}", title=None, links=None)
    assert line not in c.text
