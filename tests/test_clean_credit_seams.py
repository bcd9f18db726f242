"""A picture credit glued to the lead sentence after it (round twelve): the credit is cut, the
sentence stays. Credits with the photographer's outlet ("for the Courier"), with a team after a
comma, or before a sentence that opens on a word the general openers leave out ("Of", "One",
"Here's", "My") were cut whole with the sentence. Twins: a label that introduces the caption
itself ("PHOTO: <caption>", "Picture credit: <caption>") is still cut whole."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

HEAD = "Acme rig spill grows\n\n"
TAIL = "\n\nThe company said on Monday that the work would go on through the week and into the next."


def _cleaned(line: str):
    c = clean_text(HEAD + line + TAIL)
    return c.text, [r.text for r in c.removed]


@pytest.mark.parametrize(("line", "credit", "kept"), [
    ("Photograph: Lena Holt Of the six ferries that served the island, only two were running by the weekend.",
     "Photograph: Lena Holt", "Of the six ferries that served the island"),
    ("Photograph: Jane Lee for the Courier Tom Hale, the head of Acme, told shareholders the plant would reopen in spring.",
     "Photograph: Jane Lee for the Courier", "Tom Hale, the head of Acme"),
    ("Picture: Emil Lorne, Kindred Relief My sister and I drove the supply van across the border three times last week.",
     "Picture: Emil Lorne, Kindred Relief", "My sister and I drove the supply van"),
    ("Photograph: Gray Robson The \"quiet season\" at the harbour ended early when the new quay opened in March.",
     "Photograph: Gray Robson", "The \"quiet season\" at the harbour"),
    ("Photograph: Quaycam One week after the storm, the council reopened the coast road to lorries and buses.",
     "Photograph: Quaycam", "One week after the storm"),
    ("Photograph: Carla Crane Here's what the council decided about the bridge tolls at its meeting on Tuesday.",
     "Photograph: Carla Crane", "Here's what the council decided"),
])
def test_a_credit_glued_to_the_lead_is_cut_and_the_lead_stays(line, credit, kept):
    text, removed = _cleaned(line)
    assert credit in removed
    assert kept in text


@pytest.mark.parametrize("line", [
    "PHOTO: A ferry worker ties a rope to the quay as passengers wait in the rain at Port Ellery on May 2, 2009.",
    "Picture credit: A heron stands on a sandbar at low tide near the old lighthouse, June 9, 2010.",
    "Photo: Jane Roe, 34, with her son at the camp outside the town",
])
def test_twin_a_label_before_the_caption_itself_is_cut_whole(line):
    text, removed = _cleaned(line)
    assert line in removed
    assert "ferry worker" not in text and "heron" not in text and "with her son" not in text


# Round fourteen (16e): a credit with the agency first and the photographer after the slash
# ("Photograph: Reuters/Jane Roe <lead>") lost only the photographer's first name; the
# surname stayed glued before the lead (a held-out audit's lead opened on it). Twins: the
# usual "<name>/<agency>" shape, an agency pair ("AFP/Getty Images") and a one-word credit
# before a sentence opener keep their old cuts.
@pytest.mark.parametrize(("line", "credit", "lead"), [
    ("Photograph: Reuters\\/Lena Holt Port Ellery lowered its flood alert from amber to green on Sunday.",
     "Photograph: Reuters\\/Lena Holt", "Port Ellery lowered its flood alert"),
    ("Photograph: AP/Emil Lorne Jane Roe, the harbour master, promised on Monday to reopen the quay by Friday.",
     "Photograph: AP/Emil Lorne", "Jane Roe, the harbour master, promised"),
])
def test_an_agency_first_credit_is_cut_with_the_whole_name(line, credit, lead):
    text, removed = _cleaned(line)
    assert credit in removed
    assert text.startswith(lead)


@pytest.mark.parametrize(("line", "credit", "lead"), [
    ("Photograph: Lena Holt/Reuters Port Ellery lowered its flood alert from amber to green on Sunday.",
     "Photograph: Lena Holt/Reuters", "Port Ellery lowered its flood alert"),
    ("Photograph: AFP/Getty Images Acme hopes the new seal will hold the leak until the relief well is finished.",
     "Photograph: AFP/Getty Images", "Acme hopes the new seal"),
    ("Photograph: AFP/Getty Acme could not stop the leak for a third week, the coast guard said on Monday.",
     "Photograph: AFP/Getty", "Acme could not stop the leak"),
    ("Photograph: Reuters/Staff The council reopened the coast road to lorries and buses on Monday morning.",
     "Photograph: Reuters/Staff", "The council reopened the coast road"),
])
def test_other_credit_shapes_keep_their_cut(line, credit, lead):
    text, removed = _cleaned(line)
    assert credit in removed
    assert text.startswith(lead)
