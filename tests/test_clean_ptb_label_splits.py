"""Round twenty-seven: a tokenised corpus's sentence splitter breaks the line at a
party-state label's stop ("-LRB- D-Mich . -RRB-"), so the cue on the next line lost its
subject; ptb.join_label_splits joins such a break, and only where the next line opens as no
sentence does."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.clean import ptb


def test_a_break_after_a_bracketed_label_is_joined():
    text = "Rep. Joe Roe -LRB- D-Mich . -RRB- \nsaid the fund was a shakedown . \n"
    assert ptb.detokenise(text) == "Rep. Joe Roe (D-Mich.) said the fund was a shakedown."


def test_a_break_after_a_bare_label_before_a_comma_is_joined():
    text = "The bill 's author , Rep. Ann Poe , R-Tex . \n, who chairs the panel , agreed . \n"
    assert ptb.detokenise(text) == "The bill's author, Rep. Ann Poe, R-Tex., who chairs the panel, agreed."


def test_twin_a_label_before_a_new_sentence_stays_apart():
    text = "Sen. Al Doe -LRB- D-Mass . -RRB- \nHe spoke first . \n"
    assert ptb.detokenise(text) == "Sen. Al Doe (D-Mass.)\n\nHe spoke first."


def test_twin_a_lower_case_line_after_any_other_stop_stays_apart():
    text = "Shares fell at Acme Corp . \nsaid no one , in a list . \n"
    assert ptb.detokenise(text).count("\n\n") == 1


def test_twin_a_name_written_in_lower_case_first_opens_a_sentence():
    text = "Rep. Joe Roe -LRB- D-Mich . -RRB- \niPhone sales rose . \n"
    assert ptb.detokenise(text).count("\n\n") == 1


@given(st.lists(st.sampled_from(["Rep. Roe -LRB- D-Mich . -RRB-", "said so .", ", who agreed .",
                                 "He left .", "Acme rose 5 % ."]), max_size=8))
def test_joining_keeps_every_word_in_order(lines):
    joined = ptb.join_label_splits(lines)
    assert " ".join(joined).split() == " ".join(lines).split()
    assert len(joined) <= len(lines)
