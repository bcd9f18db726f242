"""Quotes: a reported content that runs on into the reporter's contrast clause
(issue 18, round twenty, 18t).

Every text here is invented. The rule has cases where it fires and twins where it must not."""

from __future__ import annotations

from test_quote_contents import _quotes  # (text, cue) of each quote, spans checked against the text

# --- "said <content>, while <a named person> <did something>" ----------------------------------


def test_a_named_persons_deed_after_while_is_the_reporters_contrast():
    text = ("Acme Corp said its costly attempt to seal the leaking pipe was going to plan on Friday, "
            "while Governor Jane Roe fended off claims she had been too slow to act.")
    assert _quotes(text) == [("its costly attempt to seal the leaking pipe was going to plan on Friday", "said")]


def test_a_forecast_with_while_stays_whole():
    text = "The minister said prices would rise next year, while wages would stay flat."
    assert _quotes(text) == [("prices would rise next year, while wages would stay flat", "said")]


def test_a_named_persons_forecast_after_while_stays_whole():
    text = "The whip said Senator Tom Smith would vote for the bill, while Senator Pat Jones would abstain."
    assert _quotes(text) == [("Senator Tom Smith would vote for the bill, while Senator Pat Jones would abstain", "said")]


def test_two_past_deeds_joined_by_while_stay_whole():
    text = "The whip said Senator Tom Smith voted for the bill, while Senator Pat Jones abstained."
    assert _quotes(text) == [("Senator Tom Smith voted for the bill, while Senator Pat Jones abstained", "said")]
