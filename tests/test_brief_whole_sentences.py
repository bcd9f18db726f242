"""The brief cites whole sentences that mean alone what they mean in their article
(issue 23, the seed-19 audit's brief misses): a title after a possessive or a title's
modifier is the name's own capital, not a seam to cut the lead at; a title glued before
the lead that names its subject in the same words is cut off; an absence whose place the
sentence before gives is not told alone. Each rule with a twin it must not fire on.
Small texts written here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, counts_of, told, with_names

from storyline.resolve import brief

LEAD = ("Acme Corp's incoming Chief Executive Jane Roe has ousted the group's drilling chief "
        "after the fire and pledged to reorganise the firm around its safety record.")


def _names(sentence, *names):
    return [(sentence.index(n), sentence.index(n) + len(n)) for n in names]


# --- a title that is a name's own ---------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    (LEAD, "Jane Roe"),
    ("The island's former President John Doe flew home to see the damage with aid and efforts under way.", "John Doe"),
    ("Acme Corp's Chief Executive Jane Roe said the chief and the executive team would meet the families.", "Jane Roe"),
    ("Marotia's acting Prime Minister John Doe asked the chief of the army for help with the efforts.", "John Doe"),
])
def test_a_title_after_a_possessive_or_modifier_is_no_seam(sentence, name):
    counts = counts_of(sentence, BACKGROUND, "the chief executive and the president and the prime minister")
    assert brief.glue_points(sentence, _names(sentence, name), counts) == []


def test_the_lead_opening_with_such_a_title_is_cited_whole():
    a = with_names(analysis("aaaa", LEAD + "\nThe chief executive said the chief of drilling had gone.\n" + BACKGROUND),
                   ("Acme Corp", "ORG"), ("Jane Roe", "PERSON"))
    items = told(a)
    lead = [x for x in items if x.cites[0].start < len(LEAD)]
    assert [x.text for x in lead] == [LEAD] and lead[0].cites[0].start == 0


@pytest.mark.parametrize("sentence", [
    # twins: behind a plain word a title may open a lead glued to its headline; no name after it
    "Aid pledged for the flood victims Chief Executive Jane Roe has vowed a swift effort to save lives.",
    "Acme Corp's incoming Chief said the chief and the executive would see the damage.",
])
def test_a_title_behind_a_plain_word_or_before_no_name_stays_a_seam(sentence):
    counts = counts_of(sentence, BACKGROUND, "the chief executive and the chief")
    names = _names(sentence, "Jane Roe") if "Jane Roe" in sentence else []
    assert brief.glue_points(sentence, names, counts) == [sentence.index("Chief")]


# --- a title glued before the lead that names its subject in the same words -------------


def test_a_title_naming_the_leads_subject_again_is_not_used():
    lead = "Acme rangers are among the hundreds of volunteers helping with aid in the flooded town."
    title = "On patrol with Acme rangers in Port Ellery "
    a = with_names(analysis("aaaa", title + lead + "\n" + BACKGROUND), ("Port Ellery", "GPE"))
    assert [x.text for x in told(a) if x.cites[0].start < len(title) + 5] == []
    # nor is a lead the repeat would cut mid-sentence ("Oil giant" is the lead's own)
    glued = "Acme posts a profit after the spill Oil giant Acme says its profit rose in the quarter to June."
    b = with_names(analysis("aaaa", glued + "\n" + BACKGROUND), ("Acme", "ORG"))
    assert [x.text for x in told(b) if x.cites[0].start < 10] == []


def test_a_first_line_without_a_repeat_is_told_whole():
    # twin: the same lead with no title glued before it
    lead = "Acme rangers are among the hundreds of volunteers helping with aid in the flooded town."
    a = with_names(analysis("aaaa", lead + "\n" + BACKGROUND), ("Acme", "ORG"))
    assert [x.text for x in told(a) if x.cites[0].start < 5] == [lead]


@pytest.mark.parametrize("sentence", [
    # twins: the words again after a reporting verb, an article or a conjunction are the sentence's own
    "Acme rangers said Acme rangers would stay in the flooded town until the aid arrived.",
    "Acme rangers and Acme rangers' families waited in the town for the aid to arrive.",
    # a single word again is no phrase
    "Port officials met port workers in the town as the aid arrived.",
    # lower-case words again are the sentence's own
    "The rangers helped the rangers of the next town as aid arrived.",
    # the whole repeat opens with a lower-case word: a name told twice in the sentence's own words
    "The Acme Health Board last met in May and the stock fell, the Acme Health Board says.",
    "Guests of a Port Ellery hotel stayed inside as staff at a Port Ellery hotel were tested.",
])
def test_words_again_after_a_guard_word_or_in_lower_case_are_no_seam(sentence):
    assert brief._repeated_phrase_seams(sentence, []) == []


def test_a_repeat_inside_a_named_mention_is_no_seam():
    s = "Police guard the Acme Grand hotel About 300 guests at the Marotia Acme Grand have been kept inside it."
    at = s.rindex("Acme Grand")
    assert brief._repeated_phrase_seams(s, []) == [at]
    assert brief._repeated_phrase_seams(s, [(s.index("Marotia Acme Grand"), at + len("Acme Grand"))]) == []


@given(st.lists(st.sampled_from(["aid", "the", "Acme", "rangers", "in", "Port", "Ellery", "town", "said", ","]),
                max_size=30))
def test_a_repeated_phrase_seam_opens_a_repeat_of_earlier_words(words):
    s = " ".join(words)
    for at in brief._repeated_phrase_seams(s, []):
        pair = s[at:].split()[:2]
        assert pair[0][:1].isupper() and " ".join(pair) in s[:at]


# --- an absence whose place the sentence before gives ----------------------------------


@pytest.mark.parametrize("sentence", [
    "There have been no confirmed cases of the virus since May 2.",
    "There have been no arrests among the crowd at the gates of the plant.",
    "But there has been no new case of the virus in the last week.",
])
def test_an_absence_with_no_name_is_not_told_alone(sentence):
    a = analysis("aaaa", "In Port Ellery, the health office said the outbreak was over.\n" + sentence + "\n" + BACKGROUND)
    assert brief.dependent_opening(sentence)[0] == "unscoped"
    assert not any(x.text == sentence for x in told(a))


@pytest.mark.parametrize("sentence, name, label", [
    # twins: the sentence says where or whose itself
    ("There have been no confirmed cases of the virus in Port Ellery since May 2.", "Port Ellery", "GPE"),
    ("There have been no arrests among the Acme Corp crew at the gates of the plant.", "Acme Corp", "ORG"),
])
def test_an_absence_that_names_its_place_is_told(sentence, name, label):
    a = with_names(analysis("aaaa", sentence + "\n" + BACKGROUND), (name, label))
    assert any(x.text == sentence for x in told(a))


@pytest.mark.parametrize("sentence", [
    # twins: not an absence at the opening
    "There have been 40 confirmed cases of the virus since May 2.",
    "Therefore no one can say when the port will open again.",
    "Officials said there have been no new cases of the virus since May 2.",
    # a general statement reads alone: the present and past are not read
    "There is no evidence that the virus can be caught from eating cooked meat.",
    "There was no sign of oil on the beaches of the bay on Monday morning.",
])
def test_other_openings_are_not_unscoped(sentence):
    assert (brief.dependent_opening(sentence) or ("",))[0] != "unscoped"


# --- a title and a name that are an object, not a glued lead (round fourteen, 23g) --------


@pytest.mark.parametrize("sentence", [
    # the words after the title are no sentence alone: the name trails into "of ..."
    ("Campaigners accused Acme Chief Executive Jane Roe of evasion and dodging blame for the leak "
     "when she appeared before them on Monday to answer charges her firm cut corners."),
    ("Villagers blamed Acme Chief Executive Jane Roe for the slow cleanup of the river after "
     "the plant burned down in the spring."),
])
def test_a_title_and_name_that_are_the_object_are_no_seam(sentence):
    counts = counts_of(sentence, BACKGROUND, "the chief executive and the chief")
    assert brief.glue_points(sentence, _names(sentence, "Acme", "Jane Roe"), counts) == []


@pytest.mark.parametrize("sentence", [
    # twins: a headline glued before a lead that opens with a title and a name and tells
    "Flood hits Port Ellery Chief Executive Jane Roe said the plant would close for a week.",
    "Fire at Acme plant Chief Executive Jane Roe has vowed a swift effort to rebuild the works.",
])
def test_a_headline_before_a_title_and_name_that_tell_stays_a_seam(sentence):
    counts = counts_of(sentence, BACKGROUND, "the chief executive and the chief")
    assert brief.glue_points(sentence, _names(sentence, "Jane Roe"), counts) == [sentence.index("Chief")]
