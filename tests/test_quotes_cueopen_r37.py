"""Round thirty-seven, cueopen (issue 18): quotes whose cue was found but no speaker phrase.
Each rule with a must-not-fire twin: a tag after a quotation that opened in an earlier sentence;
a tag whose name comes after its own modifiers; an untagged surname in the tag; a participle on
a named subject; "WHO" the organisation; "upon
saying"; a name before a comma-set aside; and the evidence for what stays open. The texts are
invented."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analyse(text: str):
    return analyse_record(Record(source="x.txt", text=text))


def _quote(a, start: str):
    hits = [q for q in a.quotes if q.text.startswith(start)]
    assert hits, [q.text for q in a.quotes]
    return hits[0]


def _who(a, q) -> str | None:
    m = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return a.mentions[m].text if m is not None else None


_LEAD = "The campaign met in Ohio on Monday.\n\n"


def test_a_tag_after_a_quotation_of_two_sentences_names_its_speaker():
    a = _analyse(_LEAD + '"To what extent does the plan map onto the campaign? That is the challenge," '
                 "said Jared Bernstein, a senior fellow at a research group and a former adviser to Vice "
                 "President Joseph R. Biden Jr.\n\nMrs. Clinton often says she is not running for a third term.")
    q = _quote(a, "To what extent")
    assert _who(a, q) == "Jared Bernstein" and "named in the tag" in (q.speaker_evidence or "")


def test_twin_narration_between_the_close_and_the_name_is_no_tag():
    a = _analyse('She opposes "pay freezes. All of them" and recalled Obama\'s three-year freeze on pay.')
    assert all(_who(a, q) != "Obama" for q in a.quotes)


def test_a_tag_name_after_its_own_modifiers_names_the_speaker():
    a = _analyse(_LEAD + '"I am not going to say it is a mistake, so forget about it," said retired neurosurgeon '
                 "Ben Roe, asked about his claims that he had received an offer from West Point, when he "
                 "had not applied to the school.")
    assert _who(a, _quote(a, "I am not going")) == "Ben Roe"


def test_twin_a_name_inside_an_of_phrase_after_the_cue_is_not_the_speaker():
    a = _analyse(_LEAD + '"I am not going to say it is a mistake," said the wife of Ben Roe.')
    assert _who(a, _quote(a, "I am not going")) != "Ben Roe"


def test_a_participle_on_a_named_subject_gives_the_quotation_after_it():
    a = _analyse(_LEAD + '"These guys know how to use words," said Sherman, speaking of politicians, '
                 '"and leave themselves a little wiggle room in what they said."')
    q = _quote(a, "and leave themselves")
    assert _who(a, q) == "Sherman" and "modifies" in (q.speaker_evidence or "")


def test_twin_a_participle_after_an_object_is_not_the_objects():
    a = _analyse(_LEAD + 'The senators attacked Jane Roe, saying "she has misled the country."')
    assert all(_who(a, q) != "Jane Roe" for q in a.quotes if q.text.startswith("she has misled"))


def test_an_untagged_surname_in_the_tag_is_the_one_person_of_that_name():
    a = _analyse("Bill Skelly, a longtime data operative, vouched for both men.\n\n"
                 '"Having access to the file and two people who understand it is valuable," said Skelly, '
                 "explaining he worked more closely with Chrabaszcz.")
    q = _quote(a, "Having access")
    assert _who(a, q) == "Bill Skelly" and "untagged" in (q.speaker_evidence or "")


def test_twin_an_untagged_surname_two_people_bear_stays_open():
    a = _analyse("Bill Skelly and Tom Skelly vouched for both men.\n\n"
                 '"Having access to the file and two people who understand it is valuable," said Skelly, '
                 "explaining he worked more closely with Chrabaszcz.")
    assert _who(a, _quote(a, "Having access")) is None


def test_a_name_a_bracket_and_a_participle_aside_before_the_cue():
    a = _analyse(_LEAD + "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
                 '"Let me tell you, he has got a heck of an email list."')
    assert _who(a, _quote(a, "Let me tell you")) == "Richard J. Durbin"


def test_a_who_on_no_noun_stays_open_and_says_why():
    a = _analyse(_LEAD + "Almost half said they wanted an outsider, compared with four in 10 who said "
                 "they preferred someone with experience.")
    q = _quote(a, "they preferred")
    assert _who(a, q) is None and "no named noun" in (q.speaker_evidence or "")


def test_who_in_capitals_is_the_organisation():
    a = _analyse("The World Health Organization (WHO) met in Geneva on Friday.\n\n"
                 "WHO said about 60 people in Mexico have died from the disease.")
    q = _quote(a, "about 60 people")
    assert (q.speaker_text or "") == "WHO" and "capitals" not in (q.speaker_evidence or "") or _who(a, q) in (
        "WHO", "World Health Organization")
    assert q.speaker_evidence and "relative" not in q.speaker_evidence


def test_twin_who_in_capitals_beside_another_subject_stays_open():
    a = _analyse("The World Health Organization (WHO) met in Geneva on Friday.\n\n"
                 "WHO and CDC officials say it is possible the virus could behave the same way.")
    q = _quote(a, "it is possible")
    assert _who(a, q) is None


def test_upon_saying_is_the_subjects_saying():
    a = _analyse(_LEAD + "Silverman, herself a Sanders supporter during the primary, incurred a wave of boos upon "
                 "saying, \"Hillary heard the passion of the people.\"")
    assert _who(a, _quote(a, "Hillary heard")) == "Silverman"


def test_twin_upon_saying_with_an_expletive_subject_names_no_one():
    a = _analyse(_LEAD + "Jane Roe arrived late. There was silence upon saying, \"The people have spoken.\"")
    assert all(_who(a, q) is None for q in a.quotes if q.text.startswith("The people"))


def test_a_name_before_a_comma_set_aside_is_the_cues_subject():
    a = _analyse(_LEAD + 'Jane Roe, exasperated, famously responded: "What difference - at this point, what '
                 'difference does it make?" Her critics cited it.')
    assert _who(a, _quote(a, "What difference")) == "Jane Roe"


def test_twin_an_aside_with_its_own_subject_after_the_name_is_not_the_names():
    a = _analyse(_LEAD + 'Jane Roe lost the vote, and her aides, exasperated, responded: "What difference does it make?"')
    assert _who(a, _quote(a, "What difference")) != "Jane Roe"


def test_a_cue_with_no_one_named_says_why_it_is_open():
    a = _analyse(_LEAD + '"Yet another state we would have won," wrote one supporter.\n\n'
                 '"Better watch out for the secretary of state," tweeted another.')
    q = _quote(a, "Better watch out")
    assert q.speaker_mention is None and q.antecedent_mention is None
    assert q.speaker_evidence
