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
    text = "The mayor was furious when a junior clerk refused to confirm the rumour about the harbour."
    assert "refused" not in _cues(text)


def test_refusing_a_claim_is_still_read():
    assert _cues("A junior clerk refused to accept that the bridge was unsafe.") == ["refused"]


def test_whether_someone_knew_is_a_question():
    text = "The outcome for Acme Corp may turn on whether the builders knew the dam was leaking, engineers said."
    assert _quotes(text) == [
        ("The outcome for Acme Corp may turn on whether the builders knew the dam was leaking", "said")]


def test_knowing_is_read_outside_a_question():
    assert _cues("Jane Roe knew the builders were cutting corners on the dam.") == ["knew"]


def test_wrong_to_assume_is_no_belief():
    text = "Jane Roe said that it was wrong to assume that the levy would cover the repairs."
    assert _cues(text) == ["said"]


def test_an_assumption_someone_made_is_read():
    assert _cues("The lender assumed that the levy would cover the repairs.") == ["assumed"]


def test_a_cue_in_a_deed_inside_a_report_is_part_of_it():
    text = "Jane Roe said the crews were trying to find boats to evacuate stranded families."
    assert _cues(text) == ["said"]


def test_an_infinitive_cue_outside_a_report_is_read():
    assert _cues("The firm wants to stress that the plant in Port Ellery is safe.") == ["stress"]


def test_a_subordinate_cue_takes_no_words_before_it():
    text = ("She said she had met no officials, adding that while neighbours on her street were sharing food, "
            "they did not know whom to call.")
    assert not any(t.startswith("She said") for t, _ in _quotes(text))


def test_a_trailing_tag_takes_the_words_before_it():
    assert _quotes("The roads into Port Ellery are closed, the police said.") == [
        ("The roads into Port Ellery are closed", "said")]


def test_discussing_names_a_topic():
    text = ("The leaflet asks parents to keep sick children at home.\n\nIt goes on to discuss shutting the "
            "Port Ellery libraries and calling off the summer fair.")
    assert "discuss" not in _cues(text)


def test_a_clause_said_about_a_topic_is_read():
    assert _cues("The leaflet said that shutting the Port Ellery libraries would save money.") == ["said"]


def test_a_subject_before_according_to_is_no_statement():
    assert _quotes("The standard levy, according to the statute, is $40 for each tonne of waste.") == []


def test_a_sentence_before_according_to_is_read():
    assert _quotes("The levy rose to $40 a tonne last year, according to the statute.") == [
        ("The levy rose to $40 a tonne last year", "according to")]


# --- spans taken whole ---------------------------------------------------------------


def test_content_stops_before_the_outer_tag():
    # a verb of saying inside the police's report ("feared", a state of mind, makes no quote
    # there at all: tests/test_speaker_r12.py)
    text = "The team warned the bridge was closed to traffic, the police said."
    assert ("the bridge was closed to traffic", "warned") in _quotes(text)


def test_the_subject_of_the_content_keeps_its_relative_clause():
    text = "A Port Ellery Transit spokesman said the driver who reported feeling dizzy on the night bus had gone home."
    said = [t for t, cue in _quotes(text) if cue == "said"]
    assert said == ["the driver who reported feeling dizzy on the night bus had gone home"]


def test_another_speakers_relative_clause_is_cut():
    text = "The agency said it was raising its alert, which Jane Roe said is a big step for the region."
    assert ("it was raising its alert", "said") in _quotes(text)


def test_an_interrupted_quotation_is_one_quote():
    text = ('We met Charles Brook, the engineer in charge of the bridge.\n\n"We began clearing the road on Monday," '
            'he assures me, "the bridge will reopen by the weekend."\n\nI ask him how.')
    a = analyse_record(Record(source="x.txt", text=text))
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.text.startswith("We began") and q.text.endswith("by the weekend.")
    assert [a.document.text[x:y] for x, y in q.pieces] == [
        "We began clearing the road on Monday", "the bridge will reopen by the weekend."]


def test_two_quoted_sentences_stay_two_pieces():
    # round thirty-three: a quotation tagged after its first sentence and going on in the same
    # paragraph is one statement (as across a paragraph break, _join_tagged_after), but its
    # second sentence is not read as the first one's going on: two pieces, the tag between
    text = '"We began clearing the road on Monday," he says. "The bridge is open now."'
    a = analyse_record(Record(source="x.txt", text=text))
    assert len(a.quotes) == 1
    t = a.document.text
    assert [t[x:y] for x, y in a.quotes[0].pieces] == ["We began clearing the road on Monday", "The bridge is open now."]


def test_a_source_with_a_clause_of_its_own_keeps_the_words_before():
    text = "That may slow the project, according to Jane Roe, who ran the Port Ellery planning office for a decade."
    assert _quotes(text) == [("That may slow the project", "according to")]


def test_a_relative_clause_on_an_object_with_its_own_words_is_cut():
    text = "Jane Roe said the plan was opposed by critics who say the bridge is unsafe."
    assert ("the plan was opposed by critics", "said") in _quotes(text)


def test_a_relative_clause_on_the_subject_stays_in_the_content():
    text = "Jane Roe said the driver who said he felt dizzy had been sent home."
    assert ("the driver who said he felt dizzy had been sent home", "said") in _quotes(text)


def test_a_source_writing_somewhere_keeps_the_words_before():
    text = ("The storm flattened more than 900 barns in the valley, according to Jane Roe, of the Port Ellery "
            "Farm Board, writing in this week's bulletin.")
    assert [cue for _, cue in _quotes(text)] == ["according to"]


def test_a_cue_joined_to_another_by_and_is_not_inside_its_report():
    text = "Jane Roe agreed with John Doe and seemed to think the new timetable for the ferries was a mistake."
    assert "think" in _cues(text)
