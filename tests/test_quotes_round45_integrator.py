"""Round forty-five, integrator (in-sample, seed 160): a verb of coming upon with a noun and a
"to"-infinitive ("couldn't find anyone to play the part") is a search, no quote (usa-today Q39);
twins keep findings. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quote_texts(text: str) -> list[str]:
    return [q.text for q in analyse_record(Record(source="t.txt", text=text)).quotes]


@pytest.mark.parametrize("text", [
    "The harbour board met on Monday. Unfortunately, the Greens couldn't find anyone to play the role of Mayor Jane Roe in their pageant.",
    "The harbour board met on Monday. Sadly, the Greens couldn't find anyone to play the part of Mayor Jane Roe at the fair.",
])
def test_someone_sought_to_do_a_thing_is_no_quote(text):
    assert not any("to play the" in q for q in _quote_texts(text))


@pytest.mark.parametrize("text, words", [
    ("The harbour board met on Monday. The inquiry found the pilot to be at fault for the crash.", "to be at fault"),
    ("The harbour board met on Monday. The inquiry found that the pilot had ignored the alarms.", "the pilot had ignored"),
    ("The harbour board met on Monday. An inquiry found that decisions to cut costs and save time had caused the crash.",
     "decisions to cut costs"),
])
def test_twin_a_finding_stays_a_quote(text, words):
    assert any(words in q for q in _quote_texts(text))


# usa-today Q12: the content stopped before the last figure's percent sign ("... at 18")
def test_a_content_ending_on_a_percent_keeps_its_sign():
    qs = _quote_texts("The debate took place as a new survey showed Roe moving ahead of Lee in Ohio, 32%-25%, "
                      "while Park was at 18%. The survey gave her big leads.")
    assert any(q.endswith("at 18%") for q in qs)


def test_twin_a_content_still_ends_before_its_stop():
    qs = _quote_texts("The debate took place as a new survey showed that Park was at 18 percent. The survey gave her leads.")
    assert any(q.endswith("18 percent") for q in qs)
