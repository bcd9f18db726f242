"""Round nineteen (16y): a list's first bullet sign, saved as the word "cents", run into the
line that introduces the list after its colon, is cut (the intro and the item stay); a wire
story's closing credit run on after the story's last words on the same line is cut, with the
site promo after it. Must-keep twins: a price after a colon, "cents" in prose, an editor named
in a parenthesis inside a sentence, a credit-like parenthesis above the text's end.
Invented texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.noise import clean_text

LEAD = ("Health officials in Port Ellery said on Tuesday that the number of people taken ill had risen again, "
        "and that two schools would stay shut until next week.\n\n"
        "The council said it would review its advice on Friday after talks with the regional health board.\n\n")
ITEM = "Acme Water cut corners on the design of its new filter plant, the panel said."


def _cut(text: str) -> list[str]:
    return [r.text for r in clean_text(text).removed]


def test_bullet_sign_after_a_colon_is_cut_and_both_pieces_kept():
    text = LEAD + "The panel listed three failings: cents " + ITEM + "\n\nThe council will meet again in May.\n"
    c = clean_text(text)
    assert "cents" in _cut(text)
    assert "The panel listed three failings:" in c.text
    assert ITEM in c.text and "cents" not in c.text


def test_bullet_sign_after_a_semicolon_is_cut():
    text = LEAD + "The worst affected towns are; cents Port Ellery: 12 cases, two in hospital.\n"
    c = clean_text(text)
    assert "cents" in _cut(text)
    assert "Port Ellery: 12 cases, two in hospital." in c.text


def test_price_after_a_colon_keeps_cents():
    text = LEAD + "The new fare: 50 cents Tuesday through Friday, the council said.\n"
    c = clean_text(text)
    assert "The new fare: 50 cents Tuesday through Friday" in c.text
    assert "cents" not in _cut(text)


def test_cents_after_a_colon_in_lower_case_prose_stays():
    text = LEAD + "The dividend came to just this: cents a share, Jane Roe said.\n"
    c = clean_text(text)
    assert "The dividend came to just this: cents a share" in c.text
    assert "cents" not in _cut(text)


def test_two_signs_on_one_line_leave_it_to_the_opening_rules():
    text = LEAD + "The panel listed two failings: cents Acme cut corners cents Port Ellery council looked away.\n"
    assert "cents" not in _cut(text)


_WORDS = st.sampled_from(["the", "council", "said", "schools", "would", "open", "again", "on", "Monday", "after", "talks"])


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Jane", "Acme", "The", "Port", "Officials"]), st.lists(_WORDS, min_size=4, max_size=12))
def test_only_the_sign_after_the_colon_goes(first, rest):
    item = " ".join([first, *rest]) + "."
    c = clean_text(LEAD + "Among the findings: cents " + item + "\n")
    assert item in c.text
    assert "Among the findings:" in c.text
    assert not any(item in r.text for r in c.removed)


CREDIT = "(Reporting by Jane Roe, editing by John Doe)"
PROMO = "A faster way to trade A connected approach to your data Our next generation research tools"


def test_closing_credit_after_the_last_words_is_cut_with_the_promo():
    last = "The board's full report is due in the spring"
    text = LEAD + last + " " + CREDIT + " " + PROMO + "\n"
    c = clean_text(text)
    assert CREDIT in _cut(text)
    assert PROMO in _cut(text)
    assert c.text.rstrip().endswith(last)


def test_closing_credit_after_a_sentence_at_the_end_is_cut():
    last = "The council will meet again in May."
    text = LEAD + last + " " + CREDIT + "\n"
    c = clean_text(text)
    assert any(CREDIT in r for r in _cut(text))
    assert c.text.rstrip().endswith(last)


def test_editor_in_a_parenthesis_inside_a_sentence_stays():
    line = "The collection (Edited by Jane Roe) sold out in a week, the publisher said."
    c = clean_text(LEAD + line + "\n")
    assert line in c.text


def test_credit_like_parenthesis_above_the_end_stays():
    line = "The study was written up quickly (Writing by Jane Roe) Acme said it would publish more."
    text = LEAD + line + "\n\nThe council will meet again in May to look at the figures once more.\n"
    c = clean_text(text)
    assert line in c.text


def test_closing_credit_followed_by_lower_case_words_stays():
    line = "The report is due soon (Reporting by Jane Roe) and more will follow"
    c = clean_text(LEAD + line + "\n")
    assert line in c.text


def test_link_texts_before_the_credit_go_with_it_when_the_line_is_a_closing_run():
    # the closing-run rule reads the whole line (link texts, credit, slogans): no split leaves
    # the link texts behind
    links = "(For more on the outbreak, go to: here)"
    text = LEAD + "The council will meet again in May.\n\n" + links + " " + CREDIT + " " + PROMO + "\n"
    c = clean_text(text)
    assert links not in c.text
    assert c.text.rstrip().endswith("The council will meet again in May.")
