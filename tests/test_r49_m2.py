"""Round forty-nine, mender m2: in-sample mends of the seed-164 audit (FNC-1 c005, c009, c022).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most).
"""

from __future__ import annotations

from pipeline_helpers import entity_names
from test_entities import resolve_entities

from storyline.pipeline import analyse_record
from storyline.types import Record


def _quotes(text: str):
    a = analyse_record(Record(source="x.txt", text=text))
    return a, a.quotes


def _cues(text: str) -> list[tuple[str, str]]:
    return [(q.text, (q.cue or "").lower()) for q in _quotes(text)[1]]


# --- c005 Q1, Q2: a past "thought" the writer narrates is no statement --------------------------------


def test_a_narrated_past_thought_is_no_statement():
    text = ("Wolf attack\n\nA fisherman had a lucky escape on Monday.\n\n"
            "Ivan, 42, thought he was a goner when the wolf jumped on him near the river.\n\n"
            "The man thought he was done for, but the wolf ran off.\n")
    assert not [c for c in _cues(text) if c[1] == "thought"]


def test_a_present_belief_and_a_reported_past_thought_stay():
    text = ("Wolf attack\n\nA fisherman had a lucky escape on Monday.\n\n"
            "Ivan believes the noise of his phone saved him.\n\n"
            "Ivan said he thought the wolf had gone back to the forest.\n")
    cues = _cues(text)
    assert any(c[1] == "believes" for c in cues)
    assert any("wolf had gone back" in c[0] for c in cues)


# --- c022 Q14: "The rumour would suggest that ...", the writer's hedged inference --------------------


def test_a_modal_inference_of_a_thing_is_no_statement():
    text = ("Deal talk\n\nAcme bought Zenith for $3 billion in May.\n\n"
            "The rumor would suggest that the purchase was really about the hardware side of the business.\n")
    assert not [c for c in _cues(text) if c[1] == "suggest"]


def test_a_plain_inference_verb_and_a_speaking_subject_stay():
    text = ("Deal talk\n\nAcme bought Zenith for $3 billion in May.\n\n"
            "The report suggests that the purchase was really about the hardware side of the business.\n\n"
            "Analysts would suggest that the price was too high, Reuters reported.\n")
    cues = _cues(text)
    assert any(c[1] == "suggests" for c in cues)
    assert any("price was too high" in c[0] for c in cues)


# --- c009 Q6, c022 Q4: a quoted noun phrase as a verb's subject is no statement ---------------------


def test_a_quoted_subject_is_no_statement():
    text = ("Split plan\n\nAcme is set to split in two, the Journal reported.\n\n"
            '"Sources familiar with the matter" tell the paper that the chief executive will become chairman.\n\n'
            "The device also has a neat feature. \"The playlist\" lets users pick songs based on their mood.\n")
    quoted = [q.text for q in _quotes(text)[1] if q.kind == "direct"]
    assert "Sources familiar with the matter" not in quoted and "The playlist" not in quoted
    # the sources' words are still their quote
    assert any("will become chairman" in q.text for q in _quotes(text)[1])


def test_a_quoted_sentence_and_the_subject_of_be_stay():
    text = ("Split plan\n\nAcme is set to split in two.\n\n"
            '"We will win the vote" lifted the room, said Jane Roe, the chief executive.\n\n'
            '"No comment at all" was the reply of the spokesman.\n')
    assert any(q.kind == "direct" and q.text.startswith("We will win") for q in _quotes(text)[1])


# --- c009 Q10: "according to industry research firm IDC": the firm named in apposition ---------------


def _speaker_name(a, q) -> str | None:
    if q.speaker_mention is not None:
        return a.mentions[q.speaker_mention].text
    if q.antecedent_mention is not None:
        return a.mentions[q.antecedent_mention].text
    return None


def test_an_organisation_noun_with_a_name_in_apposition_is_that_name():
    text = ("PC makers\n\nAcme shares fell on Monday.\n\n"
            "Last year, Acme lost its place as the largest maker by shipments, slipping to No. 2 behind "
            "China's Zenith Group Ltd, according to industry research firm IDC.\n")
    a, qs = _quotes(text)
    q = next(q for q in qs if "largest maker" in q.text)
    assert _speaker_name(a, q) == "IDC"


def test_an_organisation_noun_alone_still_reads_the_firm_named_before():
    text = ("PC makers\n\nZenith Group Ltd said on Monday that sales rose.\n\n"
            "Sales in China rose 5 percent, according to the company.\n")
    a, qs = _quotes(text)
    q = next(q for q in qs if "rose 5 percent" in q.text)
    assert _speaker_name(a, q) != "IDC"
    assert "apposition" not in (q.speaker_evidence or "")


# --- c009 Q2, F8: a name given to a part or a spin-off is not the parent ----------------------------


def _entities(*texts: str) -> dict[str, str]:
    return entity_names(*texts)


def test_a_name_given_to_a_spun_off_business_is_not_the_parent():
    got = _entities(
        "Acme to split\n\nAcme said on Monday it would split into two companies by next year.\n\n"
        "The printer business will use the name Acme Inc. and be led by Jane Roe.\n\n"
        "Acme said the split would be complete by October.\n",
        "Acme split\n\nJane Roe will run Acme's printer business, Acme Inc, after the split.\n\n"
        "Acme said its profit rose.\n")
    assert got["Acme"] != got["Acme Inc."]
    assert got["Acme"] == "Acme"


def test_a_legal_form_still_joins_its_company_when_no_text_gives_the_name():
    got = _entities(
        "Acme results\n\nAcme Inc. said on Monday its profit rose by a third.\n\n"
        "Acme said sales of printers were strong.\n",
        "Acme results\n\nAcme said its profit rose.\n")
    assert got["Acme"] == got["Acme Inc."]


def test_an_acronym_used_before_a_name_with_its_initials_does_not_join_it():
    # "HP plans to split ... contacted by The Huffington Post": the capitals come first
    got = resolve_entities([("HP", "ORG"), ("Huffington Post", "ORG")], [("HP", "ORG")])
    assert got[("d0", 0)].id != got[("d0", 1)].id
    assert got[("d0", 0)].name == "HP"
    # twin: the name spelt out first, then its capitals, joins
    got = resolve_entities([("Haiti Relief Fund", "ORG"), ("HRF", "ORG")], [("HRF", "ORG")])
    assert got[("d0", 0)].id == got[("d0", 1)].id == got[("d1", 0)].id


def test_an_acronym_written_first_still_joins_a_name_that_is_no_outlet():
    # "IBM is planning cuts ... adopted the name International Business Machines in 1924"
    got = resolve_entities([("IBM", "ORG"), ("International Business Machines", "ORG")], [("IBM", "ORG")])
    assert got[("d0", 0)].id == got[("d0", 1)].id == got[("d1", 0)].id
