"""Round thirty-seven, the integrator's in-sample mends (issue 18), each rule with a
must-not-fire twin: what a speaker refused or failed to say is no statement of theirs; the
object of "share" that the parse reads as the subject of the clause after it is no content; a name
after "a" under a modal is a person imagined, no speaker; a present cue under "before", "until",
"unless" or "if" is a saying not yet made; a he/she right after a quote whose
speaker is an unnamed "the author" goes on from that person, not from a name further back.
The texts are invented."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _texts(a) -> list[str]:
    return [q.text for q in a.quotes]


def _quote(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, _texts(a)
    return hits[0]


def _who(a, q) -> str | None:
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None


def test_what_a_speaker_refused_to_admit_is_no_statement():
    a = _analyse("Mr. Roe refused to admit that he had lied to the committee.")
    assert not any("he had lied" in t for t in _texts(a))


def test_what_a_speaker_failed_to_mention_is_no_statement():
    a = _analyse("Ms. Roe failed to mention the strike at the plant that closed it for a week.")
    assert not any("the strike" in t for t in _texts(a))


def test_twin_an_admission_and_a_mention_stay():
    a = _analyse("Mr. Roe admitted that he had lied to the committee. "
                 "Ms. Roe mentioned the strike at the plant that closed it for a week.")
    assert _who(a, _quote(a, "that he had lied")) == "Roe"
    assert _who(a, _quote(a, "the strike")) == "Roe"


def test_twin_a_negated_failure_says_it_after_all():
    a = _analyse("Ms. Roe did not fail to mention that the plant had closed.")
    assert _who(a, _quote(a, "that the plant had closed")) == "Roe"


def test_a_name_after_a_under_a_modal_is_imagined():
    a = _analyse("It's a plan a President Smith could actually hope to see work. It is prudent.")
    assert not any(t.startswith("to see") for t in _texts(a))


def test_twin_a_named_person_under_a_modal_and_an_unknown_mr_stay():
    a = _analyse("President Smith could hope to see it work. A Mr. Roe told the police that he saw the car.")
    assert _who(a, _quote(a, "to see it work")) == "Smith"
    assert _who(a, _quote(a, "that he saw the car")) == "Roe"


_BOOK = ("A former guard has written a memoir about the temper of Jane Roe during her years in the mansion. "
         "A news site has printed a passage from the memoir. There the author wrote, "
         "\"The governor had a short fuse.\"\n\n")


def test_a_he_after_the_authors_quote_goes_on_from_the_author():
    a = _analyse(_BOOK + "He went on to say, \"Once she hurled a vase at an aide.\"")
    q = _quote(a, "Once she hurled")
    assert q.speaker_mention is None and q.speaker_confidence == 0.0
    assert "the author" in (q.speaker_evidence or "")


def test_twin_a_named_writer_after_the_authors_quote_is_the_speaker():
    a = _analyse(_BOOK + "John Doe went on to say, \"Once she hurled a vase at an aide.\"")
    assert _who(a, _quote(a, "Once she hurled")) == "John Doe"


def test_the_object_of_share_read_as_a_clause_subject_is_no_statement():
    a = _analyse("Ms. Roe is one of our best leaders. Every day she shares her message is a fine day for the party, "
                 "and we hope she keeps at it.")
    assert not any(t.startswith("her message") for t in _texts(a))


def test_twin_a_subject_hung_on_say_and_a_plain_share_stay():
    a = _analyse("Witnesses say a school near the capital, Port Ellery, has collapsed. "
                 "She shared she had been ill for months.")
    assert any(t.startswith("a school near the capital") for t in _texts(a))
    assert any(t.startswith("she had been ill") for t in _texts(a))


def test_a_saying_not_yet_made_is_no_statement():
    a = _analyse("It is only days before the agency announces that the plant will close.")
    assert not any("plant will close" in t for t in _texts(a))
    a = _analyse("Unless Ms. Roe says that the plant will stay open, workers will leave.")
    assert not any("stay open" in t for t in _texts(a))


def test_twin_a_saying_before_another_act_in_the_past_stays():
    a = _analyse("Mr. Doe paused before he said that the plant would close.")
    assert any("the plant would close" in t for t in _texts(a))
