"""Round forty-four's review: inputs a read-only reviewer invented that the round's new rules
misfired on, each now left as the base left it (or read right). Texts written for the test."""

from __future__ import annotations

from storyline.analyse import quantities
from storyline.clean import clean_record
from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    an = analyse_record(Record(source="t.txt", text=text))
    t = an.document.text

    def who(q):
        k = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
        return None if k is None else (t[an.mentions[k].start : an.mentions[k].end], an.mentions[k].label)
    return [(q.text, who(q)) for q in an.quotes]


def test_a_scale_written_once_is_not_given_to_a_low_end_it_would_lift_above_the_high():
    qs = quantities.parse("Under the new law, the fine is at least $500 and up to $1 million for each offence.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("range", 500, 1_000_000)]
    qs = quantities.parse("It could cost at least 3 and up to 5 billion dollars.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("range", 3e9, 5e9)]


def test_a_personal_assistant_after_a_possessive_is_no_outlet():
    qs = _quotes("The minister was not at the meeting on Tuesday.\n\nHis PA said the minister would return on Friday.")
    assert not any(w is not None and w[0] == "PA" for _, w in qs)


def test_a_cued_outlet_name_the_tagger_read_as_a_person_stays_a_person():
    qs = _quotes('Mayor Bloomberg unveiled a new plan for the city\'s parks on Monday.\n\n'
                 '"This is about our children," Bloomberg said at a news conference in Queens.')
    assert any(w == ("Bloomberg", "PERSON") for _, w in qs)


def test_a_cued_outlet_name_after_a_colon_or_a_quotation_mark_is_no_outlet():
    qs = _quotes("The survey was clear about one thing: People said they were worried about rising bills.")
    assert not any(w is not None and w[0] == "People" for _, w in qs)
    an = analyse_record(Record(source="t.txt", text='"People say nothing will change," one resident said.'))
    assert not any(an.document.text[m.start : m.end] == "People" and m.label == "ORG" for m in an.mentions)


def test_twin_a_cued_outlet_in_a_credit_shape_still_speaks():
    qs = _quotes("The Mirror reported that the singer had left the band.")
    assert any(w == ("Mirror", "ORG") for _, w in qs)


def test_words_the_lead_s_subject_remembers_or_keeps_are_not_theirs():
    for lead in ("Roe remembered the doctor's warning:", "Roe keeps a motto from her late mother on the wall:",
                 "Roe smiled at the memory of the letter:"):
        qs = _quotes(f'Jane Roe has run the shelter since 2010.\n\n{lead} "Nobody is turned away."')
        assert not any(w is not None and w[0] in ("Roe", "Jane Roe") for _, w in qs), lead


def test_twin_an_answer_the_lead_s_subject_gives_is_theirs():
    qs = _quotes('Mayor Sarah Lindqvist gave a short answer: "We will rebuild the bridge."')
    assert any(w is not None and w[0] == "Sarah Lindqvist" for _, w in qs)


def test_an_unnamed_woman_two_paragraphs_up_keeps_she_open():
    text = ("Jane Roe, 34, lost her home when the river rose last week.\n\n"
            "The river burst its banks on Sunday after two days of rain. Hundreds of homes were flooded.\n\n"
            "The town's mayor, a mother of three, visited the street on Tuesday. She promised new defences. "
            "Work will start in May.\n\n"
            "The defences will cost $3 million. The money will come from the state. Engineers have drawn up plans.\n\n"
            '"We are doing all we can," she told reporters.')
    qs = _quotes(text)
    assert not any(q.startswith("We are doing") and w is not None and w[0] == "Jane Roe" for q, w in qs)


def test_a_service_line_under_a_one_word_question_stays():
    fill = "The council voted on Monday to close the bridge. Engineers found cracks in two of its supports."
    line = "Worried? The council has set up a helpline for residents (0800 123 456)"
    d = clean_record(Record(source="t.txt", text=f"{fill}\n\n{line}\n\nThe bridge will be closed for a month.\n"))
    assert line in d.text
