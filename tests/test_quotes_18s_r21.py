"""Quotes: spans and a wrong speaker of the seed-61 audit, as classes (issue 18, round
twenty-one, 18s).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from scenes import who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, cue, resolved speaker or None) of each quote of ``text``."""
    a = analyse_record(Record(source="x.txt", text=text))
    return [(q.text, q.cue, who(a, q)) for q in a.quotes]


# --- the reporter's sentence of an act, taken as words around a tag ----------------------------


def test_a_fronted_time_phrase_does_not_make_the_reporters_sentence_a_quote():
    text = ("The rail firm said it was sorry.\n\nSince the crash in March, the Transport Safety Board has asked "
            "Amtrak for more braking records by June 2, but that may not satisfy the unions' worries.\n\n"
            "They want the line shut.")
    assert all(cue != "asked" for _, cue, _ in _said(text))


def test_a_parenthetical_tag_after_a_fronted_phrase_keeps_its_words():
    text = "The mayor spoke on Monday.\n\nIn the long run, Ms. Roe said, the camps will have to close."
    assert [(t, c) for t, c, _ in _said(text)] == [("In the long run, Ms. Roe said, the camps will have to close", "said")]


def test_a_trailing_tag_after_a_fronted_phrase_keeps_its_words():
    text = "The mayor spoke on Monday.\n\nSince the flood, the camps have grown crowded and dirty, the mayor told reporters."
    assert ("Since the flood, the camps have grown crowded and dirty", "told") in [(t, c) for t, c, _ in _said(text)]


# --- a subject and verb chain before a quoted predicate, the tag after ---------------------------


def test_a_subject_and_has_to_before_the_quotation_stay_with_it():
    text = ("The board met on Monday.\n\nOhio has to \"make certain that the damage from this flood is repaired "
            "and that we have a way to rebuild what was washed away,\" said Tom Reed, editor of the Dayton Ledger.")
    got = _said(text)
    assert len(got) == 1 and got[0][0].startswith("Ohio has to \"make certain") and got[0][2] == "Tom Reed"


def test_a_modal_before_the_quotation_stays_with_it():
    text = ("The board met on Monday.\n\nThe permit scheme will \"gain ground among farmers in the valley and in "
            "the hills to the north,\" said Jane Roe, the deputy secretary.")
    got = _said(text)
    assert len(got) == 1 and got[0][0].startswith("The permit scheme will \"gain ground")


def test_a_clause_and_a_conjunction_before_a_quotation_leave_it_a_direct_quote():
    text = ("The board met on Monday.\n\nThe storm hit hard, and \"we have a way to rebuild what was washed away "
            "in the valley and the hills,\" said Tom Reed, editor of the Dayton Ledger.")
    assert [(t, k) for t, k, _ in _said(text)] == [
        ("we have a way to rebuild what was washed away in the valley and the hills", "said")]


# --- a leading cue, the clause's subject and verb before a quoted predicate ----------------------


def test_saying_it_is_keeps_the_subject_of_the_quoted_predicate():
    text = ("The bank spoke on Friday.\n\nFitch cut its rating for Northwind Energy, which owns half of the "
            "pipeline, to negative from stable, saying it is \"exposed to heavy repair bills and lawsuits over the leak.\"")
    got = _said(text)
    assert [(t, c) for t, c, _ in got] == [
        ("it is \"exposed to heavy repair bills and lawsuits over the leak.\"", "saying")]


def test_said_the_levy_was_keeps_the_subject_of_the_quoted_predicate():
    text = ("The bank spoke on Friday.\n\nMs. Roe said the levy was \"a disaster for every small farm in the "
            "valley and the hills.\"")
    got = _said(text)
    assert [(t, c) for t, c, _ in got] == [
        ("the levy was \"a disaster for every small farm in the valley and the hills.\"", "said")]


def test_a_whole_quoted_sentence_after_said_stays_direct():
    text = ("The bank spoke on Friday.\n\nMs. Roe said: \"The levy was a disaster for every small farm in the "
            "valley and the hills.\"")
    got = _said(text)
    assert [(t, c) for t, c, _ in got] == [
        ("The levy was a disaster for every small farm in the valley and the hills.", "said")]


# --- a scene come upon, not words ------------------------------------------------------------


def test_found_a_noun_and_a_participle_is_a_scene_not_a_statement():
    text = "The charity spoke on Monday.\n\nPolice later found the missing boy hiding in a barn near the farm."
    assert all(cue != "found" for _, cue, _ in _said(text))


def test_finding_children_separated_is_a_scene_not_a_statement():
    text = ("The charity spoke on Monday.\n\nAid workers in Chad are worried for the young as they find many more "
            "children separated from their families.")
    assert all(cue != "find" for _, cue, _ in _said(text))


def test_found_that_a_clause_stays_a_finding():
    text = "The charity spoke on Monday.\n\nInvestigators found that the crew had ignored the alarms for an hour."
    assert ("that the crew had ignored the alarms for an hour", "found") in [(t, c) for t, c, _ in _said(text)]


def test_found_a_finite_clause_stays_a_finding():
    text = "The charity spoke on Monday.\n\nThe inquiry found the crew ignored the alarms for an hour."
    assert ("the crew ignored the alarms for an hour", "found") in [(t, c) for t, c, _ in _said(text)]
