"""Round thirty-six (issue 16, clean): end matter and furniture kept as article text in US papers
(PolNeAR census and the judged samples of seeds 137, 139, 149): a list's bullet sign read back
as the letter "l" (a symbol font's "●"), a correction the archive appends at the foot (its
"CORRECTION APPENDED." label, "CORRECTION:" line, edition line, notice and date), an author's
note whose body or field stands before the role noun that ends it ("... is a member of Acme's
Board of Contributors.", "... is a Cold War historian."), a note whose name the parse misreads
as a body, and a party chair's tagline ("Rep. <Name>, D-Fla., chairs ...") under a piece in the
first person plural. Every text is invented; each must-cut case has a must-keep twin."""
from __future__ import annotations

from storyline.clean import page_furniture
from storyline.clean.noise import clean_text

BODY = ("Officials in Port Ellery met on Monday to plan the repairs to the dam.\n\n"
        "The council said repairs would take a month.\n\n"
        "Analysts said the cost was not yet known.")
WE = ("Our town has waited long enough for the dam.\n\n"
      "We believe the council will find the money.\n\n"
      "The repairs will take a month, and our crews are ready.\n\n"
      "We will keep our promise to the voters.")


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


def _cut(line: str, text: str) -> bool:
    c = clean_text(text)
    return line not in c.text and any(line in r.text for r in c.removed)


# ---- a list's bullet sign read back as "l"

LIST = (BODY + "\n\nThe engineers found three faults:\n\n"
        "l The spillway gate had rusted shut after the winter floods.\n\n"
        "l Two of the pumps were wired to the wrong circuit.\n\n"
        "l No inspector had visited the site since 2009.\n\n"
        "The council will vote on the plan next week.")


def test_glyph_bullets_go_and_their_lines_stay():
    text = clean_text(LIST).text
    assert "\n\nThe spillway gate had rusted shut" in text
    assert "\n\nTwo of the pumps were wired" in text
    assert "\n\nNo inspector had visited" in text
    assert "l The spillway" not in text and "l Two" not in text


def test_one_glyph_line_stays_whole():
    # must-keep twin: a lone line is no list (a misread "I" may open a sentence)
    text = BODY + "\n\nl The spillway gate had rusted shut after the winter floods.\n\nThe council will vote next week."
    assert "l The spillway gate" in clean_text(text).text


def test_sentences_opening_on_I_or_A_stay():
    text = (BODY + "\n\nI The first point is the cost of the work.\n\nA Second point was made by the mayor.\n\n"
            "I Third, the council must vote.\n\nThe council will vote next week.")
    out = clean_text(text).text
    assert "I The first point" in out and "A Second point" in out


def test_a_glyph_before_lower_case_stays():
    text = BODY + "\n\nl ki m d ch ng v t.\n\nl th c v t v ki m.\n\nThe council will vote next week."
    assert "l ki m d ch" in clean_text(text).text


# ---- a correction appended at the foot by the archive

APPENDED = ("CORRECTION:\n\nAs published in the Ellery Times International.\n\n"
            "Owing to a desk error, an article on Monday about Jane Q. Roe's plan for the dam misstated "
            "the year she was elected. It was 2012, not 2010.\n\nTuesday, May 3, 2016.")


def test_appended_correction_goes():
    text = "CORRECTION APPENDED.\n\n" + BODY + "\n\n" + APPENDED
    out = clean_text(text)
    assert "CORRECTION" not in out.text and "As published" not in out.text and "misstated" not in out.text
    assert "Tuesday, May 3, 2016." not in out.text
    assert "Analysts said the cost was not yet known." in out.text


def test_a_correction_label_over_article_text_stays():
    # must-keep twin: a "CORRECTION:" line with the story's own lines under it
    text = BODY + "\n\nCORRECTION:\n\nThe council said the dam would reopen in June.\n\nTuesday, May 3, 2016."
    out = clean_text(text).text
    assert "The council said the dam would reopen in June." in out


def test_a_correction_block_without_a_notice_stays():
    text = BODY + "\n\nCORRECTION:\n\nAs published in the Ellery Times International.\n\nTuesday, May 3, 2016."
    assert "As published in the Ellery Times International." in clean_text(text).text


def test_an_article_about_a_misstated_figure_stays():
    text = BODY + "\n\nAn article in the Acton Post misstated the cost of the dam, the mayor said."
    assert _kept("An article in the Acton Post misstated the cost of the dam, the mayor said.", text)


# ---- author's notes: body before the closing role noun, a name the parse misreads

def test_board_of_contributors_note_is_cut():
    line = "Glenn Harlan Roe, an Ellery College law professor, is a member of Acme Today's Board of Contributors."
    assert _cut(line, BODY + "\n\n" + line)


def test_field_before_role_with_a_sentence_going_on_is_cut():
    line = "Zachary Jonathan Doe is a Cold War historian. His doctorate is from Ellery University."
    assert _cut(line, BODY + "\n\n" + line)


def test_role_noun_not_closing_the_note_needs_the_body_after_it():
    # must-keep twins: the role noun does not end the line; no capital before it
    for line in ("Jane Roe is a Democratic strategist who hopes to run next year.",
                 "Jane Roe is a keen historian."):
        assert _kept(line, BODY + "\n\n" + line)


def test_a_note_on_someone_named_above_stays():
    line = "Glenn Harlan Roe is a member of Acme Today's Board of Contributors."
    text = BODY.replace("Analysts said", "Glenn Roe said") + "\n\n" + line
    assert _kept(line, text)


def test_body_before_role_helper():
    m = page_furniture._NOTE.match("Jane Roe is a Cold War historian.")
    assert m is not None
    role = page_furniture._role_nouns().search(m.group("role"))
    assert role is not None and page_furniture._body_before_role(m.group("role"), role)
    m = page_furniture._NOTE.match("Jane Roe is a historian of Acton.")
    assert m is not None
    role = page_furniture._role_nouns().search(m.group("role"))
    assert role is not None and not page_furniture._body_before_role(m.group("role"), role)


def test_a_weak_closing_line_above_a_note_stays():
    # the op-ed's last sentence, read as a call to action, is not cut once the note under it is
    text = BODY + "\n\nDon't be fooled.\n\nGlenn Harlan Roe, a law professor, is a member of Acme Today's Board of Contributors."
    out = clean_text(text).text
    assert "Don't be fooled." in out and "Board of Contributors" not in out


# ---- a party chair's tagline under a first-person-plural piece

CHAIR = "Rep. Jane Roe, D-Fla., chairs the Ellery Democratic Committee."


def test_chair_tagline_under_a_we_piece_is_cut():
    assert _cut(CHAIR, WE + "\n\n" + CHAIR)


def test_chair_line_under_a_news_story_stays():
    # must-keep twin: a news story names a lawmaker's post so too
    assert _kept(CHAIR, BODY + "\n\n" + CHAIR)


def test_we_only_inside_quotes_is_no_first_person():
    quoted = ('"Our town has waited long enough," the mayor said.\n\n'
              'Officials said "we believe the council will find the money."\n\n'
              'The repairs will take a month, "and our crews are ready," Roe said.\n\n'
              '"We will keep our promise," he added.')
    assert _kept(CHAIR, quoted + "\n\n" + CHAIR)


# ---- a "Contributing:" credit run into the last sentence

def test_glued_contributing_credit_is_cut_off_the_last_sentence():
    text = BODY + "\n\nThe mayor gave $500 to Acme PAC.Contributing: Jane Roe, The (Acton, Maine) Record."
    out = clean_text(text)
    assert out.text.endswith("The mayor gave $500 to Acme PAC.")
    assert any("Contributing: Jane Roe" in r.text for r in out.removed)


def test_contributing_inside_a_sentence_stays():
    # must-keep twins: no stop before the label; a lower-case word after it; not the last line
    for line in ("The mayor named three factors Contributing: Rain, wind and age.",
                 "The mayor spoke.Contributing: rain and wind played a part."):
        assert line in clean_text(BODY + "\n\n" + line).text
    text = BODY + "\n\nThe mayor spoke.Contributing: Jane Roe.\n\nThe council will vote next week."
    assert "The mayor spoke.Contributing: Jane Roe." in clean_text(text).text
