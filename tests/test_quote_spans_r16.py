"""Quotes: reported spans cut short or opened by page furniture (issue 18, round sixteen, 18v):
a second "that" clause of the same cue across a broken parse, a live page's time stamp opening
the content.

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str) -> list[tuple[str, str | None]]:
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return [(q.text, q.speaker_text) for q in a.quotes]


# --- a second "that" clause of the same cue, however the parse hung it -------------------


def test_a_second_that_clause_of_the_cue_is_kept_across_a_broken_parse():
    text = ("The flood was the worst in years.\n\nAddressing fears that help has been too slow to reach stranded "
            "families, Mr Doe said the situation on the ground was \"grim\", but that city crews were \"moving up "
            "quickly\".\n\n\"For those who have lost their homes, naturally, help can not arrive fast enough,\" Mr Doe "
            "said.\n\n\"But we are working day and night.\"")
    q = [t for t, _ in _quotes(text)]
    assert q[0] == "the situation on the ground was \"grim\", but that city crews were \"moving up quickly\""


def test_that_as_a_pronoun_after_and_is_no_second_clause():
    text = "The flood was the worst in years.\n\nMr Doe said the river had risen again, and that was the end of the road for the farms."
    assert [t for t, _ in _quotes(text)] == ["the river had risen again"]


# --- a live page's time stamp opening the content ---------------------------------------


def test_a_live_page_stamp_is_no_part_of_the_content():
    text = ("Storms hit the coast.\n\n1455 Former mayors Jane Roe and John Doe will help with the relief effort, "
            "city officials tell news agencies.\n\n1440 The river rose again overnight, residents say.\n\n"
            "1432 The port is closed, the harbour master says.")
    q = [t for t, _ in _quotes(text)]
    assert q[0] == "Former mayors Jane Roe and John Doe will help with the relief effort"
    assert "The port is closed" in q


def test_a_count_opening_a_paragraph_of_no_live_page_stays():
    text = "Storms hit the coast.\n\n1230 Former workers will get their jobs back, the union says."
    assert [t for t, _ in _quotes(text)] == ["1230 Former workers will get their jobs back"]


def test_a_second_that_clause_after_a_reported_cue_is_not_given_to_it():
    text = ("The inquiry was published on Tuesday.\n\nThe report says the adviser, Jane Roe, stated wrongly on "
            "television that most of the oil had \"gone\", and that the council blocked a request to publish the figures.")
    q = [t for t, _ in _quotes(text)]
    assert 'that most of the oil had "gone"' in q  # the adviser's "stated", cut where it was


def test_a_list_of_remarks_after_a_semicolon_is_not_joined():
    text = ("The chief was criticised.\n\nThe chief's past comments include:\" I want a holiday\"; asserting that "
            "the sea was\" a very big sea\"; and that \"the damage to the coast of this storm is likely to be very, "
            "very small\",.\n\nThe mayor was blunt.")
    assert 'that the sea was" a very big sea"' in [t for t, _ in _quotes(text)]
