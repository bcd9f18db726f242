"""The brief (issue 23; round twenty-eight): every sentence tells the reader something.

- a pointer to another page, graphic or site ("There are more details on ... on the health
  pages", "Explore all of our graphics ...") tells where to look, not what happened: barred;
- a teaser cut off by an ellipsis at its end (a related-stories box) is no sentence: barred;
Small texts written here, each rule with a twin it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND

from storyline.resolve import brief

# --- a pointer to another page -------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "There are further details on flu and pregnancy on the ministry's health pages.",
    "More information about the appeal is available on the charity's website.",
    "Explore all of our flood graphics to follow the water as it rises.",
    "Watch the slick's path since March and see which beaches are at risk.",
    "See the coral reef that lives at the bottom of the bay.",
    "For the latest news, please go to our main news page.",
    "Anyone who wants to give to the appeal can visit the Acme Relief website to find out more.",
])
def test_a_pointer_to_another_page_is_clutter(sentence):
    assert "pointer" in (brief.clutter_shape(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: a visit, a sight, an aside and advice are the story's own words
    "The minister is due to visit the flood site on Monday with the mayor.",
    "See, for example, the dead reeds along the shore of the bay, which have not recovered.",
    "Stay indoors and drink plenty of water if you feel ill, the agency said.",
    "Acme posted live video of the leak on its website after pressure from Congress.",
    "Residents saw oil on the beach at Port Ellery on Tuesday.",
    "The ministry said more details of the vaccine plan would follow next week.",
])
def test_a_visit_or_a_sight_in_prose_is_no_pointer(sentence):
    assert brief.clutter_shape(sentence) is None


# --- a teaser cut off by an ellipsis --------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "A judge gave final approval to Acme's deal with the fishermen who lost money after the leak in the Bay of Ell...",
    "Acme has agreed to pay the state $2 billion over five years for the leak in the bay, the...",
    "Officials shut the fishery in the bay on Sunday because of the leak spreading fro…",
])
def test_a_teaser_cut_off_by_an_ellipsis_is_clutter(sentence):
    assert "teaser" in (brief.clutter_shape(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: dots inside a line join phrases; a quotation trailing off keeps its mark; spaced dots elide
    "The dome was meant to channel the oil to the surface... In that effort, too much water got in.",
    '"We just do not know how far the oil will go..." the mayor said on Monday.',
    "Acme said it would pay ... every legitimate claim from the fishermen of the bay.",
])
def test_dots_inside_a_line_or_a_quotation_are_no_teaser(sentence):
    assert brief.clutter_shape(sentence) is None


def test_a_teaser_line_is_barred_and_the_lead_after_it_kept():
    # (the test splitter cuts at every full stop: the one-character ellipsis keeps the line whole)
    text = ("Acme has agreed to pay the state $2 billion over five years for the leak in the bay, the…\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    barred = {c.text: c.barred for c in brief.candidates(_corpus(analysis("aaaa", text)))}
    teaser = next(t for t in barred if t.endswith("the…"))
    assert "teaser" in (barred[teaser] or "")
    assert barred["Acme shut the platform in the bay of Port Ellery after the blast on Sunday."] is None


def _corpus(a):
    from test_brief_trust import corpus_of

    return corpus_of([a], n=10)
