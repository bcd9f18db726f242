"""Review of round forty-nine, item 4 (quotes._according_frame): a cueless first-person
quotation framed by "according to <a document>" is the words of someone the document quotes,
not the document's own (a report cannot say "I"): left open, as before the round. Invented
texts; the frame's own targets (a person, a body, a document in the third person) still fire."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _speaker_of(a, q):
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text


def _quote(text: str, part: str):
    a = quoted_analysis(text)
    qs = [q for q in a.quotes if part in q.text]
    assert len(qs) == 1
    return a, qs[0]


def test_first_person_singular_after_according_to_a_police_file_stays_open():
    text = ("Jon Hale told officers he had stayed in all night. \u201cI never went out to the car,\u201d "
            "according to the police file.\n")
    a, q = _quote(text, "never went out")
    assert q.speaker_mention is None and not q.speaker_text


def test_first_person_after_according_to_a_call_summary_stays_open():
    text = ("The prime minister called the governor on June 3. \u201cI need you to help us on this one,\u201d "
            "according to a summary released by the cabinet office.\n")
    a, q = _quote(text, "help us on this one")
    assert q.speaker_mention is None and not q.speaker_text


def test_first_person_plural_after_according_to_a_statement_stays_open():
    text = ("The union's office released a statement late on Monday.\n\n\u201cOur members have been patient "
            "for too long,\u201d according to the statement.\n")
    a, q = _quote(text, "Our members")
    assert q.speaker_mention is None and not q.speaker_text


def test_first_person_before_a_transcript_frame_stays_open():
    text = ("The hearing ran late. According to the court transcript, \u201cI did not see the gun.\u201d\n")
    a, q = _quote(text, "did not see the gun")
    assert q.speaker_mention is None and not q.speaker_text


def test_a_third_person_quotation_from_a_report_keeps_its_frame_twin():
    text = ("Inspectors visited the plant twice. \u201cThe site failed basic checks,\u201d according to the "
            "inspection report.\n")
    a, q = _quote(text, "failed basic checks")
    assert _speaker_of(a, q) is not None and "report" in _speaker_of(a, q)


def test_a_first_person_quotation_from_a_person_keeps_its_frame_twin():
    text = "The mill closed in May. \u201cI never saw it coming,\u201d according to Jane Roe.\n"
    a, q = _quote(text, "never saw it coming")
    assert _speaker_of(a, q) == "Jane Roe"


def test_a_first_person_quotation_from_police_keeps_its_frame_twin():
    text = "The road reopened at noon. \u201cWe have cleared the area,\u201d according to police.\n"
    a, q = _quote(text, "cleared the area")
    assert _speaker_of(a, q) is not None and "police" in _speaker_of(a, q).lower()
