"""Issue 18, round thirty: the department of a title written after "of" run into the name
after it ("Secretary of the Interior Ken Salazar" came as the organisation "Interior Ken
Salazar", and the quote went to "Interior"). entities._after_portfolio cuts the department's
words (data/portfolio_words.txt) off the span, only right after "<title> of (the)"; twins keep
a department's own name and a title with no "of" before the span.
"""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def test_secretary_of_the_interior_is_the_person_not_the_department():
    a = _analyse("Secretary of the Interior Ken Salazar said the rig would stay shut. "
                 "\"We will not allow drilling until it is safe,\" he added.")
    assert "Interior Ken Salazar" not in [m.text for m in a.mentions]
    m = next(m for m in a.mentions if m.text == "Ken Salazar")
    assert m.label == "PERSON"


def test_said_secretary_of_the_interior_gives_the_quote_to_the_person():
    a = _analyse("\"We will not allow drilling until the well is safe,\" said Secretary of the Interior Ken Salazar.")
    assert _who(a, _quote(a, "We will not allow")) == "Ken Salazar"


def test_twin_a_department_s_own_name_keeps_its_words():
    a = _analyse("The State Department said on Monday that the talks were \"going well\" in Geneva.")
    assert "Interior" not in " ".join(m.text for m in a.mentions)
    assert any(m.text.startswith("State Department") for m in a.mentions), [m.text for m in a.mentions]


def test_twin_no_title_of_before_the_span_keeps_it():
    a = _analyse("The chief of Energy Partners Ltd said the plant would reopen in May, "
                 "and Energy Partners Ltd shares rose.")
    assert any(m.text == "Energy Partners Ltd" for m in a.mentions), [m.text for m in a.mentions]
