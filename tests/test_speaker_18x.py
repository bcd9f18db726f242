"""Wrong speakers of the held-out seed-23 audit (issue 18, round twelve, 18x): a participle
whose noun is the one asked or criticised, "the companies" given to one organisation, a
pronoun given to someone who was unavailable for comment, and a cueless quotation given to
a speaker paragraphs back when someone else is named in between.

Each rule has a test on a short invented text and a must-not-fire twin (bench/RESULTS.md,
round twelve, 18x)."""

from __future__ import annotations

from scenes import quote_starting as _quote
from scenes import who as _who

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- a participle: the one asked or criticised is not the speaker --------------------------


def test_a_place_criticised_for_something_is_not_the_critic():
    a = _analyse("Port Ellery opened a new clinic on Monday. Port Ellery, criticised for delaying school "
                 "closures during the flood in 2004, has shut the central market.")
    for q in a.quotes:
        assert _who(a, q) != "Port Ellery", (q.text, q.speaker_evidence)


def test_a_question_put_to_someone_is_not_their_statement():
    a = _analyse("Jane Roe attended the gala in Port Ellery on Sunday. Asked whether it was strange to attend "
                 "a party during the appeal, Roe replied: \"It is, but it helps us find donors.\"")
    # round twenty-five (25s): a question put to the subject is dropped as no statement of anyone
    # named (quotes._asked_of); 18x left it open. Either way it is never Roe's.
    qs = [q for q in a.quotes if q.text.startswith("whether it was strange")]
    assert all(_who(a, q) is None for q in qs), [q.speaker_evidence for q in qs]


def test_twin_one_who_asks_with_a_subject_is_the_speaker():
    a = _analyse("Jane Roe visited Port Ellery on Sunday. Roe asked whether the new clinic would open before winter.")
    assert _who(a, _quote(a, "whether the new clinic")) == "Jane Roe"


def _participle(text: str, word: str) -> bool:
    from storyline.analyse import quotes
    from storyline.analyse.nlp import load

    return quotes._target_participle(next(t for t in load()(text) if t.text == word))


def test_twin_one_who_criticises_the_council_is_no_participle():
    assert _participle("Port Ellery, criticised for delaying the closures, has shut the market.", "criticised")
    assert not _participle("Jane Roe, the mayor, criticised the council for delaying the closures.", "criticised")
    assert not _participle("\"Why now?\" asked Jane Roe.", "asked")
    assert not _participle("Roe said she was asked whether the plan was safe.", "asked")
    assert not _participle("Port Ellery leaders backed the plan, warning that the river would rise.", "warning")


# --- "the companies", "the company" and the news agency ----------------------------------


def test_the_companies_are_not_the_one_organisation_named_before():
    # (round thirty-nine: "the ban, which the companies say will cost jobs" is no longer a quote at
    # all, its subject lying outside the span, so the companies speak in a sentence of their own)
    a = _analyse("Three drilling firms sued the Port Ellery District Court over the ban. The lawsuit seeks to "
                 "reverse the ban. The companies say the ban will cost jobs.")
    q = _quote(a, "the ban will cost jobs")
    assert _who(a, q) is None and q.speaker_text == "The companies", q.speaker_evidence


def test_twin_the_company_is_the_one_organisation_named_before():
    a = _analyse("Acme Corp drills in the gulf. The company says the ban will cost jobs.")
    assert _who(a, _quote(a, "the ban will cost jobs")) == "Acme Corp"


# --- someone unavailable for comment -----------------------------------------------------


def test_she_is_not_the_woman_who_was_unavailable_for_comment():
    a = _analyse("Mary Doe, the headteacher, was unavailable for comment yesterday.\n\n"
                 "\"The first case is still under study,\" she said.")
    q = _quote(a, "The first case")
    assert _who(a, q) is None, q.speaker_evidence


def test_twin_she_is_the_woman_who_spoke_before():
    a = _analyse("Mary Doe, the headteacher, spoke to parents yesterday.\n\n"
                 "\"The first case is still under study,\" she said.")
    assert _who(a, _quote(a, "The first case")) == "Mary Doe"


# --- a cueless quotation paragraphs after its supposed speaker ----------------------------


def test_a_cueless_quote_after_someone_else_is_named_stays_open():
    a = _analyse("Jane Roe said: \"The storm was terrible.\"\n\nPrices rose in the market.\n\n"
                 "Tom Hale, an architect in Port Ellery, wrote a long blog post on Monday.\n\n"
                 "\"Bad building is the biggest danger after a storm.\"")
    q = _quote(a, "Bad building")
    assert _who(a, q) is None, q.speaker_evidence


def test_twin_a_cueless_quote_with_no_one_named_between_keeps_the_speaker():
    # no one else named between, and the speaker still in view (Roe named again): 18k (round
    # fourteen) keeps a carry over two paragraphs only then; with nothing between it opens
    a = _analyse("Jane Roe said: \"The storm was terrible.\"\n\nPrices rose in the market.\n\n"
                 "Roe watched the market fall sharply in the afternoon.\n\n"
                 "\"Bad building is the biggest danger after a storm.\"")
    assert _who(a, _quote(a, "Bad building")) == "Jane Roe"


def test_twin_a_patient_who_did_not_respond_to_a_drug_is_no_refusal():
    a = _analyse("Tom Hale, a spokesman for the clinic, said that a patient who did not respond to the drug "
                 "posed no risk.\n\n\"This is one case,\" he said.")
    assert "no words" not in (_quote(a, "This is one case").speaker_evidence or "")


def test_twin_a_name_inside_the_speakers_own_report_does_not_end_the_run():
    a = _analyse("Jane Roe said: \"The storm was terrible.\"\n\nPrices rose in the market.\n\n"
                 "Roe says that Acme Corp was slow to send boats.\n\n"
                 "\"Bad building is the biggest danger after a storm.\"")
    assert _who(a, _quote(a, "Bad building")) == "Jane Roe"
