"""Round forty-six, issue 18 (who said it): open speakers the text itself settles, each shape
with its must-not-fire twin. "The clinic said" reads back to the one organisation the text
named and wrote as a clinic. Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker


def _one(text: str, words: str):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- an institution named for what it is (quotes._described_body) ----------------------------

def test_the_clinic_is_the_one_clinic_named_before():
    who, q = _one("Jane Roe was treated at the Harbor Endoscopy clinic in Lubano last week.\n\n"
                  "The clinic said that it had followed every rule.", "followed every rule")
    assert who == "Harbor Endoscopy" and q.speaker_via == "nominal" and "wrote as a clinic" in q.speaker_evidence


def test_the_charity_named_after_its_noun_and_in_apposition():
    who, _ = _one("Hair is collected by the ecological charity Matter of Trust in Port Ellery.\n\n"
                  "The charity says the booms soaked up a ton of oil.", "booms soaked up")
    assert who == "Matter of Trust"
    who, _ = _one("Staff from Harbor Endoscopy, the clinic where Roe was treated, spoke to the police.\n\n"
                  "The clinic said that its staff had done nothing wrong.", "done nothing wrong")
    assert who == "Harbor Endoscopy"


def test_twin_two_clinics_named_before_stays_open():
    who, _ = _one("Jane Roe was treated at the Harbor Endoscopy clinic and later at the Lubano Heart clinic.\n\n"
                  "The clinic said that it had followed every rule.", "followed every rule")
    assert who is None


def test_twin_a_new_clinic_brought_in_with_a_stays_open():
    who, _ = _one("Jane Roe was treated at the Harbor Endoscopy clinic in May. In June she went to a clinic "
                  "in Port Ellery.\n\nThe clinic said that it had followed every rule.", "followed every rule")
    assert who is None


def test_twin_an_organisation_not_written_as_a_clinic_stays_open():
    who, _ = _one("Jane Roe was treated by doctors of Harbor Health in Lubano last week.\n\n"
                  "The clinic said that it had followed every rule.", "followed every rule")
    assert who is None


# --- a quotation going on over paragraphs (quotes._unclosed_before) ---------------------------

def test_a_paragraph_after_an_unclosed_colon_quotation_is_the_same_speaker():
    # the report inside her words ("a neighbour said ...") left the older carry with no speaker
    who, q = _one("The storm hit Port Ellery on Monday.\n\n"
                  "Afterwards Jane Roe said: 'I ran back but a neighbour said the roof was already gone.\n\n"
                  "'We have lost everything we owned in one night.'", "lost everything")
    # (round fifty, m2: a colon quotation in single marks left unclosed is now a quotation to its
    # paragraph's end, so the next one follows the quote just before; same speaker, same carry)
    # (round fifty-one, m3: the reopened paragraph now goes on with the unclosed one, one quotation
    # over both paragraphs, hers by its cue: quotes._single_run_on)
    assert who == "Jane Roe" and ("I ran back" in q.text or q.speaker_via == "continuation" and (
        "no mark closed" in q.speaker_evidence or "the speaker of the quote just before" in q.speaker_evidence))


def test_the_same_with_curly_double_marks():
    who, _ = _one("The storm hit Port Ellery on Monday.\n\n"
                  "Afterwards Jane Roe said: “I ran back but a neighbour said the roof was already gone.\n\n"
                  "“We have lost everything we owned in one night.”", "lost everything")
    assert who == "Jane Roe"


def test_twin_a_closed_quotation_before_leaves_the_paragraph_open():
    a = analysed("The storm hit Port Ellery on Monday.\n\n"
                 "Afterwards Jane Roe said: “I ran back but a neighbour said the roof was already gone.” "
                 "The village hall took in forty families that night.\n\n"
                 "“We have lost everything we owned in one night.”")
    hit = [x for x in a.quotes if "lost everything" in x.text][0]
    assert "no mark closed" not in (hit.speaker_evidence or "")


def test_twin_another_style_of_mark_is_not_the_same_quotation():
    a = analysed("The storm hit Port Ellery on Monday.\n\n"
                 "Afterwards Jane Roe said: 'I ran back but a neighbour said the roof was already gone.\n\n"
                 "\"We have lost everything we owned in one night,\" a neighbour wrote on the village page.")
    hit = [x for x in a.quotes if "lost everything" in x.text][0]
    assert "no mark closed" not in (hit.speaker_evidence or "")


# --- a one-sentence paragraph bringing in a voice (quotes._intro_lead) ------------------------

_STORM = "The storm hit Port Ellery on Monday.\n\n"
_WALL = "\"The wall was built for a smaller sea and it will not hold another winter.\""


def test_a_quotation_paragraph_after_a_lead_bringing_in_one_person_is_theirs():
    who, q = _one(_STORM + "Professor Tom Hale, an engineer at the port, is not so sure.\n\n" + _WALL, "smaller sea")
    assert who == "Tom Hale" and "brings in Tom Hale" in q.speaker_evidence


def test_twin_a_lead_telling_a_deed_leaves_the_quotation_open():
    who, _ = _one(_STORM + "Professor Tom Hale, an engineer at the port, died in the flood.\n\n" + _WALL, "smaller sea")
    assert who is None


def test_twin_words_about_the_person_are_not_theirs():
    who, _ = _one(_STORM + "Professor Tom Hale, an engineer at the port, is not so sure.\n\n"
                  "\"He warned us for years that the wall would not hold another winter.\"", "warned us")
    assert who is None


def test_twin_a_lead_naming_someone_else_too_leaves_the_quotation_open():
    who, _ = _one(_STORM + "Professor Tom Hale agrees with Mayor Anna Berg about the wall.\n\n" + _WALL, "smaller sea")
    assert who is None


def test_twin_a_quotation_with_its_own_tag_is_not_read_from_the_lead():
    who, _ = _one(_STORM + "Professor Tom Hale, an engineer at the port, is not so sure.\n\n"
                  "\"The wall was built for a smaller sea,\" said Mayor Anna Berg.", "smaller sea")
    assert who == "Anna Berg"


# --- a he/she after a definite post the text named one person with (speakers._held_post) ------

_VISIT = ("President Maria Gonzalez met a boy and his parents in her office on Tuesday.\n\n"
          "Sara Weber, the boy's mother, had written to her in May asking for the honour.\n\n")


def test_she_after_the_president_is_the_one_president_named_before():
    who, q = _one(_VISIT + "The president posted photos of the visit. She wrote that the family was very special.",
                  "family was very special")
    assert who == "Maria Gonzalez" and "named with before" in q.speaker_evidence


def test_twin_an_indefinite_post_stays_someone_new():
    who, _ = _one(_VISIT + "A president of a charity posted photos of the visit. She wrote that the family was "
                  "very special.", "family was very special")
    assert who != "Maria Gonzalez"


def test_twin_two_presidents_named_before_leave_it_open():
    who, _ = _one("President Maria Gonzalez and President Laura Fischer met a boy and his parents on Tuesday.\n\n"
                  "Sara Weber, the boy's mother, had written to them in May asking for the honour.\n\n"
                  "The president posted photos of the visit. She wrote that the family was very special.",
                  "family was very special")
    assert who is None
