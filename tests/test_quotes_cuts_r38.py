"""A statement shown cut or run on, round thirty-eight (issue 18, cuts).

Shapes left on the seed-152 samples: a headline's teaser of a quotation clipped by an
ellipsis, which the body gives whole. Each rule with a twin that must stay as it was. Texts
written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="t.txt", text=text))
    return a, a.quotes


# a headline's clipped teaser of a quotation the body gives whole

def test_a_headline_teaser_the_body_repeats_whole_is_dropped():
    text = ("Mayor Hale Says Something Nobody Expected - ‘Never Lost A….’\n\n"
            "Mayor Tom Hale said on Monday that the flood plan “never lost a single house.”\n\n"
            "The council meets again in May.")
    _, qs = _quotes(text)
    assert not any("Lost A…" in q.text for q in qs)
    assert any("never lost a single house" in q.text for q in qs)


def test_a_clipped_headline_quotation_the_body_does_not_repeat_stays():
    # twin: the body never gives the words again, so the teaser is the only record of them
    text = ("Mayor Hale Says Something Nobody Expected - ‘We Never Lost A….’\n\n"
            "Mayor Tom Hale said on Monday that the flood plan had worked well.\n\n"
            "The council meets again in May.")
    _, qs = _quotes(text)
    assert any("We Never Lost A" in q.text for q in qs)


def test_a_body_quotation_trailing_off_stays_though_repeated():
    # twin: not in the headline; a speaker trailing off is the speaker's own way of saying it
    text = ("Flood plan holds\n\nThe river rose all night.\n\n"
            "\"We never lost a house...\" Hale said, and the crowd cheered.\n\n"
            "Later Hale repeated that we never lost a house in the town.")
    _, qs = _quotes(text)
    assert any(q.kind == "direct" and q.text.startswith("We never lost a house") for q in qs)
