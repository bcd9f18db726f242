"""Round fifty, engineer e3 (issue 20 and the entity names that feed speakers).

Each rule has a test that fires and a must-not-fire twin, on short texts written for the
test (a name or a figure like the census's at most).
"""

from __future__ import annotations

from pipeline_helpers import entity_names

from storyline.analyse import names
from storyline.pipeline import analyse_record
from storyline.types import Record


def _entities(*texts: str) -> dict[str, str]:
    return entity_names(*texts)


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


# --- 1. a company word after a name makes another company ---------------------------------------------


def test_a_sister_company_word_does_not_extend_a_name():
    assert not names.extends_org("acme", "acme enterprise")
    assert not names.extends_org("acme", "acme bank")
    # twin: a first word standing for the full name is still read so
    assert names.extends_org("northrop", "northrop grumman")


def test_a_company_and_its_spin_off_stay_two_entities():
    got = _entities(
        "Split\n\nHewlett-Packard said on Monday it would split in two by next year.\n\n"
        "The services business will be called Hewlett-Packard Enterprise.\n\n"
        "Hewlett-Packard Co. shares rose 4 percent.\n")
    assert got["Hewlett-Packard Co."] != got["Hewlett-Packard Enterprise"]


def _ref(text: str, short: str) -> str | None:
    a = _analyse(text)
    m = next(m for m in a.mentions if m.text == short)
    return a.mentions[m.context.ref].text if m.context.ref is not None else None


def test_a_name_is_not_the_first_words_of_its_bank():
    assert _ref("Bank deal\n\nShares of Goldman Sachs Bank rose on Monday.\n\n"
                "Goldman Sachs said the work would start in May.\n", "Goldman Sachs") is None


def test_a_first_word_short_form_still_joins_its_company():
    # twin: "Goldman" after "Goldman Sachs" is the same company
    assert _ref("Bank deal\n\nShares of Goldman Sachs rose on Monday.\n\n"
                "Goldman said the work would start in May.\n", "Goldman") == "Goldman Sachs"


# --- 2. a person's name the tagger typed a place, a firm or a building ---------------------------------


def test_a_mistyped_name_in_apposition_to_a_title_is_a_person():
    a = _analyse("Health\n\nThe Scottish health secretary, Nicola Sturgeon, said the pair were improving.\n")
    m = next(m for m in a.mentions if m.text == "Nicola Sturgeon")
    assert m.label == "PERSON"
    if m.context.ner_label is not None:  # the tagger's slip this rule mends (spaCy types it ORG)
        assert "read as a person" in (m.context.label_evidence or "")
        q = a.quotes[0]
        assert "typed ORG by the tagger" in (q.speaker_evidence or "")


_DICKINSON = ("Cosby claims\n\nA gossip site shared the news that Janice Dickinson is revealing that the actor "
              "harassed her too. She says that it happened in 1982.\n")


def test_a_mistyped_speaker_whose_surname_is_a_person_elsewhere_is_one():
    a = _analyse(_DICKINSON + "\nDickinson is a former model.\n")
    m = next(m for m in a.mentions if m.text == "Janice Dickinson")
    assert m.label == "PERSON"
    she = next(q for q in a.quotes if q.text.startswith("that it happened"))
    assert she.speaker_confidence and a.mentions[she.antecedent_mention].text == "Janice Dickinson"


def test_a_mistyped_name_with_nothing_else_to_say_person_is_left_as_typed():
    # twin: the same text without the surname typed a person elsewhere: the "she" stays open
    a = _analyse(_DICKINSON)
    for m in a.mentions:
        assert m.context.label_evidence is None
    she = next(q for q in a.quotes if q.text.startswith("that it happened"))
    assert not she.speaker_confidence


def test_a_firm_named_after_people_stays_a_firm():
    # twin: no title beside it and no person of that surname in the text
    a = _analyse("Bank results\n\nMorgan Stanley said on Monday that its profit rose by a third.\n\n"
                 "The bank said trading was strong.\n")
    assert all(m.context.label_evidence is None for m in a.mentions)
    # nor a name with a place's or an organisation's word ("Nicola Sturgeon Hall" is a hall)
    a = _analyse("Health\n\nIn Edinburgh, Nicola Sturgeon Hall said the pair were improving.\n")
    assert all(m.context.label_evidence is None for m in a.mentions)


# --- 3. the whole of an apposed share is not the amount's subject ---------------------------------------


def _figure(text: str, fig: str):
    a = _analyse(text)
    f = next(f for f in a.figures if f.text == fig)
    subject = f.subject_text or (a.mentions[f.subject_mention].text if f.subject_mention is not None else None)
    return f, subject


def test_the_owner_of_an_apposed_shares_whole_is_no_subject():
    f, subject = _figure("Games\n\nIn fiscal 2019, the games unit, as it is called, took in $12.4 billion in sales, "
                         "about half the Seattle company's total.\n", "$12.4 billion")
    assert subject is None or "Seattle" not in subject
    assert f.measure == "sales"


def test_the_clause_subject_still_owns_an_amount_with_a_change_after_it():
    # twin: a comma-set change holds no share word's whole; the subject stays
    _f, subject = _figure("Games\n\nMicrosoft took in $12.4 billion in sales, up 4 percent.\n", "$12.4 billion")
    assert subject == "Microsoft"


# --- 4. shares a verb moves up or down by the figure: their price ---------------------------------------


def test_shares_pushed_up_by_a_percentage_measure_their_price():
    f, _subject = _figure("Deal\n\nAcme said it would split in two on Monday.\n\n"
                          "Shareholders rewarded the plan, pushing the company's shares up about 7.5% that day.\n",
                          "about 7.5%")
    assert f.measure == "share price"


def test_a_holding_pushed_up_to_a_share_is_no_price():
    # twin: the object is no traded instrument ("its holding of shares"): no price is read
    f, _subject = _figure("Deal\n\nThe fund pushed its holding of shares up to 5%.\n", "up to 5%")
    assert f.measure != "share price"
