"""Issue 16, round thirty-seven (clean): encoding debris ftfy could not read as it stood
(a converter's bracketed character references; mojibake split by a compatibility
normalisation) and link lines (a label, a colon, a web address). Census over the
Timeline17 dev texts and PolNeAR train 301-840 minus the keep-off list. Every text is
invented; each repair or cut has a must-keep twin of the same surface."""

from __future__ import annotations

import unicodedata

import pytest
from test_clean_promo_round32 import _cut, _kept  # the same two checks

from storyline.clean import encoding


def _fixed(text: str) -> str:
    return encoding.compose_and_repair(text)


# ---- bracketed character references

def test_reference_run_after_a_lead_byte_is_decoded():
    # the mis-decoded bytes of a punctuation space between two closing quotation marks
    assert _fixed("He wrote: \"'The vote is Tuesday.'â[#x20ac][#x2c6.]\"") == "He wrote: \"'The vote is Tuesday.'\u2008\""


def test_reference_alone_names_its_character():
    assert _fixed("Tickets cost [#x20ac]5 each.") == "Tickets cost €5 each."


@pytest.mark.parametrize("text", ["See note [#1] and code #x20ac.", "The tag [x20ac] stays.", "A [#x0007] control stays."])
def test_no_reference_stays_as_written(text):
    assert _fixed(text) == text


# ---- mojibake whose diacritic a compatibility normalisation split off

@pytest.mark.parametrize("broken,fixed", [
    ("Minister Ren\u00c3 \u0308e Roe spoke.", "Minister Renèe Roe spoke."),
    ("a na\u00c3 \u0304ve plan", "a naïve plan"),
])
def test_split_diacritic_after_a_lead_byte_is_repaired(broken, fixed):
    assert _fixed(broken) == fixed


def test_decomposed_mojibake_is_composed_then_repaired():
    # "A" + a combining tilde where the mis-decoding wrote "Ã": ftfy reads it once composed
    assert _fixed("Mayor Jane Pe" + unicodedata.normalize("NFD", "Ã±") + "a spoke.") == "Mayor Jane Peña spoke."
    assert _fixed("Senator Fran" + unicodedata.normalize("NFD", "ÃƒÂ§") + "ois Roe") == "Senator François Roe"


@pytest.mark.parametrize("broken,fixed", [
    ("Rep. Ra\u00c3ol Roe", "Rep. Raúl Roe"),  # "º" read as "o"
    ("the raison d'\u00c3atre", "the raison d'être"),  # "ª" read as "a"
    ("cleric Jan G\u00c31\u20444len", "cleric Jan Gülen"),  # "¼" read as "1⁄4"
])
def test_compatibility_split_mojibake_is_repaired(broken, fixed):
    assert _fixed(broken) == fixed


@pytest.mark.parametrize("text", ["SÃO PAULO is large.", "A lone Ão stays.", "Portuguese names end in -ão, as in João."])
def test_lead_byte_before_a_letter_in_no_mojibake_word_stays(text):
    assert _fixed(text) == text


def test_combining_mark_on_a_space_elsewhere_stays():
    text = "The sign \u0308 stood alone; A \u0308 too."
    assert _fixed(text) == text


# ---- link lines

BODY = ("Most voters in the state back the plan, according to a poll released on Friday by Acme Research.\n\n"
        "The poll of 400 voters has a margin of error of 4.9 points, the firm said.\n\n"
        "Officials said the work would start in the spring and last a month.")


@pytest.mark.parametrize("line", ["A summary of the results is here:\u00a0http://bit.ly/1Abc2De.",
                                  "Full results: http://example.com/poll.", "2016 vote tracker: http://exam.pl/2x7Q"])
def test_link_lines_at_the_foot_are_cut(line):
    assert _cut(line, BODY + "\n\n" + line)


@pytest.mark.parametrize("line", [
    "The agency lists every case on its website www.example.org.",
    "\"A new poll on the plan,\" by the Courier's Jane Roe: http://bit.ly/1Abc2De.",
    "She said it plainly. The full text: http://example.com/x.",
    "Here is what matters: the plan is dead.",
])
def test_sentences_naming_an_address_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


# ---- a caption ending on a quotation, run into the lead on the first line

LEAD = "Acme's governor says she will grant free plots to the families hit by the flood."
REST = "\n\nThe offer was made on Monday, officials said.\n\nMore talks are planned for next week."


def test_caption_ending_on_a_quotation_is_cut_off_the_lead():
    caption = 'Jane Roe said the islanders could "return to their homes"'
    assert _cut(caption, caption + " " + LEAD + REST)
    assert _kept(LEAD, caption + " " + LEAD + REST)


@pytest.mark.parametrize("line", [
    'Sean "Diddy" Roe and Jane Doe are to host a two-hour concert for the island next week.',  # a one-word nickname
    'President Jane Roe warned Acme on Friday not to "nickel and dime" coast residents over claims while paying out.',
    '"Cashless cook" Mark Roe describes how he dines after renouncing every penny.',  # nothing before the quotation
    'She said the plan was "dead and buried" Monday, and the council agreed to drop it.',  # no finite verb after
])
def test_quotation_inside_a_lead_stays(line):
    assert _kept(line, line + REST)


def test_the_seam_below_the_first_line_is_not_read():
    line = 'Jane Roe said the islanders could "return to their homes" Acme\'s president says he will help.'
    text = "The flood hit the harbour town on Monday, officials said." + "\n\n" + line + REST
    assert _kept(line, text)
