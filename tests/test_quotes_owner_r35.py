"""Round thirty-five, issue 18 (owner): a speaker phrase that names its body ("the Morning
Consult poll found", "a report from WKOW", "the Acme Times editorial said") is that body's;
a surname with an apostrophe ("O'Donnell") is held by the full name the document tags. A
person named inside the phrase stays open. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _who(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- _owned_piece: the body named in the phrase -----------------------------------------

def test_an_untagged_pollster_before_poll_is_the_speaker():
    who, q = _who("The Morning Consult poll found that Mark Evans remained ahead in Ohio with 40 percent.",
                  "Mark Evans remained")
    assert who == "Morning Consult"
    assert "poll of Morning Consult" in (q.speaker_evidence or "")


def test_a_camel_case_owner_after_by_is_the_speaker():
    who, _ = _who("Evans still leads the field by six points, according to a recent poll by RealClearPolitics.",
                  "Evans still leads")
    assert who == "RealClearPolitics"


def test_twin_a_place_before_poll_is_no_owner_of_this_rule():
    # a tagged place goes the organisation path as before ("U.S. officials"); this rule does
    # not make it a body of its own
    _, q = _who("An Ohio poll found that Mark Evans remained ahead of his rivals with 40 percent.",
                "Mark Evans remained")
    assert "the poll of" not in (q.speaker_evidence or "")


def test_twin_a_weekday_before_report_is_no_owner():
    who, q = _who("A Tuesday report found that Mark Evans remained ahead of his rivals with 40 percent.",
                  "Mark Evans remained")
    assert who is None
    assert "the report of" not in (q.speaker_evidence or "")


def test_twin_a_person_named_inside_the_phrase_stays_open():
    who, q = _who("Mark Evans is a senator. An analysis by Jane Collins, a professor, found that the senator "
                  "voted with his party nine times in ten.", "the senator voted")
    assert who is None


def test_twin_a_plural_piece_stays_open():
    who, _ = _who("Federal Election Commission reports show that the group spent nearly two million dollars "
                  "on television ads.", "the group spent")
    assert who != "Federal Election Commission"


def test_twin_a_bare_poll_stays_open():
    who, _ = _who("The poll found that Mark Evans remained ahead of his rivals with 40 percent.", "Mark Evans remained")
    assert who is None


# --- editorial: a source noun -------------------------------------------------------------

def test_a_newspapers_editorial_is_the_newspapers():
    who, _ = _who('The Wall Street Journal editorial said the plan was "a gift to the unions and nobody else."',
                  "a gift to the unions")
    assert who == "The Wall Street Journal" or who == "Wall Street Journal"


# --- apostrophe surnames --------------------------------------------------------------------

def test_an_apostrophe_surname_is_held_by_the_full_name():
    text = ('"We cannot win the state by visiting every county," said Brett O’Donnell, a strategist for the '
            'senator.\n\n"Voters want to hear a plan," O’Donnell said.')
    who, q = _who(text, "Voters want")
    assert who is not None and who.endswith("O’Donnell")
    # round thirty-eight (opennamed): the parse now reads "O’Donnell" as the plain-written
    # name (analyse/parse.py straight_names), so the tagger itself types the bare surname a
    # PERSON, the cue's subject; the surname rule is left for names the tagger still misses
    assert "O’Donnell" in (q.speaker_evidence or "") or q.speaker_mention is not None


def test_twin_two_bearers_of_the_apostrophe_surname_stay_open():
    text = ('"We cannot win the state by visiting every county," said Brett O’Donnell, a strategist for the '
            'senator. Mary O’Donnell, his sister, runs a bakery.\n\n"Voters want to hear a plan," O’Donnell said.')
    who, _ = _who(text, "Voters want")
    # never Brett's full name in the document: since round thirty-eight the tagger types the
    # bare "O’Donnell" a person (as it does "O'Donnell"), and which bearer it is stays the
    # corpus stage's (its bare-surname rule), as for the plain-written name
    assert who in (None, "O’Donnell")
    plain, _ = _who(text.replace("’", "'"), "Voters want")
    assert (who or "").replace("’", "'") == (plain or "")


# --- _document_owner: a person owns "the report" only directly -----------------------------

def test_the_report_of_a_persons_administration_is_not_the_persons():
    text = ("A new report from the Obama administration found that drilling jobs held steady in the spring. "
            "The report said that most rig workers kept their jobs through the summer.")
    who, _ = _who(text, "most rig workers")
    assert who is None


def test_twin_a_report_by_a_person_is_that_persons():
    text = ("A new report by Mark Evans found that drilling jobs held steady in the spring. "
            "The report said that most rig workers kept their jobs through the summer.")
    who, _ = _who(text, "most rig workers")
    assert who == "Mark Evans"


def test_twin_a_letter_from_a_chairman_named_in_apposition_is_his():
    text = ("A letter from the panel's head, Mark Evans, warned that the firm cut corners. "
            "The letter contends that the firm knew of the fault for weeks before the blast.")
    who, _ = _who(text, "the firm knew")
    assert who == "Mark Evans"
