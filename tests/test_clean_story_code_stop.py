"""A wire story code closing a sentence takes the sentence's full stop with it when it is
cut ("... within a month (ID: nN01234567). The union ..."): the sentence gets its stop back
(issue 16, round thirteen). Invented texts."""

from __future__ import annotations

from storyline.clean.noise import clean_text

HEAD = "Acme to shut its harbour plant\n\n"
LEAD = "PORT ELLERY (Reuters) - Acme Corp said on Monday it would close the plant at the harbour within a month"
NEXT = " The union said it would fight the plan in court, and talks would go on through the week."


def _clean(middle: str) -> str:
    return clean_text(HEAD + LEAD + middle + NEXT).text


def test_a_code_closing_a_sentence_leaves_the_stop_with_it():
    out = _clean(" (ID: nN01234567).")
    assert "within a month.\n\nThe union said" in out and "nN01234567" not in out


def test_a_bare_code_closing_a_sentence_leaves_the_stop_too():
    out = _clean(" (nXY1234567).")
    assert "within a month.\n\nThe union said" in out and "nXY1234567" not in out


def test_a_code_at_the_end_of_a_line_gives_back_its_stop():
    out = clean_text(HEAD + LEAD + " (ID: nN01234567).\n\nJane Roe, a spokeswoman, said talks would go on.").text
    assert "within a month.\n\nJane Roe" in out


def test_a_sentence_closed_before_the_code_gets_no_second_stop():
    out = _clean(". (ID: nN01234567)")
    assert "within a month.\n\nThe union said" in out and ".." not in out


def test_a_code_printed_with_no_stop_gets_none():
    out = _clean(" (ID: nN01234567)")
    assert "within a month\n\nThe union said" in out


def test_a_short_sentence_a_code_closed_is_no_heading():
    short = "Jane Roe condemned the plan as unfair to the workers"
    long = "The union said it would fight the plan in court, and talks with the council would go on through the week."
    c = clean_text(f"{HEAD}{LEAD}.{NEXT}\n\n{short} (nXY1234567).\n\n{long}")
    assert f"{short}.\n\n" in c.text
    assert not any(c.text[h.start:h.end].startswith("Jane Roe") for h in c.headings)
