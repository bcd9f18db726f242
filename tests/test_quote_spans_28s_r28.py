"""Quote span boundaries of round twenty-eight (28s, issue 18): the seed-83/89 audits read
transcript turns, list tails and a dropped last word as cut or running on. Each rule has a
text that fires and a twin that must not; all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts

from storyline.analyse.quotes import find_transcript

_SHOW = ("Floods on the coast: a rush transcript of the evening show.\n\n"
         "HOST: Tonight we talk to the mayor about the flood.\n\n"
         "ROE: Thanks for having me.\n\n"
         "HOST: What did the state do for you?\n\n")


def _turns(text: str) -> list[tuple[str, str]]:
    return [(text[x:y], text[a:b]) for x, y, a, b in find_transcript(text)]


# --- a transcript turn runs on over its unlabelled paragraphs, up to the next label ----------

def test_turn_runs_on_over_unlabelled_paragraphs_in_a_transcript():
    text = _SHOW + ("ROE: Nothing, we asked on the first day.\n\n"
                    "We sent them plans again and again and they never wrote back.\n\n"
                    "And I have asked them to come and see the dykes for themselves.\n\n"
                    "HOST: Thank you both for coming.")
    assert ("ROE", "Nothing, we asked on the first day.\n\nWe sent them plans again and again and they "
            "never wrote back.\n\nAnd I have asked them to come and see the dykes for themselves") in _turns(text)
    assert ("HOST", "Thank you both for coming") in _turns(text)


def test_turn_does_not_run_on_outside_a_transcript():
    # twin: one labelled line in a news story is no transcript; the next paragraph is the reporter's
    # (the label was "UPDATE" until round fifty: an editor's label opens no turn at all now,
    # data/editorial_labels.txt; a speaker's label keeps the twin's point)
    text = ("ROE: The council has closed the coast road until the water falls.\n\n"
            "Crews worked through the night to shore up the dykes near the harbour.")
    assert _turns(text) == [("ROE", "The council has closed the coast road until the water falls")]


def test_turn_stops_at_a_role_label_and_a_stage_direction():
    text = _SHOW + ("ROE: Nothing at all, we asked on the first day.\n\n"
                    "(COMMERCIAL BREAK)\n\n"
                    "The show returns with the weather for the weekend.\n\n"
                    "ROE: We are still waiting for their answer.\n\n"
                    "JANE DOE, STATE ENGINEER: We sent the pumps on the second day.")
    got = _turns(text)
    assert ("ROE", "Nothing at all, we asked on the first day") in got
    assert ("ROE", "We are still waiting for their answer") in got


# --- a label inside a paragraph ends the turn before it and opens its own ---------------------

def test_inline_label_after_a_dash_ends_the_turn():
    text = _SHOW + "ROE: Well, can I just -- DOE: And we still do not know why they waited.\n\nHOST: Thank you."
    got = _turns(text)
    assert ("ROE", "Well, can I just") in got
    assert ("DOE", "And we still do not know why they waited") in got


def test_capitals_after_a_stop_are_no_label_unless_known():
    # twin: an acronym and a colon after a sentence's stop is not a turn unless a line opens with it
    text = _SHOW + "ROE: We asked the army for boats. NATO: the same answer came back from them.\n\nHOST: Thanks."
    assert ("ROE", "We asked the army for boats. NATO: the same answer came back from them") in _turns(text)


def test_turn_items_hold_the_whole_turn():
    text = _SHOW + ("ROE: Nothing, we asked on the first day.\n\n"
                    "We sent them plans again and again and they never wrote back.\n\n"
                    "HOST: Well, can I just -- DOE: And we still do not know why they waited.")
    got = _texts(text)
    assert "Nothing, we asked on the first day.\n\nWe sent them plans again and again and they never wrote back" in got
    assert "Well, can I just" in got
    assert not any("DOE:" in t for t in got)


# --- a list's second item hung on the cue as its object still ends the content's list ----------

_LEAD = "The mill said that state and other outside engineers did not properly weigh factors such as river levels, "


def test_list_tail_hung_on_the_cue_as_its_object_stays_in_the_content():
    got = _texts(_LEAD + "the amount of silt washed in, and blockages from fallen trees.")
    assert got == ["that state and other outside engineers did not properly weigh factors such as river levels, "
                   "the amount of silt washed in, and blockages from fallen trees"]


def test_one_noun_phrase_hung_on_the_cue_is_no_list_tail():
    # twin: no "and"/"or" closing a list: the phrase the parse hung on the cue stays out, as before
    got = _texts(_LEAD + "the amount of silt washed in.")
    assert got == ["that state and other outside engineers did not properly weigh factors such as river levels"]


def test_role_label_after_a_dash_ends_the_turn():
    text = _SHOW + ("HOST: Let us bring in the engineer.\n\nNow you are a -- JANE DOE, STATE ENGINEER: Thank you.\n\n"
                    "HOST: Good to have you on the show.")
    assert ("HOST", "Let us bring in the engineer.\n\nNow you are a") in _turns(text)


def test_turn_stops_at_a_credit_line_with_a_handle():
    text = _SHOW + ("ROE: Nothing at all, we asked on the first day.\n\n"
                    "Follow Jane Doe on Twitter @janedoe.\n\nHOST: Thank you both for coming.")
    assert ("ROE", "Nothing at all, we asked on the first day") in _turns(text)


def test_turn_runs_on_over_a_paragraph_naming_a_site_without_a_handle():
    # twin: a spoken paragraph that names a site in words is still the turn's
    text = _SHOW + ("ROE: Nothing at all, we asked on the first day.\n\n"
                    "We put the plans on our web site for everyone.\n\nHOST: Thank you both for coming.")
    assert ("ROE", "Nothing at all, we asked on the first day.\n\nWe put the plans on our web site for everyone") in _turns(text)
