"""Round thirty-two: a verb of saying written inside a title is no cue (issue 18).

A song title ("... the video for I Bet You Look Good ...") gave a guitarist a quotation: its
"Bet" was read as the verb of saying. ``is_cue`` reads the token; the parse decides whether a
sentence reaches it at all, so the rule is tested on the token."""

from __future__ import annotations

from storyline import spacymodel
from storyline.analyse import quotes


def _token(text: str, word: str):
    doc = spacymodel.load()(text)
    return next(t for t in doc if t.text == word)


def test_a_verb_inside_a_title_run_is_no_cue():
    tok = _token("Ana Ruiz handed over the guitar she used in the video for I Bet You Sing Well Tonight.", "Bet")
    assert not quotes.is_cue(tok, mental=True)
    tok = _token("The paper ran the headline Acme Says Leak Slowing on its front page.", "Says")
    assert not quotes.is_cue(tok)


def test_twin_a_capitalised_cue_opening_a_sentence_stays_a_cue():
    assert quotes.is_cue(_token("Says Ana Ruiz: the leak has slowed.", "Says"))


def test_twin_a_lower_case_cue_mid_sentence_stays_a_cue():
    assert quotes.is_cue(_token("Ana Ruiz says The Times was wrong.", "says"))


def test_twin_a_capitalised_cue_after_a_number_stays_a_cue():
    assert quotes.is_cue(_token("Posted at 1646 Warns Mayor Roe: the river will rise.", "Warns"))
