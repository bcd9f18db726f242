"""Round thirty-seven, cueopen (issue 18): quotes whose cue was found but no speaker phrase.
Each rule with a must-not-fire twin: a tag after a quotation that opened in an earlier sentence;
a tag whose name comes after its own modifiers; an untagged surname in the tag; a participle on
a named subject; "WHO" the organisation; "upon
saying"; a name before a comma-set aside; and the evidence for what stays open. The texts are
invented."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_starting

_analyse = analysed  # the shared helpers (tests/pipeline_helpers.py)
_quote = quote_starting


def _who(a, q) -> str | None:
    m = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return a.mentions[m].text if m is not None else None


_LEAD = "The campaign met in Ohio on Monday.\n\n"


def test_a_tag_after_a_quotation_of_two_sentences_names_its_speaker():
    a = _analyse(_LEAD + '"How far does the scheme fit the platform? That is the puzzle," '
                 "said Martin Elsworth, a senior analyst at a policy institute and a one-time aide to Vice "
                 "President Walter P. Greaves Jr.\n\nMrs. Greaves regularly argues she is not seeking a fourth term.")
    q = _quote(a, "How far does")
    assert _who(a, q) == "Martin Elsworth" and "named in the tag" in (q.speaker_evidence or "")


def test_twin_narration_between_the_close_and_the_name_is_no_tag():
    a = _analyse('She opposes "pay freezes. All of them" and recalled Obama\'s three-year freeze on pay.')
    assert all(_who(a, q) != "Obama" for q in a.quotes)


def test_a_tag_name_after_its_own_modifiers_names_the_speaker():
    a = _analyse(_LEAD + '"I am not about to call it an error, so drop the subject," said retired surgeon '
                 "Ben Roe, asked about his story that he had been granted a place at a naval academy, when he "
                 "had never sent in a form.")
    assert _who(a, _quote(a, "I am not about")) == "Ben Roe"


def test_twin_a_name_inside_an_of_phrase_after_the_cue_is_not_the_speaker():
    a = _analyse(_LEAD + '"I am not about to call it an error," said the wife of Ben Roe.')
    assert _who(a, _quote(a, "I am not about")) != "Ben Roe"


def test_a_participle_on_a_named_subject_gives_the_quotation_after_it():
    a = _analyse(_LEAD + '"Those folks know how to pick phrases," said Kessler, speaking of lobbyists, '
                 '"and keep a bit of slack in what they promise."')
    q = _quote(a, "and keep a bit")
    assert _who(a, q) == "Kessler" and "modifies" in (q.speaker_evidence or "")


def test_twin_a_participle_after_an_object_is_not_the_objects():
    a = _analyse(_LEAD + 'The senators attacked Jane Roe, saying "she has misled the country."')
    assert all(_who(a, q) != "Jane Roe" for q in a.quotes if q.text.startswith("she has misled"))


def test_an_untagged_surname_in_the_tag_is_the_one_person_of_that_name():
    a = _analyse("Bill Keely, a longtime data operative, vouched for both men.\n\n"
                 '"Holding the list and two staff who can read it is worth a lot," said Keely, '
                 "explaining he dealt more often with Kowalczyk.")
    q = _quote(a, "Holding the list")
    assert _who(a, q) == "Bill Keely" and "untagged" in (q.speaker_evidence or "")


def test_twin_an_untagged_surname_two_people_bear_stays_open():
    a = _analyse("Bill Keely and Tom Keely vouched for both men.\n\n"
                 '"Holding the list and two staff who can read it is worth a lot," said Keely, '
                 "explaining he dealt more often with Kowalczyk.")
    assert _who(a, _quote(a, "Holding the list")) is None


def test_a_name_a_bracket_and_a_participle_aside_before_the_cue():
    a = _analyse(_LEAD + "But Sen. Thomas K. Hadley (D-Minn.), noting the size of Garner's following, said, "
                 '"I can promise you, he has built a giant donor list."')
    assert _who(a, _quote(a, "I can promise you")) == "Thomas K. Hadley"


def test_a_who_on_no_noun_stays_open_and_says_why():
    a = _analyse(_LEAD + "Nearly a third said they wanted a fresh face, against three in 10 who said "
                 "they favoured a veteran of office.")
    q = _quote(a, "they favoured")
    assert _who(a, q) is None and "no named noun" in (q.speaker_evidence or "")


def test_who_in_capitals_is_the_organisation():
    a = _analyse("The World Health Organization (WHO) met in Geneva on Friday.\n\n"
                 "WHO said some 40 people in Peru have been taken ill with the infection.")
    q = _quote(a, "some 40 people")
    assert (q.speaker_text or "") == "WHO" and "capitals" not in (q.speaker_evidence or "") or _who(a, q) in (
        "WHO", "World Health Organization")
    assert q.speaker_evidence and "relative" not in q.speaker_evidence


def test_twin_who_in_capitals_beside_another_subject_stays_open():
    a = _analyse("The World Health Organization (WHO) met in Geneva on Friday.\n\n"
                 "WHO and CDC experts say it is likely the strain could spread in a similar way.")
    q = _quote(a, "it is likely")
    assert _who(a, q) is None


def test_upon_saying_is_the_subjects_saying():
    a = _analyse(_LEAD + "Pemberton, herself a Morrow backer in the contest, drew a chorus of jeers upon "
                 "saying, \"Morrow felt the anger of the voters.\"")
    assert _who(a, _quote(a, "Morrow felt")) == "Pemberton"


def test_twin_upon_saying_with_an_expletive_subject_names_no_one():
    a = _analyse(_LEAD + "Jane Roe arrived late. There was silence upon saying, \"The people have spoken.\"")
    assert all(_who(a, q) is None for q in a.quotes if q.text.startswith("The people"))


def test_a_name_before_a_comma_set_aside_is_the_cues_subject():
    a = _analyse(_LEAD + 'Jane Roe, irritated, famously responded: "Why does it matter - at this stage, why '
                 'does any of it matter?" Her opponents repeated it.')
    assert _who(a, _quote(a, "Why does it matter")) == "Jane Roe"


def test_twin_an_aside_with_its_own_subject_after_the_name_is_not_the_names():
    a = _analyse(_LEAD + 'Jane Roe lost the vote, and her aides, irritated, responded: "Why does it matter?"')
    assert _who(a, _quote(a, "Why does it matter")) != "Jane Roe"


def test_a_cue_with_no_one_named_says_why_it_is_open():
    a = _analyse(_LEAD + '"Yet another state we would have won," wrote one supporter.\n\n'
                 '"Better watch out for the secretary of state," tweeted another.')
    q = _quote(a, "Better watch out")
    assert q.speaker_mention is None and q.antecedent_mention is None
    assert q.speaker_evidence
