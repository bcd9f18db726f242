"""The brief never cites a fragment (issue 23, round sixteen, 23b): a quoted phrase inside
a sentence ('warned Acme not to "short-change" Port Ellery residents ...') is no seam
where the words after it have no finite verb, so the lead is told whole, not from its
object on; and a lead cut under a glued caption is barred when what is left is no
sentence. Each with a twin it must not fire on. Small texts written here."""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, counts_of, told, with_names

from storyline.resolve import brief

SCARE = ('Mayor Jane Roe warned the utility Acme Power on Friday not to "short-change" Port Ellery '
         "residents over storm repair claims while handing out large bonuses to its own managers.")
GLUED = ('Storm leaves a "hellish scene" Mayor Jane Roe has appealed for calm in Port Ellery as the aid '
         "reached the survivors on Friday.")


def test_a_quoted_phrase_inside_a_sentence_is_no_seam():
    assert brief.glue_points(SCARE, [], counts_of(SCARE, BACKGROUND)) == []


def test_a_quote_closing_a_caption_before_a_lead_is_still_a_seam():
    assert brief.glue_points(GLUED, [], counts_of(GLUED, BACKGROUND)) == [GLUED.index("Mayor")]


def test_the_lead_with_a_quoted_phrase_is_told_whole():
    a = with_names(analysis("aaaa", SCARE + "\n" + BACKGROUND), ("Jane Roe", "PERSON"), ("Acme Power", "ORG"),
                   ("Port Ellery", "GPE"))
    opening = [x.text for x in told(a) if x.cites[0].start < len(SCARE)]
    assert opening == [SCARE]


def test_a_lead_cut_to_a_fragment_is_barred():
    # the counts make "Efforts" a seam (the story writes "efforts"), and what is left has no verb
    glued = ("Quake: rescue efforts intensify in the hills Efforts by the rescue teams from the city and "
             "the hills with trucks and boats for the survivors.")
    a = analysis("aaaa", glued + "\n" + BACKGROUND)
    assert all(x.cites[0].start >= len(glued) for x in told(a)), [x.text for x in told(a)]


def test_a_lead_cut_to_a_sentence_is_kept():
    glued = ("Quake: rescue efforts intensify in the hills Efforts are intensifying to help the survivors, "
             "who lack food and water.")
    a = analysis("aaaa", glued + "\n" + BACKGROUND)
    assert [x.text for x in told(a) if x.cites[0].start < len(glued)] == [glued[glued.index("Efforts"):]]


@pytest.mark.parametrize("text", [
    "Acme Corp shut the well.",  # a short complete sentence
    '"Stay in your homes tonight," Mayor Jane Roe told the survivors.',  # an imperative in a quotation
    "She has appealed for calm in Port Ellery.",  # a pronoun subject
    "Relief crews helping the survivors have been searching the hills.",  # a lead the parser misreads
    "Acme will pay every claim.",
    "Stay in your homes tonight.",  # an imperative
    "Officials at the agency say dozens of people are still missing in Port Ellery.",
])
def test_a_finite_clause_reads_as_one(text):
    assert brief._finite_clause(text)


@pytest.mark.parametrize("text", [
    "Port Ellery residents over storm damage claims while paying out millions of dollars in bonuses.",
    "Mayor Jane Roe in Port Ellery on Monday.",
    "Shares of Acme falling sharply in early trade.",
])
def test_a_fragment_does_not(text):
    assert not brief._finite_clause(text)
