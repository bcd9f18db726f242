"""Quotations set with doubled apostrophes (''...''), as some newspapers' archive copy writes
them: the joins of a quotation split by its tag read them as the quote scanner does (round
thirty-four). Every text here is invented; each join has a twin where it must not fire."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _direct(text: str):
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    return t, [q for q in a.quotes if q.kind == "direct"]


def test_tagged_after_in_one_paragraph_is_one_quote():
    text = ("The flood reached the harbour on Monday.\n\n''We will open two shelters tonight,'' Mrs. Roe said. "
            "''The army brings boats tomorrow.''")
    t, qs = _direct(text)
    assert len(qs) == 1
    assert [t[x:y] for x, y in qs[0].pieces] == ["We will open two shelters tonight",
                                                 "The army brings boats tomorrow."]


def test_tagged_after_across_a_paragraph_is_one_quote():
    text = ("The flood reached the harbour on Monday.\n\n''We will open two shelters tonight,'' said Jane Roe, "
            "the mayor.\n\n''The army brings boats tomorrow.''")
    t, qs = _direct(text)
    assert len(qs) == 1 and len(qs[0].pieces) == 2


def test_interrupted_sentence_is_one_quote():
    text = ("The flood reached the harbour on Monday.\n\n''After the storm,'' Mr. Doe said, ''we rebuilt the "
            "bridge in nine days.''")
    t, qs = _direct(text)
    assert len(qs) == 1
    assert [t[x:y] for x, y in qs[0].pieces] == ["After the storm", "we rebuilt the bridge in nine days."]


def test_another_speakers_answer_stays_apart():
    # the twin: the second quotation has a tag of its own (another speaker): two quotes
    text = ("The flood reached the harbour on Monday.\n\n''We will open two shelters tonight,'' Mrs. Roe said. "
            "''That is not enough,'' said John Doe, a farmer.")
    t, qs = _direct(text)
    assert len(qs) == 2
    assert all(len(q.pieces or []) <= 1 for q in qs)


def test_a_question_is_not_joined_to_its_answer():
    # an answer in the next paragraph is someone else's (round thirty-five: in the same paragraph,
    # with the asker's voice handed on, the asker's own answer is joined, _own_answer)
    text = ("The flood reached the harbour on Monday.\n\n''Will the shelters open tonight?'' Mrs. Roe asked.\n\n"
            "''The army brings boats tomorrow.''")
    t, qs = _direct(text)
    assert len(qs) == 2


# --- the typesetting itself (clean.ptb.typeset_doubled_marks) ----------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from storyline.clean import clean_record, ptb  # noqa: E402


def test_doubled_marks_are_typeset_at_the_cleaning_door():
    doc = clean_record(Record(source="x.txt", text="Floods cut the road.\n\n''We have fuel,'' said Jane Roe."))
    assert doc.text.endswith('"We have fuel," said Jane Roe.')
    assert any("doubled apostrophes" in w for w in doc.warnings)


def test_an_inch_mark_and_a_lone_pair_stay():
    assert ptb.typeset_doubled_marks("The guard, who is 6'2'' tall, stood at the gate.") is None


def test_a_closing_mark_after_a_digit_is_typeset():
    text = "Callers were told to press ''1'' for the harbour office and ''2'' for the ferry."
    assert ptb.typeset_doubled_marks(text) == 'Callers were told to press "1" for the harbour office and "2" for the ferry.'
    text = "Floods cut the road.\n\nThe clerk wrote '' where the name should be."
    assert clean_record(Record(source="x.txt", text=text)).text.endswith("wrote '' where the name should be.")


@given(st.lists(st.sampled_from(["''", "``", "word", " ", ",", "said", "5'11''", "it's"]), max_size=30))
def test_typesetting_keeps_every_other_character(parts):
    text = "".join(parts)
    out = ptb.typeset_doubled_marks(text)
    if out is None:
        return
    # each doubled mark became one '"'; nothing else moved
    assert out.replace('"', "") == ptb._DOUBLED_MARK.sub("", text).replace('"', "")
    assert len(text) - len(out) == len(ptb._DOUBLED_MARK.findall(text))


# --- a long tag with a clause, in one paragraph (_one_sentence) --------------------------

def test_a_long_tag_with_a_relative_clause_in_one_paragraph_joins():
    text = ('Floods hit the valley on Monday.\n\n"The river has never risen so fast," said Jane Roe, a hydrologist '
            'who has measured its level for the council every week since 1998. "But it also falls faster than '
            'people think."\n\nThe town council met on Tuesday.')
    t, qs = _direct(text)
    assert len(qs) == 1
    assert [t[x:y] for x, y in qs[0].pieces] == ["The river has never risen so fast",
                                                 "But it also falls faster than people think."]


def test_a_long_tag_then_a_sentence_of_narration_stays_apart():
    # the twin: a sentence of the writer's own between the halves (two sentences, not a tag)
    text = ('Floods hit the valley on Monday.\n\n"The river has never risen so fast," said Jane Roe, a hydrologist '
            'who has measured it for years. The council then voted to close the old bridge to all traffic for '
            'the week. "But it also falls faster than people think."\n\nThe town council met on Tuesday.')
    t, qs = _direct(text)
    assert not any(len(q.pieces or []) > 1 for q in qs)
