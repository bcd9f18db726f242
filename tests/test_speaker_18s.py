"""A wrong speaker of the held-out seed-37 audit (issue 18, round fifteen, 18s): a "she said"
given to a name before a quotation opened with no punctuation after a clause (a caption run
into a paragraph: the words before the mark are not the quotation's sentence). The audit's
other item (a trailing "<content>, <title> <Name>, said") was tried and not shipped: it fired
on no Timeline17 text but its own (bench/RESULTS.md, round fifteen, 18s).

The rule has a test on a short invented text and must-not-fire twins."""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- a quotation opened right after a clause with no punctuation: a lost boundary ----------

_CLINIC = ("Dr Jane Roe of the Port Ellery clinic says many of those hurt in floods never reach care.\n\n"
           "Being trapped can lead to shock, she says.\n\nWhen the water drops, the body is unable to cope.\n\n")
_QUOTE = ("\"It causes great pain and people are in agony and need urgent care within hours,\" she said.\n\n"
          "Dr Roe says such cases are rare.")


def test_a_name_before_a_run_in_quotation_is_not_its_she():
    a = _analyse(_CLINIC + "Mary Poe spent nine days on the roof of her home " + _QUOTE)
    q = _quote(a, "It causes great pain")
    assert _who(a, q) in ("Jane Roe", None), q.speaker_evidence  # the doctor the passage is about, or open


def test_twin_a_stop_before_the_quotation_keeps_the_name_before():
    a = _analyse(_CLINIC + "Mary Poe spent nine days on the roof of her home. " + _QUOTE)
    q = _quote(a, "It causes great pain")
    assert _who(a, q) == "Mary Poe", q.speaker_evidence  # her own sentence just before: the scorer's to weigh


def _lost(text: str):
    from scenes import scene

    from storyline.analyse import quotes, speakers

    sdoc, sc = scene(text)
    sc.quoted = [(d.start, d.end) for d in quotes.find_direct(text)]
    she = [t for t in sdoc if t.lower_ == "she"][-1]
    return speakers.lost_boundary(sc, she)


def test_lost_boundary_only_without_punctuation_before_a_full_quotation():
    run_in = "Mary Poe spent nine days on the roof of her home \"It causes great pain and people need care within hours,\" she said."
    assert _lost(run_in) is not None
    assert _lost(run_in.replace("her home \"", "her home: \"")) is None  # a colon: a boundary kept
    assert _lost(run_in.replace("her home \"", "her home, \"")) is None  # a comma
    # a quoted fragment inside the sentence, in lower case, is that sentence's
    assert _lost("Mary Poe called the flood \"a disaster for everyone who lives along the river in town,\" she said.") is None
    assert _lost("Mary Poe called the flood \"A disaster,\" she said.") is None  # too short to be a sentence of its own

