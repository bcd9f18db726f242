"""Round fifty-five, mender m3: in-sample mends of the seed-170 audit's quote spans that stop
short of the statement (issue 18, "whole: cut"): FNC-1 c081 Q1 (a determiner "that" taken for a
second subject of "found"), c069 Q3 ("ever" closing a superlative left out), c077 Q1 (a ", which
will ..." clause cut as a gloss on a name), c068 Q6 (", as Gurman noted" read on the clause its
"like" opens), c103 Q2 ("symptoms that suggested ..." read as a saying), c082 Q11 (a second
object after ", and" left out), c072 Q5 (a straight single quotation left open).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker
from pipeline_helpers import quote_holding as _quote


def _texts(a) -> list[str]:
    return [q.text for q in a.quotes]


# --- c069 Q3: "ever" after a superlative object is the noun phrase's (quotes._object_tail) ---------

def test_ever_after_a_superlative_object_stays_in_the_content():
    a = analysed("Fair news\n\nA firm named Rindle showed its stand at the fair. "
                 "The aforesaid firm calls it the first great bicycle lock accessory ever.\n")
    q = _quote(a, "bicycle lock")
    assert q.text.endswith("accessory ever")


def test_twin_yet_after_a_plain_object_is_when_not_what():
    a = analysed("Fair news\n\nA firm named Rindle showed its stand at the fair. "
                 "The board has not called the plan a failure yet.\n")
    assert not any(t.endswith("yet") for t in _texts(a))


# --- c082 Q11: a second object after ", and" with no verb (quotes._object_tail) -------------------

def test_a_second_object_after_and_stays_in_the_content():
    a = analysed("Diet rules\n\nThe old guide was a mistake — which recommended up to 9 slices of bread "
                 "per day, and about as little butter as possible.\n")
    q = _quote(a, "slices of bread")
    assert q.text.endswith("as little butter as possible")


def test_twin_a_second_verb_after_and_is_not_the_object():
    a = analysed("Diet rules\n\nThe council recommended up to 9 slices of bread per day, and the board "
                 "agreed with the plan.\n")
    assert not any("agreed" in t for t in _texts(a))


# --- ", which will/would ..." after a name is the writer's gloss, cut (quotes._name_gloss; m3's
# exception for c077 Q1 was reverted: the censuses showed it keeping glosses on names) --------------

def test_a_which_would_gloss_on_a_name_is_cut():
    a = analysed("Union vote\n\nThe group asked whether candidates supported the Fair Work Act, which would "
                 "let workers choose a union by signing cards.\n")
    q = [x for x in a.quotes if "candidates supported" in x.text]
    assert q and "signing cards" not in q[0].text, [x.text for x in a.quotes]


def test_twin_a_which_gloss_in_the_past_stays_cut():
    a = analysed("Dam inquiry\n\nOfficials said the inquiry is looking at Acme, Globex and the builder "
                 "Initech, which was in charge of the dam's concrete.\n")
    q = _quote(a, "inquiry is looking")
    assert "in charge" not in q.text


# --- c068 Q6: a closing ", as X noted" notes the sentence, not the "like" clause it hangs on ------

def test_a_closing_as_aside_notes_the_whole_sentence():
    a = analysed("Watch push\n\nAcme has been showing off its watch at shops in Rome, so it seems like the "
                 "company is making a push to sell the watch abroad as well, as Mark Gurman also noted.\n")
    q = _quote(a, "making a push")
    assert q.text.startswith("Acme has been showing off")
    assert shown_speaker(a, q) == "Mark Gurman"


def test_twin_an_as_aside_inside_the_sentence_stays_as_hung():
    a = analysed("Bridge news\n\nThe bridge, as Olson noted, has been closed since the storm.\n")
    q = _quote(a, "closed since")
    assert q.text.startswith("The bridge")


# --- c103 Q2: "symptoms that suggested ..." is a finding, not a saying (quotes._finding) ---------

def test_symptoms_that_suggested_are_no_speaker():
    a = analysed("Ship lost\n\nThe crew were beginning to show worrying symptoms that suggested they could be "
                 "infected with a fever, officials feared.\n")
    assert not any(q.cue == "suggested" for q in a.quotes)


def test_twin_a_report_that_suggested_stays_a_quote():
    a = analysed("Ship lost\n\nThe agency published a report that suggested the crew could be infected "
                 "with a fever and the ship was lost.\n")
    assert any(q.cue == "suggested" for q in a.quotes)


# --- c081 Q1: a "that" tagged as a conjunction is no subject of the cue (quotes._subject_found) ---

def test_a_that_taken_for_a_second_subject_is_not_the_speaker():
    a = analysed("Egg study\n\nAfter about age 40, the plaque of the patients began building up steadily, "
                 "but among the patients who ate the most eggs — three or more yolks per week — that build-up "
                 "increased \u201cexponentially,\u201d the study found.\n")
    assert not any(q.speaker_text == "that" for q in a.quotes)


def test_twin_a_plain_trailing_tag_keeps_its_content():
    a = analysed("Egg study\n\nAmong the patients who ate the most eggs, the build-up of plaque increased "
                 "quickly, the study found.\n")
    q = _quote(a, "build-up of plaque")
    assert q.cue == "found"


# --- c072 Q5: a straight single quotation the content opened runs to its close -------------------

def test_a_straight_single_quotation_runs_to_its_close():
    a = analysed("Purge\n\nIn a statement at the time, the council called the former mayor John Smith a "
                 "'traitor to the town for all ages,' 'worse than a thief' and 'a disgrace'.\n")
    texts = _texts(a)
    assert not any(t.endswith("'traitor") or t.endswith("to the town") for t in texts), texts
    # the quotation whole: in the content, or as the direct quote when the content is mostly quoted
    assert any("traitor to the town for all ages" in t for t in texts), texts


def test_twin_a_plural_apostrophe_is_no_close():
    from storyline.analyse import quotes

    text = "called the deal a 'gift to the players' union and more"
    b = text.index(" to the")
    assert quotes._straight_single_close(text, 0, b) == b
    text2 = "called Roe a 'traitor to the town for all ages,' and left"
    b2 = text2.index(" to the")
    assert text2[: quotes._straight_single_close(text2, 0, b2)].endswith("ages,'")
