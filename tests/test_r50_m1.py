"""Round fifty, mender m1: in-sample mends of the seed-165 audit's wrong speakers
(FNC-1 c034 Q11, c037 Q2, c037 Q14).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

import pytest

from storyline.analyse import nlp as a_nlp
from storyline.analyse.entities import _link
from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _quote(text: str, start: str):
    a = analyse_record(Record(source="x.txt", text=text))
    q = next(q for q in a.quotes if q.text.startswith(start))
    name = a.mentions[q.speaker_mention].text if q.speaker_mention is not None else None
    ante = a.mentions[q.antecedent_mention].text if q.antecedent_mention is not None else None
    return q, name or ante


# --- c034 Q11: a relative "who" agrees in number with its verb ------------------------------------


def test_a_plural_who_after_nouns_for_a_company_is_not_the_company():
    text = ("Phone rumours\n\nThe report comes from Taiwan and quotes parts suppliers for Acme Corp, "
            "who claim that next year the company will unveil a smaller phone.\n\n"
            "Acme Corp declined to comment on the report.\n")
    q, who = _quote(text, "that next year")
    assert who is None and q.speaker_confidence == 0.0
    assert "agrees with 'suppliers'" in (q.speaker_evidence or "")


def test_twin_a_who_that_agrees_with_the_name_keeps_the_name():
    text = ("Phone rumours\n\nThe report comes from Taiwan and quotes a supplier for Jane Roe, "
            "who says that next year the company will unveil a smaller phone.\n\n"
            "Acme Corp declined to comment on the report.\n")
    q, _who = _quote(text, "that next year")
    assert "agrees with" not in (q.speaker_evidence or "")


def test_twin_a_past_verb_tells_no_number():
    from storyline.analyse.quotes import _finite_number

    nlp = a_nlp.load()
    doc = nlp("Suppliers for Acme, who said it, were there. Suppliers for Acme, who were told, left.")
    said = next(t for t in doc if t.lower_ == "said")
    told = next(t for t in doc if t.lower_ == "told")
    assert _finite_number(said) is None and _finite_number(told) == "Plur"


# --- c037 Q2: a he/she in first-person words is not the writer --------------------------------------


_NOTE = ("Teen's note\n\nMaisie Corwin, 17, left a long note on her blog before she died in Ohio.\n\n"
         "Some of the more painful parts of her note are as follows:\n\n"
         "\"When I was 14, I learned who I was. After years of confusion I finally understood. I immediately "
         "told my {kin}, and {pro} reacted badly, telling me that it was a phase, that I would never be happy, "
         "that I am wrong. If you are reading this, parents, please listen to your kids.\n\nThat is all I ask.\n")


def test_a_she_after_my_mom_in_a_first_person_note_is_not_the_writer():
    q, who = _quote(_NOTE.format(kin="mom", pro="she"), "that it was a phase")
    assert who != "Maisie Corwin" and q.speaker_text == "my mom" and q.speaker_confidence == 0.0


def test_twin_a_he_after_my_mother_is_not_hers():
    # "my mother" is no "he": the rule gives way to the scorer as before
    q, _who = _quote(_NOTE.format(kin="mother", pro="he"), "that it was a phase")
    assert q.speaker_text != "my mother"


def test_twin_my_brother_inside_the_quotation_is_not_the_he_of_its_tag():
    text = ("Ransom row\n\nJohn Foyle, the brother of a hostage, spoke to reporters on Monday.\n\n"
            "\"I was warned by officials about raising money for my brother,\" he said.\n")
    q, who = _quote(text, "I was warned")
    assert q.speaker_text != "my brother" and who == "John Foyle"


def test_twin_no_possessed_person_noun_leaves_the_scorer_its_pick():
    text = ("Teen's note\n\nMaisie Corwin, 17, left a long note on her blog before she died in Ohio.\n\n"
            "She told friends about the note, telling them that it was a phase and that she was fine.\n")
    q, who = _quote(text, "that it was a phase")
    assert "first-person writer" not in (q.speaker_evidence or "")


# --- c037 Q14: a bare surname NER typed ORG, beside two bearers of it ---------------------------------


def _mentions(sdoc, names: list[str], word: str) -> list[Mention]:
    """The full names typed PERSON and the bare ``word`` after a comma typed ORG, with their sentences."""
    text = sdoc.text
    starts = [s.start_char for s in sdoc.sents]

    def sent(at: int) -> int:
        return max(k for k, s in enumerate(starts) if s <= at)

    ms = []
    for n in names:
        a = text.index(n)
        ms.append(Mention(start=a, end=a + len(n), text=n, label="PERSON", sentence=sent(a)))
    b = text.index(", " + word + " ") + 2
    ms.append(Mention(start=b, end=b + len(word), text=word, label="ORG", sentence=sent(b)))
    return sorted(ms, key=lambda m: m.start)


def test_a_bare_surname_typed_org_is_the_bearer_named_before_it(nlp):
    text = ("Maisie Corwin left a note on her blog. In a second post, Corwin wrote that she was sorry. "
            "Her mother Joan Corwin posted a tribute.")
    sdoc = nlp(text)
    ms = _mentions(sdoc, ["Maisie Corwin", "Joan Corwin"], "Corwin")
    _link(sdoc, ms)
    bare = next(m for m in ms if m.text == "Corwin")
    assert bare.context.ref is not None and ms[bare.context.ref].text == "Maisie Corwin"
    assert bare.label == "PERSON"


def test_twin_two_bearers_named_before_it_leave_it_open(nlp):
    text = ("Maisie Corwin and her mother Joan Corwin left notes on a blog. In a second post, Corwin "
            "wrote that she was sorry.")
    sdoc = nlp(text)
    ms = _mentions(sdoc, ["Maisie Corwin", "Joan Corwin"], "Corwin")
    _link(sdoc, ms)
    bare = next(m for m in ms if m.text == "Corwin")
    assert bare.context.ref is None and bare.context.ambiguous


def test_twin_a_place_typed_surname_is_left_as_typed(nlp):
    text = ("Maisie Corwin left a note on her blog. Officials in the town, Corwin said it was sad. "
            "Her mother Joan Corwin posted a tribute.")
    sdoc = nlp(text)
    ms = _mentions(sdoc, ["Maisie Corwin", "Joan Corwin"], "Corwin")
    for m in ms:
        if m.text == "Corwin":
            m.label = "GPE"
    _link(sdoc, ms)
    bare = next(m for m in ms if m.text == "Corwin")
    assert bare.label == "GPE" and bare.context.ref is None


# --- c040 Q12 (an open-speaker note): an editor's "UPDATE:" is no transcript speaker's label ----------


_UPDATE = ("League expansion\n\nThe league is said to be ready to add a team in the desert, a columnist, "
           "Tony Gale, reported on Tuesday.\n\n{label}: League deputy commissioner Jim Daly denied the report "
           "Wednesday morning in comments to TV Sports:\n\n\"Expansion is not in our plans, there is nothing new "
           "in that,\" he has admitted to the station.\n")


def test_an_update_label_is_no_speaker_and_the_he_after_it_is_the_named_subject():
    from storyline.analyse.quotes import find_transcript

    text = _UPDATE.format(label="UPDATE")
    assert not find_transcript(text)
    q, who = _quote(text, "Expansion is not")
    assert who == "Jim Daly"


def test_twin_a_speakers_label_in_capitals_still_opens_a_turn():
    from storyline.analyse.quotes import find_transcript

    text = ("WALLACE: Is expansion in your plans this year?\n\nDALY: There is nothing new in that at all.\n\n"
            "WALLACE: Thank you for your time tonight.\n")
    labels = {text[x:y] for x, y, _a, _b in find_transcript(text)}
    assert labels == {"WALLACE", "DALY"}
