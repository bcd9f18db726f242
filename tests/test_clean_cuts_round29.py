"""Round twenty-nine (issue 16): three cuts of article text found on held-out copy, each
mended with a must-not-fire twin. Invented text only.

- a picture credit whose lead opens on a possessive or a participle ("Photograph: Acme
  Acme's new chief ...", "Illustration: Acme Trying to ..."): the credit goes, the lead stays;
- an untitled text opening with a quotation that closes on the next line: not a title;
- a bracketed prompt to readers at a line's head: the bracket goes, the item after it stays.
"""

import pytest

from storyline.clean.noise import clean_text

TAIL = "\n\nThe firm said on Tuesday that a contractor had edited three photographs before they were posted online."
LEAD_POSSESSIVE = ("Acme's incoming chief executive, Jane Roe, has told analysts that the company will "
                   "probably pay out less than it set aside for claims.")
LEAD_PARTICIPLE = "Trying to win back some credibility for its accounts, the company has posted the originals of the altered pictures."


def _removed(c):
    return [r.text for r in c.removed]


@pytest.mark.parametrize("label,lead", [
    ("Photograph: Nasa", LEAD_POSSESSIVE),
    ("Illustration: Acme", LEAD_PARTICIPLE),
    ("Photograph: Jane Roe", LEAD_POSSESSIVE),
])
def test_credit_before_a_possessive_or_participle_lead_goes_alone(label, lead):
    c = clean_text("Claims to fall short of the fund\n\n" + label + " " + lead + TAIL)
    assert lead in c.text
    assert label in _removed(c)


def test_surname_in_ing_before_a_verb_is_not_a_seam():
    # "Fleming" ends in -ing but "said" is no function word: the credit's name is not
    # cut before it (the line goes as before: a short credited line)
    c = clean_text("Claims to fall short of the fund\n\nPhotograph: Jane Fleming said the company would pay." + TAIL)
    assert "Photograph: Jane" not in _removed(c)
    assert "Fleming said the company would pay." not in c.text.split("\n\n")


def test_participle_needs_a_function_word_after_it():
    from storyline.clean.noise import _credit_seam_shape

    line = "Photograph: Acme Trying to win back"
    assert _credit_seam_shape("Trying", line, line.index("Trying") + len("Trying"))
    line = "Photograph: Jane Fleming said so"
    assert not _credit_seam_shape("Fleming", line, line.index("Fleming") + len("Fleming"))
    line = "Photograph: Nasa Acme's chief"
    assert _credit_seam_shape("Acme's", line, line.index("Acme's") + len("Acme's"))
    assert not _credit_seam_shape("Acme", "Photograph: Nasa Acme chief", 21)


BODY = "\n\nThe director was finishing his latest film about the coast and its people when the spill began."


def test_a_quotation_closing_on_the_next_line_is_the_opening_not_a_title():
    c = clean_text('"We never trusted them!\n\nThey would lie to anyone," the director told a magazine about the oil firm.' + BODY)
    assert c.text.startswith('"We never trusted them!')
    assert not any(r.reason.startswith("headline") for r in c.removed)


def test_curly_quotation_closing_on_the_next_line_is_the_opening():
    c = clean_text("“We never trusted them!\n\nThey would lie to anyone,” the director told a magazine about the oil firm." + BODY)
    assert c.text.startswith("“We never trusted them!")


def test_a_quoted_title_closed_on_its_line_stays_a_title():
    c = clean_text('"We never trusted them!"\n\nThe director told a magazine about the oil firm that he had lost faith in its chiefs.' + BODY)
    assert '"We never trusted them!"' in _removed(c)


def test_an_unclosed_quote_with_no_close_below_stays_a_title():
    # the next line does not close a quotation: nothing says the quote goes on
    c = clean_text('"We never trusted them\n\nThe director told a magazine about the oil firm that he had lost faith in its chiefs.' + BODY)
    assert '"We never trusted them' in _removed(c)


INTRO = "The ups and downs of the week in the capital, as our team saw them on Friday morning.\n\n"
ITEM = "Jane Roe: She led the agency through the storm of 2005 and took charge of the response a month before she was to retire."
OUTRO = "\n\nThe list will be updated on Monday with the picks of the week."


def test_bracketed_reader_prompt_is_cut_off_the_item_after_it():
    c = clean_text(INTRO + "(Your picks for the list are welcome in the comments section below): " + ITEM + OUTRO)
    assert ITEM in c.text
    assert "(Your picks for the list are welcome in the comments section below):" in _removed(c)


def test_bracket_not_addressed_to_readers_stays():
    c = clean_text(INTRO + "(The list is drawn up by our team each week from the news): " + ITEM + OUTRO)
    assert "(The list is drawn up by our team each week from the news): " + ITEM in c.text


def test_bracketed_prompt_before_a_fragment_is_not_split():
    # what follows is no sentence: the split abstains (the line is read whole, as before)
    from storyline.clean.noise import _HEAD_ASIDE

    assert _HEAD_ASIDE.match("(Your picks are welcome in the comments below): Jane Roe")
    c = clean_text(INTRO + "(Your picks for the list are welcome in the comments section below): Jane Roe" + OUTRO)
    assert "Jane Roe" not in c.text.split("\n\n")


def test_an_opener_inside_the_name_wins_over_the_shape_seam():
    # "When" opens the lead: the credit ends before it, not before the possessive after it
    c = clean_text("Claims to fall short of the fund\n\nPhotograph: Jane Roe When Acme's chief executive, John Doe, "
                   "told analysts the company would pay less, the shares rose." + TAIL)
    assert "When Acme's chief executive" in c.text


def test_a_straight_closing_mark_glued_to_its_word_closes_the_quotation():
    from storyline.clean.noise import _first_mark_closes

    assert _first_mark_closes('They would lie to anyone," she said. "')
    assert not _first_mark_closes('She said: "They would lie to anyone."')
    assert _first_mark_closes("They would lie to anyone,” she said.")
    assert not _first_mark_closes("No quotation here.")
