"""Days the publication day must not fill (audit haiti_bbc 60-13, D54 published Wednesday
27 Jan 2010): a past "at the weekend" under a participle clause (V8), a bare "overnight"
beside another named day (V14), and "the afternoon" told of a day named before (V16)."""

from __future__ import annotations

import pytest

from storyline import schema
from storyline.pipeline import analyse_document

ANCHOR = "2010-01-27"  # a Wednesday


def _found(nlp, text: str, dct: str = ANCHOR) -> dict[str, str | None]:
    # the whole per-document stage: its sentences are the ones the time pass reads
    a = analyse_document(schema.Document(id="d", text=text, published=schema.Published(value=dct)), nlp)
    return {t.text: t.value for t in a.timexes}


@pytest.mark.parametrize(
    "text,value",
    [
        # a bare participle clause takes the tense of the clause it hangs on
        ("Lewis has scored the opening, laying down her vocals in a studio at the weekend.", "2010-W03-WE"),
        ("Lewis recorded her vocals at the weekend.", "2010-W03-WE"),
        # twins: a future or present clause looks ahead
        ("Lewis will record her vocals at the weekend.", "2010-W04-WE"),
        ("Lewis will sing the opening, laying down her vocals at the weekend.", "2010-W04-WE"),
        ("Lewis records her vocals at the weekend.", "2010-W04-WE"),
    ],
)
def test_the_weekend_follows_the_clause(nlp, text, value):
    assert _found(nlp, text).get("the weekend") == value


def test_a_tenseless_weekend_on_a_weekday_abstains(nlp):
    assert _found(nlp, "Vocals at the weekend.").get("the weekend") is None
    # twin: written on a Saturday, "the weekend" is that one whatever the tense
    assert _found(nlp, "Vocals at the weekend.", "2010-01-30").get("the weekend") == "2010-W04-WE"


def test_overnight_beside_another_day_abstains(nlp):
    found = _found(nlp, "On Monday it was the turn of Burke, who had come back overnight from a tour.")
    assert found.get("Monday") == "2010-01-25"
    assert "overnight" in found and found["overnight"] is None
    # twin: alone in its sentence it keeps the publication night
    assert _found(nlp, "Protesters gathered overnight in the capital.").get("overnight") == "2010-01-27TNI"


def test_the_afternoon_is_not_today(nlp):
    found = _found(nlp, "Tuesday began with Mika. So James spent the afternoon singing.")
    assert "afternoon" in found and found["afternoon"] is None
    # twin: no "the", no anaphora ("in afternoon trading" is the day's own)
    assert _found(nlp, "Shares fell in afternoon trading.").get("afternoon") == "2010-01-27TAF"
    # twin: "this afternoon" is today's
    assert _found(nlp, "James sang this afternoon.").get("this afternoon") == "2010-01-27TAF"


def test_abstentions_hold_when_the_story_stage_reanchors(nlp):
    # no date at analysis time: the story stage dates the document and resolves again
    from storyline.resolve.dating import reanchor

    text = "On Monday it was the turn of Burke, who had come back overnight from a tour. So James spent the afternoon singing."
    a = analyse_document(schema.Document(id="d", text=text), nlp)
    reanchor(a, schema.Published(value=ANCHOR))
    found = {t.text: t.value for t in a.timexes}
    assert found.get("Monday") == "2010-01-25"
    assert "overnight" in found and found["overnight"] is None
    assert found.get("afternoon", found.get("the afternoon")) is None
    # twin: re-anchored, a lone overnight takes the new date
    b = analyse_document(schema.Document(id="d", text="Protesters gathered overnight in the capital."), nlp)
    reanchor(b, schema.Published(value=ANCHOR))
    assert {t.text: t.value for t in b.timexes}.get("overnight") == "2010-01-27TNI"
