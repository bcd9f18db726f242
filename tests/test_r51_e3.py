"""Round fifty-one, engineer e3 (issues 16 and 18): verbs of saying the cue lexicon missed
(checked against VerbNet's classes of saying), a web page's teaser line under a kicker in
capitals ("SHOCK: ...") that is no transcript turn, and a reader comment thread whose first
comments carry no stamp above the first "Posted by:" footer. Every rule has a test that
fires and a must-not-fire twin, each on a short invented text."""

from __future__ import annotations

import pytest
from pipeline_helpers import quoted_analysis

from storyline.analyse import quotes


def _speaker_of(text: str, part: str) -> str | None:
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if part in q.text]
    assert len(qs) == 1, [q.text for q in a.quotes]
    q = qs[0]
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text


# --- verbs of saying (data/reporting_verbs.txt, round fifty-one) ---

_ADDED = ["affirmed", "averred", "avowed", "blurted", "confessed", "confided", "divulged", "proclaimed",
          "reaffirmed", "grumbled", "griped", "groused", "bragged", "whined", "muttered", "murmured",
          "mumbled", "whispered", "shouted", "yelled", "stammered", "stuttered", "bellowed", "hollered",
          "exhorted", "scoffed", "sneered"]


@pytest.mark.parametrize("verb", _ADDED)
def test_added_verb_of_saying_gives_the_quote_its_speaker(verb):
    text = f"The council met on Tuesday.\n\n\"The bridge will never open on time,\" Marta Quillon {verb}.\n"
    name = _speaker_of(text, "bridge will never open")
    assert name is not None and "Quillon" in name, (verb, name)


@pytest.mark.parametrize("verb", ["exhorted", "scoffed"])
def test_added_verb_is_a_cue(verb):
    from storyline.analyse.quotes import cue_lemmas

    assert verb[:-2].rstrip("e") in {w.rstrip("e") for w in cue_lemmas()}


def test_left_out_manner_verb_is_no_cue_twin():
    # "gush" (manner of speaking in VerbNet, oil in news) stays out: no quote from it
    a = quoted_analysis("The council met on Tuesday.\n\nOil gushed that the well was broken for weeks.\n")
    assert not any("well was broken" in q.text for q in a.quotes), [q.text for q in a.quotes]
    assert "gush" not in quotes.cue_lemmas(mental=True)
