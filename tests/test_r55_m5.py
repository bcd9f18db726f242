"""Round fifty-five, mender m5: cleaning and the brief (issues 16 and 23), from the seed-170 audit:
FNC-1 c081 K1 (an article's lede, a question to the reader and the study's finding, cut as a call to
action), c074 K2 and B7 (a wire dateline with the reporter's name after the agency left on the lead),
c069 K2 (a pointer sending "interested readers" to another site run on a paragraph), c070 K1 ("(read
more)" closing a line), c092 K1 (the labels "Before:" and "After:" left over their cut pictures),
c072 K1 (tabloid captions closing on "(pictured ...)"), and the brief's pieces that do not stand
alone: c081 B5 and B6 (list items with no verb under "including:"), c075 B7 (a letter's line under
its lead-in) and c079 B2 (a sentence begun after "next week's").

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.resolve import brief
from storyline.types import Record

_TAIL = "\n\nThe council said the new rules would come into force in the spring after a public consultation.\n"


def _clean(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(doc, start: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason.startswith(start)]


# --- c081 K1: a question to the reader, then what a study found: the article's lede ---------------

LEDE = ("Is your morning toast harming your teeth? A recent study by researchers at Port Ellery University "
        "found that the more sugar people ate, the worse their teeth became over the years.")


def test_a_lede_opening_on_a_question_then_a_reported_finding_stays():
    doc = _clean(LEDE + _TAIL)
    assert doc.text.startswith(LEDE)
    assert not _removed(doc, "cta")


def test_twin_a_question_then_a_call_to_write_in_is_still_cut():
    line = "Have you been affected by the floods? Tell us what happened."
    doc = _clean(line + _TAIL)
    assert line not in doc.text


# --- c074 K2: the reporter's name after the agency in a wire dateline ------------------------------

def test_a_wire_dateline_with_the_reporters_name_leaves_the_text_and_names_the_author():
    doc = _clean("MOSCOW, October 16 (RIA Novosti), Jane Roe - The group punishes its own fighters if they "
                 "break its rules, a monitor said." + _TAIL)
    assert doc.text.startswith("The group punishes")
    assert doc.dateline is not None and doc.dateline.agency == "RIA Novosti" and doc.dateline.place == "MOSCOW"
    assert "Jane Roe" in doc.authors


def test_twin_a_name_after_the_agency_with_no_dash_is_a_sentence_and_stays():
    line = "MOSCOW, October 16 (RIA Novosti), Jane Roe said the group punishes its own fighters."
    doc = _clean(line + _TAIL)
    assert line in doc.text
    assert "Jane Roe" not in doc.authors


# --- c069 K2: "Interested readers can check out ..." run on a paragraph ----------------------------

DOCK = "The dock holds the watch in place and charges it overnight, notes one review."


def test_a_pointer_sending_interested_readers_elsewhere_is_cut_off_its_paragraph():
    doc = _clean(DOCK + " Interested readers can check out the dock prototype from Acme Wire." + _TAIL)
    assert DOCK in doc.text and "Interested readers" not in doc.text


def test_twin_readers_doing_something_else_stay():
    line = DOCK + " Readers can vote for the best dock until Friday."
    assert line in _clean(line + _TAIL).text


# --- c070 K1: "(read more)" closing a line ---------------------------------------------------------

UPDATE = "UPDATE 26/01/2015 : This story seems to be false."


def test_a_bracketed_read_more_closing_a_line_is_cut():
    doc = _clean("The firm said the player earned more than any rival this year, officials said.\n\n"
                 + UPDATE + " (read more)" + _TAIL)
    assert UPDATE in doc.text and "(read more)" not in doc.text
    assert _removed(doc, "links") == ["(read more)"]


def test_twin_a_bracket_inside_the_sentence_or_naming_more_stays():
    for line in ("This story seems to be false (read more).", "This story seems to be false. (more to come)"):
        assert line in _clean("The firm said the player earned more than any rival, officials said.\n\n" + line + _TAIL).text


# --- c092 K1: a picture's label left with nothing under it -----------------------------------------

PHOTOS = "The photos were shared widely online last week, though the meals were staged by a chain.\n\n"


def test_labels_over_their_cut_pictures_are_cut():
    # "Before:" over another bare label, "After:" closing the text: neither labels anything left
    doc = _clean(PHOTOS + "The photo gallery first appeared on the blog of a salad chain last year.\n\n"
                 "Before:\n\nAfter:\n")
    assert "Before:" not in doc.text and "After:" not in doc.text
    assert _removed(doc, "label: a label left") == ["Before:\n\nAfter:"]  # one block, the two lines in a row


def test_twin_a_label_over_a_kept_line_stays():
    doc = _clean(PHOTOS + "The options:\n\nThe photo gallery first appeared on the blog of a salad chain last year." + _TAIL)
    assert "The options:" in doc.text


def test_twin_a_lead_in_with_a_verb_over_a_cut_glyph_stays():
    # a symbol font's bullet read as "l" is cut under it; the lead-in is the article's
    doc = _clean(PHOTOS + "Jane Roe argued that:\n\nl Only a few families have been admitted in the past four years.\n\n"
                 "l The situation here is entirely different than in the capital." + _TAIL)
    assert "Jane Roe argued that:" in doc.text


# --- c072 K1: a tabloid's captions closing on "(pictured ...)" with no stop ---------------------

STORY = ("The son of an aide is believed to be on the run in France after evading agents of the regime.\n\n"
         "He disappeared last month while studying at a school of architecture in Paris.\n\n"
         "Officials in Paris declined to say where he was living or whether he had asked for asylum.\n\n")
CAPTIONS = ["The student fled after his father was executed by the regime led by Jane Roe (pictured)",
            "There are fears he may be taken back (pictured, Jane Roe during a ceremony in the capital)"]


def test_captions_closing_on_pictured_brackets_are_cut_where_the_page_sets_several():
    doc = _clean(STORY + "\n\n".join(CAPTIONS) + _TAIL)
    for c in CAPTIONS:
        assert c not in doc.text


def test_twin_one_such_line_or_pictured_inside_a_sentence_stays():
    # round forty-five keeps a lone stopless line closing on "(pictured)" as the article's sentence
    doc = _clean(STORY + CAPTIONS[0] + _TAIL)
    assert CAPTIONS[0] in doc.text
    lines = ["The leader (pictured) has ruled the country since 2011 and rarely travels abroad.",
             "The student fled after his father was executed by the regime led by Jane Roe (pictured)."]
    doc = _clean(STORY + "\n\n".join(lines) + _TAIL)
    for line in lines:
        assert line in doc.text


# --- the brief: c081 B5/B6, a list's verbless item under a lead-in ending in a colon -------------

LIST = ("The health service points out some of the study's limitations, including:\n\n"
        "The accuracy of the participants' memories of what they ate.\n\n"
        "A lack of details about the cooking of the food.\n\n"
        "The council said it would publish its own figures in the spring.")


def _span(text: str, sentence: str) -> tuple[int, int]:
    at = text.index(sentence)
    return at, at + len(sentence)


def test_a_verbless_list_item_under_a_colon_lead_in_is_barred():
    assert brief.list_item(LIST, *_span(LIST, "A lack of details about the cooking of the food.")) is not None


def test_twin_a_list_item_with_its_own_verb_or_a_lone_paragraph_after_a_colon_stays():
    text = LIST.replace("A lack of details about the cooking of the food.", "Nobody asked how the food was cooked.")
    assert brief.list_item(text, *_span(text, "Nobody asked how the food was cooked.")) is None
    lone = "The study had one flaw:\n\nThe accuracy of the participants' memories of what they ate.\n\n" + (
        "The council said it would publish its own figures in the spring, after a long and open consultation "
        "with the town's schools. Parents welcomed the news.")
    assert brief.list_item(lone, *_span(lone, "The accuracy of the participants' memories of what they ate.")) is None


# --- the brief: c075 B7, a letter's line under its lead-in -------------------------------------------

LETTER = ("The group posted another letter on a website:\n\n"
          "This is the group.\n\n"
          "We lift the ban.\n\n"
          "The town will suffer if you do not comply with the rules.\n\n"
          "The studio said on Wednesday that it had cancelled the premiere of the film after threats were made "
          "against cinemas in several cities across the country, and that it was reviewing its options.")


def test_a_letters_line_under_its_lead_in_is_barred():
    line = "The town will suffer if you do not comply with the rules."
    assert brief.list_item(LETTER, *_span(LETTER, line)) is not None


def test_twin_short_lines_under_a_lead_in_naming_no_letter_stay():
    text = LETTER.replace("posted another letter on a website:", "said three things on Tuesday:")
    line = "The town will suffer if you do not comply with the rules."
    assert brief.list_item(text, *_span(text, line)) is None


# --- the brief: c079 B2, a sentence the splitter began after "next week's" ----------------------

def test_a_sentence_begun_after_a_possessive_starts_mid_sentence():
    text = ("The watch is expected to be the main attraction at next week's \u201cSpring Forward\u201d event, "
            "but a new laptop could appear too.")
    assert brief.open_before(text, text.index("\u201cSpring")) is not None
    assert brief.open_before("Shares rose at the " + "Acme Corp rose.", len("Shares rose at the ")) is not None


def test_twin_a_sentence_after_a_stop_or_a_closed_word_starts_whole():
    text = "The watch went on sale on Friday. \u201cSpring Forward\u201d was the name of the launch."
    assert brief.open_before(text, text.index("\u201cSpring")) is None
    text = "Crowds gathered in Paris \u201cSpring Forward\u201d was the slogan."
    assert brief.open_before(text, text.index("\u201cSpring")) is None
