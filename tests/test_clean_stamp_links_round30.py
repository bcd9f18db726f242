"""Round thirty (issue 16): the link label a page sets beside its "last updated" stamp
(the BBC's "Help"), run into the lead, is cut with the stamp; each case has a twin that
must stay. Texts are invented."""
from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


HEAD = "Ferry line to resume sailings\n\n3 March 2011 Last updated at 09:12 GMT "
TAIL = "\n\nThe repairs cost more than the council had expected, a spokesman said."


def test_help_label_after_a_stamp_is_cut():
    d = _clean(HEAD + "Help The ferry operator said on Thursday that sailings would resume next week." + TAIL)
    assert d.text.startswith("The ferry operator said on Thursday")
    assert any(r.reason.startswith("links:") and r.text == "Help" for r in d.removed)
    assert d.dateline is not None and d.dateline.time == "09:12"


def test_help_opening_a_sentence_after_a_stamp_stays():
    d = _clean(HEAD + "Help is on its way for stranded passengers, the ferry operator said on Thursday." + TAIL)
    assert d.text.startswith("Help is on its way for stranded passengers")
    assert not any(r.reason.startswith("links:") for r in d.removed)


def test_help_with_no_stamp_before_it_stays():
    d = _clean("Help The Aged said on Thursday that winter fuel payments should rise by a fifth." + TAIL)
    assert d.text.startswith("Help The Aged said on Thursday")
    assert not any(r.reason.startswith("links:") for r in d.removed)


def test_help_after_a_date_with_no_clock_time_stays():
    d = _clean("Ferry line to resume sailings\n\nThursday, March 3, 2011 Help The Aged said winter fuel payments "
               "should rise by a fifth." + TAIL)
    assert "Help The Aged said" in d.text
    assert not any(r.reason.startswith("links:") for r in d.removed)
