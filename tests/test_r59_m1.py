"""Round fifty-nine, mender m1: issue 16 on the seed-174 audits of three Timeline17 topics
(captions and headlines run into the article's text in plain wire copy).

K6 of H1N1_bbc: a BBC caption clause at the text's head that ends on a bare noun after a
preposition ("... precautions in place"), run into the lead before an acronym ("UN health
officials are expected ..."): head_captions._bare_after_preposition.

Each rule has a test that fails on the base code and a must-keep twin, on short texts written
for the test (a name at most like the article's). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

# --- K6 (H1N1_bbc): a caption clause at the text's head ending on a bare noun after a preposition
# ("... in place"), run into the lead before an acronym (head_captions._bare_after_preposition) ----

TAIL = ("The barriers were first put up after the floods of last winter .\n"
        "Engineers said the river was rising by several centimetres an hour on Monday .\n"
        "Residents of the lower town were told to move their cars to higher ground .\n")


def test_caption_clause_ending_in_place_run_into_the_lead_is_cut():
    d = clean_record(Record(source="x.txt", text=(
        "Most shops already have flood barriers in place ERA officials are expected to open the sluice "
        "gates on Tuesday , after a night of heavy rain on the hills .\n" + TAIL)))
    assert d.text.startswith("ERA officials are expected to open the sluice gates"), d.text[:200]
    assert any(r.text == "Most shops already have flood barriers in place" for r in d.removed), d.removed


def test_twin_the_place_with_its_article_takes_the_clause_and_stays():
    # "the place ERA engineers chose": a noun with its article takes a bare relative clause
    d = clean_record(Record(source="x.txt", text=(
        "Most shops already have flood barriers in the place ERA engineers chose for them after the "
        "floods of last winter .\n" + TAIL)))
    assert d.text.startswith("Most shops already have flood barriers in the place ERA engineers chose"), d.text[:200]


def test_twin_a_compass_word_before_a_place_name_stays_in_the_sentence():
    # "from west | London": bare in the span's own parse, but the whole line's parse makes it
    # the name's modifier; the line is one sentence and stays whole
    d = clean_record(Record(source="x.txt", text=(
        "The mayor said a volunteer from west Ellerby was a shining example of the town's spirit during "
        "the floods .\n" + TAIL)))
    assert d.text.startswith("The mayor said a volunteer from west Ellerby was a shining example"), d.text[:200]


# --- K7 (haiti_bbc): a verbless headline run into a lead that opens on "Almost" / "Nearly"
# (data/sentence_openers.txt: the approximating adverbs open a sentence as "Dozens" does) --------

def test_headline_run_into_a_lead_opening_on_almost_is_cut():
    d = clean_record(Record(source="x.txt", text=(
        "Flooding in the lower town after the storm Almost two weeks after the river burst its banks , "
        "residents are still waiting for help to clear their homes .\n" + TAIL)))
    assert d.text.startswith("Almost two weeks after the river burst its banks"), d.text[:200]
    assert any(r.text == "Flooding in the lower town after the storm" for r in d.removed), d.removed


def test_twin_a_title_opening_on_almost_stays_in_the_sentence():
    # "the film Almost Famous": a capitalised word follows, a title's, not a sentence's opening
    d = clean_record(Record(source="x.txt", text=(
        "Residents watched the film Almost Famous in the town hall while the river went down on Sunday .\n" + TAIL)))
    assert d.text.startswith("Residents watched the film Almost Famous in the town hall"), d.text[:200]


# --- the shape of B1 (H1N1_bbc): a BBC page's update stamp, then its headline run into the lead on
# the same line; the stamp (cut as a dateline) no longer keeps the run-in reading away
# (noise._page_stamp). B1's own headline stays: its lead's parse opens no clause at the seam. ----

STAMPED = "Marota flood : Expats fear for their relatives Marotians living in Boston have been struggling to reach relatives since the river burst its banks .\n"


def test_headline_after_a_page_stamp_run_into_the_lead_is_cut():
    d = clean_record(Record(source="x.txt", text="Last updated : 3 May , 2010 - 10:12 GMT " + STAMPED + TAIL))
    assert d.text.startswith("Marotians living in Boston have been struggling"), d.text[:200]
    assert any(r.text == "Marota flood: Expats fear for their relatives" for r in d.removed), d.removed


def test_twin_a_wire_dateline_still_keeps_the_run_in_reading_away():
    # a wire dateline's line is the lead: nothing is read as a run-in headline under it
    d = clean_record(Record(source="x.txt", text="PORT ELLERY , May 3 -LRB- Reuters -RRB- - " + STAMPED + TAIL))
    assert not any("Expats fear for their relatives" in r.text for r in d.removed), d.removed


def test_twin_a_page_stamp_over_a_plain_lead_stays_whole():
    d = clean_record(Record(source="x.txt", text=(
        "Last updated : 3 May , 2010 - 10:12 GMT Families living near the river gather at the town hall to hear "
        "what the council plans to do about the rising water .\n" + TAIL)))
    assert d.text.startswith("Families living near the river gather at the town hall to hear what the council"), d.text[:200]
