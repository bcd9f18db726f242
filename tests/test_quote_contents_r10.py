"""Quote contents, round ten (issue 18, 18p): kinds of PolNeAR train's missed attributions.

Each rule has a text where it fires and a must-not-fire twin. All texts are invented.
"""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str) -> list[tuple[str, str | None]]:
    a = analyse_record(Record(source="x.txt", text=text))
    out = []
    for q in a.quotes:
        assert a.document.text[q.start : q.end] == q.text
        who = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text
        out.append((q.text, who))
    return out


def _texts(text: str) -> list[str]:
    return [t for t, _ in _quotes(text)]


# --- a short object of a verb whose object is what was said --------------------------


def test_short_object_of_an_object_cue_is_the_content():
    assert _quotes("Acme Corp denied wrongdoing.") == [("wrongdoing", "Acme Corp")]


def test_short_object_twins_a_taking_sense_or_no_object_cue():
    # the parse hangs "including ..." on the subject, which then runs past the verb
    assert _texts("Several councils announced support on Thursday, including Port Ellery and Lowden.") == []
    assert _texts("A judge in Port Ellery denied bail to the driver on Friday.") == []  # refusing, not saying
    assert _texts("The council voted on a plan to admit refugees from the north.") == []  # letting in
    assert _texts("Jane Roe praised the staff.") == []  # an evaluation with a plain object says nothing
    assert _texts("The mayor announced the move.") == []  # points back, says nothing itself


def test_short_definite_object_naming_a_saying_is_the_content():
    assert _quotes("Acme Corp denied the allegations.") == [("the allegations", "Acme Corp")]


# --- a short clause with its own subject ---------------------------------------------


def test_short_clause_with_subject_and_verb_is_kept():
    assert _quotes("Jane Roe said she would.") == [("she would", "Jane Roe")]


def test_short_bare_word_is_not_a_content():
    assert _quotes("Jane Roe said so.") == []


def test_short_clause_in_an_as_frame_is_not_a_content():
    assert _texts("Jane Roe left the board last year, as she said she would.") == []


# --- a pronoun object with a predicate -----------------------------------------------


def test_pronoun_object_with_predicate_is_the_content():
    got = _quotes("Jane Roe called him a liar at the meeting.")
    assert got and got[0][0].startswith("him a liar") and got[0][1] == "Jane Roe"


def test_pronoun_object_twins_a_role_or_no_predicate():
    assert _texts("Jane Roe opposed it as a senator.") == []  # "as a senator": her role, nothing said of it
    assert _texts("Jane Roe called him on Tuesday.") == []  # a phone call


def test_pronoun_object_on_a_verb_inside_a_clause_is_left():
    # the parse hangs "is calling" on the clause's verb: its speaker would be "the fever"
    got = _quotes("A minister in Port Ellery suggested that the fever is not dangerous and is calling it a cold.")
    assert not any(t.startswith("it a cold") for t, _ in got)


def test_pronoun_object_joined_to_the_main_verb_keeps_its_speaker():
    got = _quotes("Jane Roe walked in and called him a liar.")
    assert got and got[0][0].startswith("him a liar") and got[0][1] == "Jane Roe"


# --- a cue noun with a time word before its clause -----------------------------------


def test_cue_noun_with_a_day_before_that():
    got = _quotes("Jane Roe's claim Monday that the bridge was unsafe drew criticism from Acme Corp.")
    assert got == [("that the bridge was unsafe", "Jane Roe")] or got == [("the bridge was unsafe", "Jane Roe")]


def test_cue_noun_with_other_words_before_that_is_left():
    assert _texts("Jane Roe's claim to the council that the bridge was unsafe drew criticism from Acme Corp.") == []


# --- a second report joined on ends the first ----------------------------------------


def test_second_speakers_report_ends_the_first_content():
    got = _quotes("Jane Roe said the bridge was unsafe and John Doe said the tunnel was closed.")
    assert ("the bridge was unsafe", "Jane Roe") in got
    assert ("the tunnel was closed", "John Doe") in got


def test_second_report_twins_one_content_or_a_report_inside_it():
    assert _quotes("Jane Roe said the bridge was unsafe and the tunnel was closed.") == [
        ("the bridge was unsafe and the tunnel was closed", "Jane Roe")]
    got = _texts("Jane Roe said the bridge was unsafe and that John Doe said the tunnel was closed.")
    assert "the bridge was unsafe and that John Doe said the tunnel was closed" in got  # her report of his words


def test_but_added_with_a_quotation_ends_the_content():
    got = _texts('Jane Roe said it was too early to count the votes but added, "I think you all know the result."')
    assert "it was too early to count the votes" in got
    assert "I think you all know the result." in got


def test_but_added_without_a_quotation_keeps_the_content():
    got = _texts("Jane Roe said it was too early to count the votes but added flowers to the list.")
    assert got == ["it was too early to count the votes but added flowers to the list"]


# --- "<content>, X said, adding ..." ---------------------------------------------------


def test_content_before_said_adding_a_quotation():
    # Round ten kept the reported half and the quotation apart; round thirty-seven (cuts) joins
    # them: one speaker's one statement in two pieces that skip the tag, still Jane Roe's
    text = 'The mill did not close but cut shifts as soon as orders fell, Jane Roe said, adding, "It was not a good year."'
    a = analyse_record(Record(source="x.txt", text=text))
    joined = [q for q in a.quotes if q.text.startswith("The mill did not close")]
    assert len(joined) == 1 and a.mentions[joined[0].speaker_mention].text == "Jane Roe"
    assert [text[x:y] for x, y in joined[0].pieces] == ["The mill did not close but cut shifts as soon as orders fell",
                                                       "It was not a good year."]


def test_quotation_before_said_adding_is_one_quotation_in_two_pieces():
    # Round ten kept the halves apart; round thirty-five joins them (the tag is carried on by
    # "adding": one speaker's one quotation, judged `whole: cut` when shown as a half; see
    # tests/test_quotes_split_r35.py). The item spans both halves and its pieces skip the tag.
    text = '"The mill did not close," Jane Roe said, adding, "It was not a good year."'
    qs = [q for q in analyse_record(Record(source="t", text=text)).quotes if q.kind == "direct"]
    assert len(qs) == 1 and len(qs[0].pieces) == 2
    assert [text[a:b] for a, b in qs[0].pieces] == ["The mill did not close", "It was not a good year."]


def test_borrowed_subject_is_told_by_where_the_cue_hangs():
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    nlp = load()
    doc = nlp("A minister in Port Ellery suggested that the fever is not dangerous and is calling it a cold.")
    calling = next(t for t in doc if t.lower_ == "calling")  # the parse hangs it on the clause's "is"
    assert quotes._borrowed_subject(calling)
    doc = nlp("Jane Roe walked in and called him a liar.")
    assert not quotes._borrowed_subject(next(t for t in doc if t.lower_ == "called"))
