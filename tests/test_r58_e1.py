"""Round fifty-eight, engineer e1 (code health, no behaviour change): the helpers the
read-through's leftovers became. ``parse.token_listed`` (moved from figures.py) and
``parse.kind_listed`` (figsubject_fine's and _owner's ``_is``), noise's ``_unmark`` (a reset
written in nine places), ``_mark_clip_teasers`` (the loop _clip_teasers and
_page_clip_teasers shared) and ``_present_line_shape`` (the line test the two present-tense
caption rules shared). Every quote and figure of FNC-1 and PolNeAR train 301-840, and the
cleaned text of the 3,159 plain census texts, read the same before and after; these tests
pin each helper, each with a twin where it must not fire. Texts are written for the tests."""

from __future__ import annotations

import pytest

from storyline import lexicon
from storyline.analyse import figures as F
from storyline.analyse import parse
from storyline.clean import noise
from storyline.clean.noise import clean_text


@pytest.fixture(scope="module")
def tokens(nlp):
    """The parsed tokens of one invented sentence, by their text as written."""
    doc = nlp("The regulators fined the bakery a record sum, and the ruling was worth noting.")
    return {t.text: t for t in doc}


# ---- token_listed lives in parse (figures still answers by the same name)

def test_token_listed_reads_the_lemma(tokens):
    assert parse.token_listed(tokens["regulators"], {"regulator"})


def test_token_listed_misses_a_word_of_another_list(tokens):
    assert not parse.token_listed(tokens["regulators"], {"regulation"})


def test_figures_token_listed_is_parse_token_listed():
    assert F.token_listed is parse.token_listed


# ---- kind_listed: token_listed over one kind of a kind<TAB>word file

def test_kind_listed_reads_one_kind_of_the_fine_list(tokens):
    assert parse.kind_listed(tokens["fined"], "analyse/fine_subjects.tsv", "verb")


def test_kind_listed_misses_a_word_of_another_kind(tokens):
    assert "ruling" not in lexicon.kinds("analyse/fine_subjects.tsv").get("verb", frozenset())
    assert not parse.kind_listed(tokens["ruling"], "analyse/fine_subjects.tsv", "verb")


# ---- _unmark: a unit kept again, as a new one starts

def _unit(text: str) -> noise.Unit:
    return noise.Unit(start=0, end=len(text), text=text, para=0)


def test_unmark_takes_a_mark_back():
    u = _unit("Share this story")
    noise._mark(u, "promo", "promo: a share button")
    noise._unmark(u)
    assert (u.kind, u.reason, u.strong) == (None, "", False)
    noise._mark(u, "caption", "caption: marked again")  # first-wins reads it as never marked
    assert u.kind == "caption"


def test_a_unit_never_unmarked_keeps_its_first_mark():
    u = _unit("Share this story")
    noise._mark(u, "promo", "promo: a share button")
    noise._mark(u, "caption", "caption: a second mark")
    assert (u.kind, u.strong) == ("promo", True)


# ---- _mark_clip_teasers: the one loop of the two clip-teaser passes

LEAD = ("Volunteers cleared the flooded streets of the old town on Tuesday after the river fell.\n\n"
        "The council said the main bridge would stay shut until engineers had checked it.\n\n")
TAIL = "\n\nThe weather service said more rain was likely in the hills over the weekend."
TEASER = "Mary Quill reports on the long clean-up of the riverside market, as the first stalls reopen."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


def test_a_clip_teaser_on_its_own_line_is_cut():
    assert _cut(LEAD + TEASER + TAIL).get(TEASER, "").startswith("promo: a broadcaster's teaser")


def test_a_teaser_the_next_line_goes_on_with_stays():
    text = LEAD + TEASER + "\n\nShe met the stall holders who lost a week of trade to the water." + TAIL
    assert TEASER not in _cut(text)


def test_the_seam_argument_decides_alone():
    text = LEAD + TEASER + TAIL
    units = noise._segment(text)
    noise._features(units)
    noise._mark_clip_teasers(units, "clip_teasers.txt", 45, lambda line: True)  # every line a seam: none cut
    assert not any(u.kind for u in units)
    noise._mark_clip_teasers(units, "clip_teasers.txt", 45, lambda line: False)
    assert [u.text.strip() for u in units if u.kind == "promo"] == [TEASER]


# ---- _present_line_shape: the present-tense caption rules' shared line test

CAPTION = "A gardener in a straw hat carries a basket of apples across the yard towards him"


def test_a_line_closing_on_the_pictured_person_passes_for_a_gallery_run():
    u = _unit(CAPTION)
    noise._features([u])
    u.alone = True
    assert noise._present_line_shape(u, CAPTION, pictured_end=True)


def test_the_same_line_fails_the_single_caption_test():
    u = _unit(CAPTION)
    noise._features([u])
    u.alone = True
    assert not noise._present_line_shape(u, CAPTION, pictured_end=False)
