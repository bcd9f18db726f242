"""Round thirty-four (issue 16): a news archive's field lines at the head of its copy
("BYLINE: Jane Roe.", "LENGTH: 812 words", ...) and a writer's signature on a line of its
own under a roundup's item ("- Jane Roe.") are cut; the byline's and the signature's name go
to the document's authors. Every text is invented; each must-cut case has a must-keep twin:
an article sentence opening on "Byline" or a field's word, a dash and a name inside a
sentence, a speaker's name under the quotation it said, a dash and no person's name."""
from __future__ import annotations

import pytest

from storyline.clean import metadata
from storyline.clean.noise import clean_text

LEAD = "The council in Port Ellery met on Tuesday to weigh the plan for the new bridge."
BODY = "\n\nThe mayor said the vote would come next month.\n\nAnalysts said the cost was not yet known."


def _cut(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in clean_text(text).removed]


def test_an_archive_byline_field_is_cut_and_its_name_kept_as_the_author():
    c = clean_text("BYLINE: Jane Roe.\n\n" + LEAD + BODY)
    assert ("byline", "BYLINE: Jane Roe.") in [(r.kind, r.text) for r in c.removed]
    assert c.text.startswith("The council in Port Ellery") and c.authors == ["Jane Roe"]


def test_twin_a_sentence_opening_on_byline_stays():
    line = "Byline reporters at the paper were told on Monday to file their copy earlier."
    c = clean_text(LEAD + "\n\n" + line + BODY)
    assert line in c.text and not c.authors


@pytest.mark.parametrize("field", [
    "LENGTH: 812 words", "LOAD-DATE: June 28, 2016", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE: Newspaper",
    "DATELINE: WASHINGTON", "SECTION: A-SECTION; Pg. A04",
])
def test_an_archive_field_line_is_cut(field):
    c = clean_text("BYLINE: Jane Roe.\n\n" + field + "\n\n" + LEAD + BODY)
    assert field not in c.text and c.text.startswith("The council in Port Ellery")


@pytest.mark.parametrize("line", [
    "Length: the bridge runs for two miles over the bay, the engineers said on Monday.",
    "Language: officials said the new signs would be printed in English and Spanish.",
])
def test_twin_a_sentence_opening_on_a_field_word_stays(line):
    assert line in clean_text(LEAD + "\n\n" + line + BODY).text


def test_a_writer_s_dash_signature_under_a_roundup_item_is_cut():
    text = LEAD + "\n\n- Jane Roe.\n\nAnother item of the roundup tells of the vote on the budget." + BODY
    c = clean_text(text)
    assert ("byline", "- Jane Roe.") in [(r.kind, r.text) for r in c.removed]
    assert "Another item of the roundup" in c.text and c.authors == ["Jane Roe"]


def test_twin_a_speaker_under_the_quotation_it_said_stays():
    text = LEAD + '\n\n"The bridge will be built on time and on budget."\n\n- Jane Roe.\n\nShe has said so before.' + BODY
    assert "- Jane Roe." in clean_text(text).text


@pytest.mark.parametrize("line", [
    "The engineer - Jane Roe - said the pillars would hold.",  # a dash and a name inside a sentence
])
def test_twin_a_dash_name_inside_a_sentence_stays(line):
    assert line in clean_text(LEAD + "\n\n" + line + BODY).text


def test_twin_a_dash_and_no_person_s_name_is_not_read_as_a_signature():
    # "White House" opens on no common first name; a one-word credit is no name
    c = clean_text(LEAD + "\n\n- White House.\n\n- Acme." + BODY)
    assert not any(r.kind == "byline" for r in c.removed)


def test_metadata_reads_the_archive_field_and_the_signature():
    assert metadata.authors([("BYLINE: Jane Roe and Ed Doe.", "byline: author credit line")]) == ["Jane Roe", "Ed Doe"]
    assert metadata.authors([("- Jane Roe.", "byline: author credit line")]) == ["Jane Roe"]
    assert metadata.authors([("- Jane Roe.", "caption: x")]) == []
