"""Round forty-nine, engineer e2 (issue 18): a named relation bars two people of one surname,
and quotes left open whose speaker the text names. Every rule has a test that fires and a
twin it must not fire on, each on a short invented text run through the whole per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _antecedent(a, q) -> str | None:
    return a.mentions[q.antecedent_mention].text if q.antecedent_mention is not None else None


def _by_text(text: str, part: str):
    a = quoted_analysis(text)
    return a, [q for q in a.quotes if part in q.text]


# --- a "whose husband" is the name's relation, never its apposition ---

_WIDOW = (
    "{lead}, spoke with radio host Ben Gray on Thursday.\n\n"
    "\"First and foremost,\" she told Gray, \"I would never want anyone to lose a husband.\"\n"
)


def test_whose_husband_is_no_apposition_of_the_widow():
    # the small parse hangs "husband" on "Martha Reed" as her apposition; owned by "whose", it
    # is her husband, another person: no bar to her "she"
    text = _WIDOW.format(lead="Martha Reed, whose husband, Navy SEAL Ty Reed, was one of four sailors "
                              "killed in the 2012 attack on the base")
    a, qs = _by_text(text, "First and foremost")
    assert len(qs) == 1 and _antecedent(a, qs[0]) in ("Reed", "Martha Reed") and qs[0].speaker_confidence > 0.5


def test_a_husband_in_apposition_still_bars_a_she_twin():
    # no "whose": the name is the husband, and the "she" is not his
    text = _WIDOW.format(lead="Alex Reed, the husband of a sailor killed in the 2012 attack on the base")
    a, qs = _by_text(text, "First and foremost")
    assert len(qs) == 1 and _antecedent(a, qs[0]) not in ("Reed", "Alex Reed")


# --- a relative named by the family's surname is another bearer, never the bearer ---

_MOTHER = (
    "Mary Cole, whose son, Private Cole, was killed in the raid last year, spoke to reporters on Monday.\n\n"
    "\"We will not stop,\" Cole said.\n"
)


def _cole(a):
    return [m for m in a.mentions if m.text == "Cole"]


def test_a_sons_surname_is_not_his_mother():
    a = quoted_analysis(_MOTHER)
    coles = _cole(a)
    assert coles and all(m.context.ref is None and m.context.ambiguous for m in coles)
    # the later bare "Cole" may be either of them: no one is guessed
    assert "a relative of Mary Cole" in coles[-1].context.ambiguous


def test_a_husbands_surname_is_not_the_wife_named_the_sentence_before():
    text = ("Mary Cole spoke to reporters on Monday about the raid. She said her husband, Cole, was a guard "
            "at the base and died there.\n\n\"He was a brave man,\" she said.\n")
    a, qs = _by_text(text, "a brave man")
    assert all(m.context.ref is None for m in _cole(a))
    assert len(qs) == 1 and _antecedent(a, qs[0]) == "Mary Cole" and qs[0].speaker_confidence > 0.5


def test_a_husband_who_may_be_the_named_man_keeps_his_link_twin():
    # the possessive's owner is unnamed and the family noun's gender fits the one bearer: he may
    # be that husband, so the word is linked as before
    text = "Jim Roe was held by police on Monday. The woman said her husband, Roe, had hit her.\n"
    a = quoted_analysis(text)
    roes = [m for m in a.mentions if m.text == "Roe"]
    assert roes and roes[0].context.ref is not None and a.mentions[roes[0].context.ref].text == "Jim Roe"


def test_a_given_name_after_a_family_noun_is_the_named_relative_twin():
    text = ("Hillary Roe spoke on Monday. Bill Roe was in the hall. She thanked her husband, Bill, for his "
            "support.\n")
    a = quoted_analysis(text)
    bills = [m for m in a.mentions if m.text == "Bill"]
    assert bills and bills[0].context.ref is not None and a.mentions[bills[0].context.ref].text == "Bill Roe"


def test_a_surname_with_no_family_noun_keeps_its_link_twin():
    text = ("Mary Cole, a nurse at the base, spoke to reporters on Monday.\n\n\"We will not stop,\" Cole said.\n")
    a = quoted_analysis(text)
    coles = _cole(a)
    assert coles and all(m.context.ref is not None for m in coles)


# --- a quotation framed by "according to X" is X's ---

def _speaker_of(a, q):
    return a.mentions[q.speaker_mention].text if q.speaker_mention is not None else q.speaker_text


def test_according_to_after_a_quotation_names_its_source():
    text = ("The group sued the department in May.\n\n\u201cThe emails show pressure on Republican and Democrat "
            "senators,\u201d according to Judicial Watch.\n\nThe court agreed to hear the case.\n")
    a, qs = _by_text(text, "The emails show pressure")
    assert len(qs) == 1 and _speaker_of(a, qs[0]) == "Judicial Watch"


def test_according_to_before_a_quotation_names_its_source():
    text = ("The group sued the department in May.\n\nAccording to Paul Sperry of the Post, \u201cThe emails "
            "show pressure on Republican and Democrat senators.\u201d\n\nThe court agreed to hear the case.\n")
    a, qs = _by_text(text, "The emails show pressure")
    assert len(qs) == 1 and _speaker_of(a, qs[0]) == "Paul Sperry"


def test_a_vague_according_source_stays_open_twin():
    text = "The row grew. \u201cShe is lying about the emails,\u201d according to an unnamed source close to the case.\n"
    a, qs = _by_text(text, "She is lying")
    assert len(qs) == 1 and qs[0].speaker_mention is None and (qs[0].speaker_confidence or 0) < 0.5


def test_a_cue_between_keeps_the_cues_speaker_twin():
    # "the letter said" stands between the marks and the phrase: the cue's path reads it, as before
    text = "The group sued in May. \u201cThe emails show pressure on senators,\u201d the letter said, according to Judicial Watch.\n"
    a, qs = _by_text(text, "The emails show pressure")
    assert qs and all(_speaker_of(a, q) != "Judicial Watch" for q in qs if q.text.startswith("The emails"))


def test_an_according_phrase_with_a_clause_after_is_no_frame_twin():
    # the sentence goes on past the source with a clause of its own: no frame of the quotation alone
    text = ("The group sued in May. \u201cThe emails show pressure on senators,\u201d according to Judicial Watch, "
            "and the judge agreed to hear the case.\n")
    a, qs = _by_text(text, "The emails show pressure on senators")
    assert all(_speaker_of(a, q) != "Judicial Watch" for q in qs if q.text == "The emails show pressure on senators")


def test_a_source_with_its_relative_clause_still_frames():
    text = ("The group sued in May. \u201cThe emails show pressure on senators,\u201d according to Judicial Watch, "
            "which has filed many such suits.\n")
    a, qs = _by_text(text, "The emails show pressure on senators")
    assert any(_speaker_of(a, q) == "Judicial Watch" for q in qs if q.text == "The emails show pressure on senators")


def test_a_term_quoted_inside_the_writers_sentence_is_no_framed_quotation_twin():
    # the quotation is a term the sentence goes on about, not what the source said
    text = ("The rule is vague. According to Paul Sperry of the Post, \u201ctempting eyes\u201d could be defined "
            "in many ways.\n")
    a = quoted_analysis(text)
    assert all(q.speaker_mention is None or a.mentions[q.speaker_mention].text != "Paul Sperry"
               for q in a.quotes if q.text == "tempting eyes")
