"""Issue 16, round forty-seven (clean47): furniture left in scraped article bodies (FNC-1 bodies
of 2014-15) and wire copy: captions a tabloid page gives words to a speaker or ends on a
function word, a gallery's run of captions, a promo printed twice beside them, a roundup's
bracketed source tags, captions known by their agency's credit or AP's dated form, an ad slot's
teasers, a caption set inside a quotation running over paragraphs, a caption restating the
story, a foreign dateline with its country. Every text is invented; each must-cut case has a
must-keep twin of the same surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _cut, _kept
from test_clean_scraped_furniture_round42 import BODY, _around

from storyline.clean import clean_record
from storyline.clean.noise import clean_text
from storyline.types import Record

P1 = "The council voted on Tuesday to close the harbour road, the mayor said."
P2 = "Residents in Port Ellery had asked for the closure for two years."
P3 = "Officials said the work would start in the spring and last a month."
P4 = "The road will reopen in the summer, engineers said."
P5 = "Drivers will have to take the coast road until then, the council said."
# two labelled captions: the page prints its pictures' captions under a label, with no stop
CAP1 = "Closed: Workers put up barriers at the end of the harbour road in Port Ellery on Monday"
CAP2 = "Waiting: Residents of Port Ellery gather beside the closed road as crews arrive with their trucks"


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


# ---- a labelled caption giving words to a speaker, or ending on a function word, on a page
# whose labelled captions are cut (noise._label_captions, second pass)

SPOKEN = "Defiant: The mayor of Port Ellery has said the road will stay shut until the spring"
FUNCTION_END = "Standoff: Crews have put up fences along the harbour road as the police watch them"


@pytest.mark.parametrize("line", [SPOKEN, FUNCTION_END])
def test_a_labelled_caption_with_a_saying_verb_or_a_function_word_end_is_cut_on_a_caption_page(line):
    text = _page(P1, CAP1, P2, line, P3, CAP2, P4, P5)
    assert _cut(line, text)


@pytest.mark.parametrize("line", [SPOKEN, FUNCTION_END])
def test_the_same_line_stays_on_a_page_without_labelled_captions(line):
    assert _kept(line, _page(P1, P2, line, P3, P4, P5))


def test_a_label_that_is_a_name_the_text_uses_again_stays():
    line = "Ellery: The mayor of Port Ellery has said the road will stay shut until the spring"
    assert _kept(line, _page(P1, CAP1, P2, line, P3, CAP2, P4, "Ellery is the county's oldest harbour town."))


def test_a_function_word_end_with_the_sentence_going_on_below_stays():
    line = "Standoff: Crews have put up fences along the harbour road as the police watch them from"
    text = _page(P1, CAP1, P2, line, "the bridge at the end of the road with the trucks.", P3, CAP2, P4)
    assert _kept(line, text)


# ---- a gallery: three or more stopless caption lines in a row on such a page (noise._gallery_runs)

GALLERY = ["Crews in orange jackets lift the last barrier into place at the end of the harbour road",
           "A lone driver turns back at the barriers as the evening traffic builds on the coast road",
           "Residents watch from the sea wall as the first trucks arrive with the new road surface"]


def test_a_run_of_three_stopless_captions_on_a_caption_page_is_cut():
    text = _page(P1, CAP1, P2, P3, CAP2, P4, *GALLERY, P5)
    assert all(_cut(line, text) for line in GALLERY)


def test_the_same_run_stays_on_a_page_without_labelled_captions():
    text = _page(P1, P2, P3, P4, *GALLERY, P5)
    assert all(_kept(line, text) for line in GALLERY)


def test_the_same_run_under_a_lead_in_closing_on_a_colon_stays():
    text = _page(P1, CAP1, P2, P3, CAP2, P4, "The council listed what residents will see this week:", *GALLERY, P5)
    assert all(_kept(line, text) for line in GALLERY)


def test_two_stopless_lines_in_a_row_are_no_gallery():
    text = _page(P1, CAP1, P2, P3, CAP2, P4, *GALLERY[:2], P5)
    assert all(_kept(line, text) for line in GALLERY[:2])


# ---- a stopless line printed twice, each copy beside cut furniture (noise._repeated_beside_furniture)

PROMO = "Mayor opens the new bridge over the harbour"


def test_a_promo_printed_twice_beside_captions_is_cut():
    text = _page(P1, CAP1, PROMO, P2, P3, CAP2, PROMO, P4, P5)
    c = clean_text(text)
    assert PROMO not in c.text


def test_a_line_printed_twice_between_paragraphs_stays():
    text = _page(P1, CAP1, P2, PROMO, P3, CAP2, P4, PROMO, P5)
    assert clean_text(text).text.count(PROMO) == 2


# ---- a roundup's source tag in square brackets closing a paragraph (noise._split_outlet_tags)


def test_a_bracketed_outlet_tag_closing_a_paragraph_is_cut_and_its_sentence_kept():
    para = "The mayor did not take kindly to the plan for the road. [Acme Gossip]"
    c = clean_text(_around(para))
    assert "The mayor did not take kindly to the plan for the road." in c.text
    assert "[Acme Gossip]" not in c.text and any(r.text.strip() == "[Acme Gossip]" for r in c.removed)


@pytest.mark.parametrize("para", [
    "The mayor thanked the crews for their work on the road. [Applause]",
    "The report said [Acme] would pay for the work on the road.",
    "The mayor wrote that the road was 'to dangerous' [sic]. [Sic]",
])
def test_a_stage_mark_or_a_bracket_inside_the_sentence_stays(para):
    c = clean_text(_around(para))
    assert para in c.text


# ---- a caption known by its agency's credit, or a wire picture's dated caption (noise._credited_captions)


@pytest.mark.parametrize("line", [
    "Getty   Firefighters carry a stretcher from the harbour road at the scene of the crash",
    "The mayor is expected to reopen the harbour road in the summer. Associated Press",
    "Crews work on the harbour road in Port Ellery on Monday.Reuters",
    "FILE - In this June 1, 2010 file photo, workers repair the harbour road in Port Ellery.",
    "In this May 26, 2010 photo, crews lift a barrier onto the harbour road.",
])
def test_a_credited_or_dated_caption_is_cut(line):
    assert _cut(line, _around(line))


@pytest.mark.parametrize("line", [
    "Getty Images said on Tuesday it would sell its archive of harbour pictures to Acme.",
    "The mayor spoke to the Associated Press about the road on Tuesday.",
    "In this photo, the mayor looks tired after the meeting, a reader wrote.",
])
def test_a_sentence_naming_an_agency_or_a_photo_stays(line):
    assert _kept(line, _around(line))


# ---- an ad slot's teasers under its label (noise._ad_teasers, data/ad_labels.txt)

TEASERS = ["How one odd trick makes savers money every day...", "New site finds anyone! So addicting"]


def test_teasers_under_an_ad_label_are_cut():
    text = _page(P1, P2, "Ads by Acmeads", *TEASERS, P3, P4, P5)
    assert all(_cut(line, text) for line in TEASERS)
    assert P3 in clean_text(text).text


def test_the_same_lines_without_an_ad_label_stay():
    text = _page(P1, P2, P3, *TEASERS, P4, P5)
    assert all(_kept(line, text) for line in TEASERS)


# ---- a caption inside a quotation running over paragraphs (noise._captions_inside_quotations)

CAPTION_IN_QUOTE = "The two gunmen open fire in the street during the attack"


def test_a_caption_inside_a_quotation_running_over_paragraphs_is_cut():
    text = _page(P1, "The union said in a statement: \"It is with sadness that we learned of his death this morning.",
                 CAPTION_IN_QUOTE, "\"We send our condolences to his family and his colleagues.\"", P4, P5)
    assert _cut(CAPTION_IN_QUOTE, text)


def test_the_same_line_after_a_closed_quotation_stays():
    text = _page(P1, "\"It is with sadness that we learned of his death,\" the union said.",
                 CAPTION_IN_QUOTE, "\"We send our condolences to his family and his colleagues.\"", P4, P5)
    assert _kept(CAPTION_IN_QUOTE, text)


# ---- a caption restating a sentence of the text, on a page with a caption cut (noise._restated_captions)

RESTATED = "Jane Roe dreams of starring in a television show of her own"
STATED = "Jane Roe, who moved to Port Ellery last year, says she dreams of one day starring in a television show of her own."


def test_a_stopless_line_restating_a_sentence_is_cut_on_a_caption_page():
    text = _page(P1, CAP1, P2, STATED, P3, RESTATED, P4, P5)
    assert _cut(RESTATED, text)


def test_the_same_line_stays_on_a_page_without_captions():
    assert _kept(RESTATED, _page(P1, P2, STATED, P3, RESTATED, P4, P5))


def test_a_stopless_line_saying_something_new_stays():
    line = "Jane Roe has also applied to run the harbour cafe next summer with her brother"
    assert _kept(line, _page(P1, CAP1, P2, STATED, P3, line, P4, P5))


# ---- a foreign dateline with its country, and a lead opening on an initialism (clean/dateline.py)

LEAD = "Opposition parties on Monday predicted a clear victory in the country's elections after early results."


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


@pytest.mark.parametrize("line", [f"RANGOON, Burma - {LEAD}", "JACKSON, Miss. - U.S. District Judge Jane Roe on Thursday blocked the state's new law on the harbour."])
def test_a_hyphen_dateline_with_a_country_or_before_an_initialism_is_lifted(line):
    d = _clean(f"Vote counted.\n\n{line}\n\n{P3}\n")
    assert d.dateline is not None and d.dateline.place in ("RANGOON, Burma", "JACKSON, Miss.")
    assert any(r.reason.startswith("dateline") for r in d.removed)


@pytest.mark.parametrize("line", [f"PORT ELLERY, Acme - {LEAD}", "FILE - U.S. District Judge Jane Roe on Thursday blocked the state's new law."])
def test_a_hyphen_after_a_place_of_no_country_or_a_label_is_no_dateline(line):
    d = _clean(f"Vote counted.\n\n{line}\n\n{P3}\n")
    assert not any(r.reason.startswith("dateline") for r in d.removed)


# ---- a caption with its credit glued between it and the next sentence (noise._split_glued_caption_credits),
# a caption closing on a "Photo/<source>" credit, a station's credit line (data/boilerplate.txt)


def test_a_caption_glued_to_its_credit_and_the_next_sentence_is_cut_and_the_sentence_kept():
    para = "Jane Roe talks to reporters in Port Ellery in 2011.Photo: APThe council said the road would reopen."
    c = clean_text(_around(para))
    assert "The council said the road would reopen." in c.text and "Jane Roe talks" not in c.text


def test_a_credit_named_in_a_sentence_glued_to_the_next_stays():
    para = "Jane Roe took the photo: AP editors chose it.The council said the road would reopen."
    c = clean_text(_around(para))
    assert "Jane Roe took the photo" in c.text


def test_a_caption_closing_on_a_photo_slash_credit_is_cut():
    line = "A young cat was found alive beside the harbour road on Monday. Photo/Acme Humane Society"
    assert _cut(line, _around(line))


def test_a_sentence_about_a_photo_library_stays():
    line = "The pictures went to the Acme Humane Society, which keeps a photo library."
    assert _kept(line, _around(line))


def test_a_stations_credit_for_its_pictures_is_cut():
    line = "Photos property of Acme 13, taken by Acme 13's Jane Roe"
    assert _cut(line, BODY + "\n\n" + line)


def test_a_sentence_on_who_owns_pictures_stays():
    line = "Photos property of the state were sold at auction last year, the council said."
    assert _kept(line, BODY + "\n\n" + line)


def test_a_quotation_that_lost_its_stop_is_no_restated_caption():
    line = "'Jane Roe dreams of starring in a television show of her own,' her mother said"
    assert _kept(line, _page(P1, CAP1, P2, STATED, P3, line, P4, P5))


# ---- the round's review: twins of the rules above on texts they must not touch -----------------

def test_review_the_same_run_under_a_line_announcing_a_count_stays():
    text = _page(P1, CAP1, P2, P3, CAP2, P4, "Officers said three things were now clear after the inquiry", *GALLERY, P5)
    assert all(_kept(line, text) for line in GALLERY)


@pytest.mark.parametrize("line", [
    "In this 2015 photo contest, judges picked 12 winners from 4,000 entries sent by amateurs.",
    "In this 2009 photo, which surfaced online on Sunday, the senator appears to shake hands with the jailed businessman.",
])
def test_review_an_article_sentence_opening_in_this_year_photo_stays(line):
    assert _kept(line, _page(P1, P2, line, P3, P4))


def test_review_a_stopless_line_ending_on_an_abbreviation_and_an_agency_name_stays():
    line = "He worked for 20 years at the U.S. EPA"
    assert _kept(line, _page(P1, P2, line, P3, P4))
