"""Round forty-four, issue 18: a he/she left open because the one person the document names
before it is further back than the scorer's window (speakers.sole_person_so_far). The rule
with its must-not-fire twins. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

_STORY = ("Margaret Olsen (not her real name) is a baker from Leeds.\n\n"
          "She runs a small shop near the station. She opened it four years ago. The shop sells bread and cakes. "
          "It is open every day but Sunday. The bread is baked at dawn. The cakes are made by hand.\n\n"
          "{}\n\n"
          "Thus far the shop has done well, and the queue is long. Prices have not gone up this year.\n\n"
          "The oven is old and it breaks often. Repairs cost a lot.\n\n"
          "She told the local paper: \u201cI would not change a thing about it.\u201d")


def _last(text: str):
    a = analysed(text)
    hits = [q for q in a.quotes if "change a thing" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_she_far_from_the_one_person_named_so_far_is_that_person():
    who, q = _last(_STORY.format("The town has grown around the shop over the years."))
    assert who == "Margaret Olsen", q.speaker_evidence


def test_a_second_person_named_before_keeps_it_open():
    # twin: another person (a man, so no rival of gender) is named: the rule stands aside
    who, q = _last(_STORY.format("The town's mayor, Tom Bright, has praised the shop in a speech."))
    assert who is None, q.speaker_evidence


def test_an_unnamed_woman_in_the_paragraph_before_keeps_it_open():
    # twin: "a neighbour" in the paragraph before could be the "she"
    text = _STORY.replace("Repairs cost a lot.", "A neighbour was at the counter on Monday.")
    who, q = _last(text.format("The town has grown around the shop over the years."))
    assert who is None, q.speaker_evidence


def test_a_he_for_the_one_woman_named_so_far_stays_open():
    # twin: the one person named is a woman, the pronoun a "he": someone else, unnamed
    who, q = _last(_STORY.format("The town has grown around the shop over the years.").replace("She told the local", "He told the local"))
    assert who is None, q.speaker_evidence


# --- _subject_lead: a colon lead-in whose one subject is a tagged person

_Q = "\u201cWe will rebuild the bridge before the winter comes, whatever it costs.\u201d"


def _bridge(lead: str):
    a = analysed("The old bridge over the river was closed on Monday after a flood.\n\n"
                 "Engineers spent the week on the banks.\n\n" + lead + "\n\n" + _Q)
    hits = [q for q in a.quotes if "rebuild the bridge" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_colon_lead_with_a_person_for_its_subject_gives_the_quotation_to_that_person():
    who, q = _bridge("At a meeting in the town hall, Mayor Sarah Lindqvist pleaded:")
    assert who == "Sarah Lindqvist", q.speaker_evidence
    assert "the lead-in" in (q.speaker_evidence or "")


def test_a_colon_lead_relaying_another_persons_message_stays_open():
    # twin: the subject reads out a message of someone else named in the lead
    who, q = _bridge("At a meeting in the town hall, Mayor Sarah Lindqvist read a message from Governor Paul Dempsey:")
    assert who != "Sarah Lindqvist", q.speaker_evidence


def test_a_passive_colon_lead_stays_open():
    # twin: "was asked": the words after are the question, not hers
    who, q = _bridge("At a meeting in the town hall, Mayor Sarah Lindqvist was asked:")
    assert who != "Sarah Lindqvist", q.speaker_evidence


def _inline(lead: str):
    a = analysed("The old bridge over the river was closed on Monday after a flood.\n\n"
                 "Engineers spent the week on the banks.\n\n" + lead + " " + _Q + " The work starts in May.")
    hits = [q for q in a.quotes if "rebuild the bridge" in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


def test_a_colon_lead_in_the_quotations_own_sentence_gives_it_to_the_subject():
    who, q = _inline("Mayor Sarah Lindqvist gave a short answer:")
    assert who == "Sarah Lindqvist", q.speaker_evidence
    assert "the lead-in" in (q.speaker_evidence or "")


def test_a_colon_lead_naming_another_person_stays_open():
    # twin: the answer was given to someone else named in the lead; the words may be either's
    who, q = _inline("Mayor Sarah Lindqvist gave a short answer to Governor Paul Dempsey:")
    assert "the lead-in" not in (q.speaker_evidence or ""), q.speaker_evidence
