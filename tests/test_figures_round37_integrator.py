"""Round thirty-seven, the integrator's figure mend (issue 20): a person's office, campaign or
administration that the quote stage named as a speaker ("Roe's office said") is no company a
figure's "the company's" stands for (the company named before it may be, or none); an
organisation named so still is. Texts written for the test."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _subject(text: str, figure: str):
    a = analyse_record(Record(source="x.txt", text=text))
    f = next(f for f in a.figures if f.text.startswith(figure))
    return a.mentions[f.subject_mention].text if f.subject_mention is not None else f.subject_text


def test_an_office_named_as_a_speaker_is_not_the_company():
    got = _subject("Acme Corp won the contract last year. Mayor Smith's office said the talks had gone well. "
                   "The company's stock has lost 40 percent of its value since the fire.", "40 percent")
    assert got != "Mayor Smith's office"


def test_twin_a_company_before_the_company_is_its_subject():
    assert _subject("Acme Corp said the talks had gone well. The company's stock has lost 40 percent "
                    "of its value since the fire.", "40 percent") == "Acme Corp"
