"""Round fifty-six, mender m2: quote spans cut short or run on (issue 18), from the seed-171
audits: c089 Q10 (a relative "they said ..." on the object of an infinitive content), c093 Q8
(a comparative correlative, "the older the ..., the less ..."), c093 Q12 ("and they needed ..."
taking up a noun of the content), bpoil_reuters Q3 (the body's own spokesman's doing told by the
writer), Q8 (a time counted from an event after a closed quotation), Q13 (a refusal inside a
relative clause on the content's subject), c098 Q5 (", this report says," another's tag set off
by commas) and c098 Q10 (a straight pair of marks nested in a curly quotation).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed

LEAD = "Markets slid on Tuesday as investors weighed the merger talks between the two firms.\n\n"


def _quotes(body: str):
    a = analysed(LEAD + body + "\n")
    return a, [(q.text, q.cue) for q in a.quotes]


def _cued(body: str, cue: str) -> list[str]:
    return [t for t, c in _quotes(body)[1] if c == cue]


# --- c089 Q10: the speaker's own relative clause on the infinitive's object (_own_relative_saying) --

def test_relative_they_said_on_the_infinitives_object_stays_in_the_vow():
    got = _cued("The farmers had vowed to avenge relatives they said had been robbed by the bandits. "
                "Few of them had fought before.", "vowed")
    assert got == ["to avenge relatives they said had been robbed by the bandits"], got


def test_twin_another_speakers_relative_still_ends_the_vow():
    # "critics say": not a pronoun that can stand for the farmers; another's words
    got = _cued("The farmers had vowed to avenge relatives critics say had been robbed by the bandits. "
                "Few of them had fought before.", "vowed")
    assert got and "critics say" not in got[0], got


# --- c093 Q8: a comparative correlative the parse split at its comma (_comparative_correlative) ----

def test_comparative_correlative_keeps_its_first_half():
    got = _cued("The teacher met the pupils on Monday.\n\n"
                "She said the older the child, the less empathetic he or she was. One pupil had told her "
                "nothing.", "said")
    assert got == ["the older the child, the less empathetic he or she was"], got


def test_twin_a_plain_clause_after_a_comma_is_not_widened():
    got = _cued("The teacher met the pupils on Monday.\n\n"
                "She said the cars were older, the more expensive ones were sold.", "said")
    assert got and got[0].startswith("the cars were older"), got


# --- c093 Q12: "and they ..." taking up a plural noun of the content (_pronoun_sequel) -------------

def test_and_they_taking_up_the_contents_noun_stays_in_the_statement():
    got = _cued("Mary Jones spoke to the board.\n\n"
                "She said it sounded to her like a case in which workers had unmet needs and they needed "
                "to find ways to be heard.", "said")
    assert got and got[0].endswith("they needed to find ways to be heard"), got


def test_twin_comma_and_they_left_stays_out():
    got = _cued("Mary Jones spoke to the board.\n\n"
                "She said the plan had failed the workers, and they left the room.", "said")
    assert got == ["the plan had failed the workers"], got


# --- bpoil_reuters Q3: the body's own spokesman's doing (_own_spokesperson_turn) -------------------

def test_its_spokesman_after_and_is_the_writers_turn():
    got = _cued("The oil firm said it had no confirmation of such leaks and its spokesman, John Smith, "
                "appeared to dismiss the reports as unlikely.", "said")
    assert got == ["it had no confirmation of such leaks"], got


def test_twin_a_persons_its_spokesman_stays_in_the_statement():
    # "its" cannot be Jane Roe: the firm's spokesman is what she says of the firm
    got = _cued("Jane Roe said the firm had lied and its spokesman should quit.", "said")
    assert got and got[0].endswith("its spokesman should quit"), got


# --- bpoil_reuters Q8: a time counted from an event after the closing mark (_elapsed_tail) ---------

def test_time_after_the_closed_quotation_is_not_the_complaint():
    got = _cued('Smith was criticised for complaining he wanted his "weekend back" weeks after the '
                "April 20 plant fire that killed 11 workers.", "complaining")
    assert got == ['he wanted his "weekend back"'], got


def test_twin_time_with_no_quotation_stays():
    got = _cued("Smith said he left the plant weeks after the fire.", "said")
    assert got == ["he left the plant weeks after the fire"], got


# --- bpoil_reuters Q13: a refusal inside a relative clause on a noun (_refusal_cut) ----------------

def test_refusal_inside_a_relative_clause_does_not_cut_the_warning():
    got = _cued("Kenneth Brown spoke on Monday.\n\n"
                "He warned that farmers and firms who decline to settle and refuse to give the bank a "
                "release might end up getting less money.", "warned")
    assert got and got[0].endswith("might end up getting less money"), got


def test_twin_declined_to_give_details_still_cuts():
    got = _cued("Kenneth Brown spoke on Monday.\n\n"
                "The bank said the deal was done but declined to give details of the price.", "said")
    assert got == ["the deal was done"], got


# --- c098 Q5: another's tag set off by commas after the content (_aside_tag) -----------------------

def test_this_report_says_set_off_by_commas_ends_the_content():
    got = _cued('Though the minister had reported that all of their old shells had been "retired" by 1992, '
                "this report says, the agency has long noted their use.", "reported")
    assert got == ['that all of their old shells had been "retired" by 1992'], got


def test_twin_content_with_no_tag_runs_to_its_end():
    got = _cued("The minister had reported that all of their old shells had been retired by 1992, "
                "and the agency agreed.", "reported")
    assert got and got[0].startswith("that all of their old shells had been retired by 1992"), got


# --- c098 Q10: a straight pair nested in a curly quotation (find_direct) ---------------------------

def test_straight_pair_inside_a_curly_quotation_does_not_close_it():
    from storyline.analyse.quotes import find_direct

    text = ('The paper further noted:\n\n\u201cJohn Smith joined Mary Jones to play a "floods on the loose" '
            "war game to see how they would cope. The leaders grumbled.\u201d\n")
    ds = find_direct(text)
    assert [text[d.start : d.end] for d in ds][0].endswith("The leaders grumbled."), \
        [text[d.start : d.end] for d in ds]


def test_twin_curly_quotation_closed_by_a_straight_mark_still_closes():
    from storyline.analyse.quotes import find_direct

    text = '\u201cWe will win," he said. "We go now.\u201d\n'
    got = [text[d.start : d.end] for d in find_direct(text)]
    assert got[0] == "We will win,", got
