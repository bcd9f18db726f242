"""Round forty-nine, the integrator's mends after the rebuilt seed-164 audit (each with a must-not-fire twin)."""

from storyline import pipeline
from storyline.types import Record


def _quotes(text: str):
    return pipeline.analyse_record(Record(source="t.txt", text=text)).quotes


def test_an_addressee_cue_with_its_own_about_phrase_reports_nothing_around_it():
    # the parse hangs the narration of a lost-stop paragraph on "asked Smith about the claims"
    text = (
        "The actor has faced new claims this month.\n\n"
        "Smith went silent when asked about the new allegations in an interview on the radio on Saturday "
        "In the interview, reporter Jane Doe asked Smith about the claims, but the veteran comic just "
        "silently shook his head. To stress the silence, Doe said, \"You're shaking your head no.\"\n"
    )
    quotes = _quotes(text)
    assert not any("went silent" in q.text for q in quotes)
    assert any(q.text.startswith("You're shaking") for q in quotes)


def test_an_addressee_cue_with_its_own_about_phrase_reports_nothing_around_it_twin():
    # the same cue with no topic phrase is still a tag set off around its content
    text = "The budget will be cut again next year, the minister told reporters on Monday, and the schools will pay.\n"
    quotes = _quotes(text)
    assert any("budget will be cut" in q.text and q.cue == "told" for q in quotes)
