"""Quotes: contents that are no statement, and spans taken whole (issue 18, round twelve).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str) -> list[tuple[str, str | None]]:
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return [(q.text, q.cue) for q in a.quotes]


def _cues(text: str) -> list[str | None]:
    return [cue for _, cue in _quotes(text)]


# --- not a statement: no quote -------------------------------------------------------


def test_refusing_to_confirm_says_nothing():
    text = "A fox was found on a quiet beach and a junior clerk refused to confirm the newspaper's fears."
    assert "refused" not in _cues(text)


def test_refusing_a_claim_is_still_read():
    assert _cues("A junior clerk refused to accept that the bridge was unsafe.") == ["refused"]


def test_whether_someone_knew_is_a_question():
    text = "Any ruling against Acme Corp could depend on whether the firms knew they were taking undue risks in the bay, lawyers said."
    assert _quotes(text) == [
        ("Any ruling against Acme Corp could depend on whether the firms knew they were taking undue risks in the bay", "said")]


def test_knowing_is_read_outside_a_question():
    assert _cues("Jane Roe knew the firms were taking undue risks in the bay.") == ["knew"]


def test_wrong_to_assume_is_no_belief():
    text = "Jane Roe said that it was wrong to assume that the cost would be eased by insurance."
    assert _cues(text) == ["said"]


def test_an_assumption_someone_made_is_read():
    assert _cues("Fitch assumed that the cost to Acme Corp would be eased by insurance.") == ["assumed"]


def test_a_cue_in_a_deed_inside_a_report_is_part_of_it():
    text = "Jane Roe said the rescuers were trying to find vehicles to evacuate injured people."
    assert _cues(text) == ["said"]


def test_an_infinitive_cue_outside_a_report_is_read():
    assert _cues("The firm wants to stress that the plant in Port Ellery is safe.") == ["stress"]


def test_a_subordinate_cue_takes_no_words_before_it():
    text = ("He said he had seen no police, adding that while people in the street were trying to help each other, "
            "they did not know where to go.")
    assert not any(t.startswith("He said") for t, _ in _quotes(text))


def test_a_trailing_tag_takes_the_words_before_it():
    assert _quotes("The roads into Port Ellery are closed, the police said.") == [
        ("The roads into Port Ellery are closed", "said")]


def test_discussing_names_a_topic():
    text = ("The new guidance asks parents to keep sick children at home.\n\nIt goes on to discuss closing the "
            "schools of Port Ellery and the cancellation of large public fairs.")
    assert "discuss" not in _cues(text)


def test_a_clause_said_about_a_topic_is_read():
    assert _cues("The guidance said that closing the schools of Port Ellery would slow the fever.") == ["said"]


def test_a_subject_before_according_to_is_no_statement():
    assert _quotes("The basic fine, according to the act, is $900 per tonne spilled.") == []


def test_a_sentence_before_according_to_is_read():
    assert _quotes("The fine rose to $900 per tonne last year, according to the act.") == [
        ("The fine rose to $900 per tonne last year", "according to")]


# --- spans taken whole ---------------------------------------------------------------


def test_content_stops_before_the_outer_tag():
    text = "The team feared the bridge was closed to traffic, the police said."
    assert ("the bridge was closed to traffic", "feared") in _quotes(text)


def test_the_subject_of_the_content_keeps_its_relative_clause():
    text = ("A Port Ellery Health Agency spokesman said the passenger who reported feeling unwell on a flight "
            "from Cancun had been sent home.")
    said = [t for t, cue in _quotes(text) if cue == "said"]
    assert said == ["the passenger who reported feeling unwell on a flight from Cancun had been sent home"]


def test_another_speakers_relative_clause_is_cut():
    text = "The agency said it was raising its alert, which Jane Roe said is a big step for the region."
    assert ("it was raising its alert", "said") in _quotes(text)


def test_an_interrupted_quotation_is_one_quote():
    text = ('We met Charles Brook, the official in charge of the camps.\n\n"We started work the day after the storm," '
            'he assures me, "the first camp will be open within days."\n\nI ask him where.')
    a = analyse_record(Record(source="x.txt", text=text))
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.text.startswith("We started work") and q.text.endswith("within days.")
    assert [a.document.text[x:y] for x, y in q.pieces] == [
        "We started work the day after the storm", "the first camp will be open within days."]


def test_two_quoted_sentences_stay_two_quotes():
    text = '"We started work the day after the storm," he says. "The camp is open now."'
    assert len([t for t, _ in _quotes(text)]) == 2


def test_a_source_with_a_clause_of_its_own_keeps_the_words_before():
    text = "This could present a problem, according to Jane Roe, who served for a decade as the senior attorney of Acme Corp."
    assert _quotes(text) == [("This could present a problem", "according to")]


def test_a_relative_clause_on_an_object_with_its_own_words_is_cut():
    text = "Jane Roe said the plan was opposed by critics who say the bridge is unsafe."
    assert ("the plan was opposed by critics", "said") in _quotes(text)


def test_a_relative_clause_on_the_subject_stays_in_the_content():
    text = "Jane Roe said the passenger who said he felt unwell had been sent home."
    assert ("the passenger who said he felt unwell had been sent home", "said") in _quotes(text)


def test_a_source_writing_somewhere_keeps_the_words_before():
    text = ("That spill from a ship killed more than 900 ducks in the bay, according to Jane Roe, of the Port Ellery "
            "Institute, writing in today's edition of a journal.")
    assert [cue for _, cue in _quotes(text)] == ["according to"]


def test_a_cue_joined_to_another_by_and_is_not_inside_its_report():
    text = "Jane Roe agreed with John Doe and seemed to think the outreach to the voters of Port Ellery was hollow."
    assert "think" in _cues(text)
