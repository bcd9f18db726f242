"""A negative contraction whose apostrophe the page lost ("I don t think", "it isn t clear")
is repaired by the cleaner, length for length, and recorded in the document's warnings
(issue 18, round nineteen, 18n). Every text here is invented; each rule with its
must-not-fire twins (initials, a hyphenated word, a word outside the list, a capitalised
stem before a stop, another language)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline import lexicon
from storyline.clean import clean_record, encoding
from storyline.types import Record


@pytest.mark.parametrize("text,fixed", [
    ("I don t think the cap will hold.", "I don't think the cap will hold."),
    ("It isn t clear who paid.", "It isn't clear who paid."),
    ("We can t say yet, she said.", "We can't say yet, she said."),
    ("The crew didn t stop and couldn t rest.", "The crew didn't stop and couldn't rest."),
    ("Don t expect a quick fix.", "Don't expect a quick fix."),
    ("No, the council won t.", "No, the council won't."),
    ("Why hasn t the mayor called?", "Why hasn't the mayor called?"),
    ("If you won t pay, I ll leave.", "If you won't pay, I ll leave."),  # only negations are repaired
])
def test_lost_apostrophe_is_restored(text, fixed):
    assert encoding.restore_apostrophes(text) == (fixed, fixed.count("'"))


@pytest.mark.parametrize("text", [
    "The memo was signed Don T. Lindqvist.",          # initials: a capital T
    "Don t.",                                          # a capitalised stem before a stop
    "The team won t-shirts at the fair.",              # a hyphen after the t
    "The physicist Gerard t Hooft spoke.",             # a word outside the list
    "h s tin t c g tr n",                              # another language printed without its marks
    "Sudan t is no word here.",                        # a stem only as a whole word
    "The tin can T3 sat on the shelf.",                # upper case after the stem
    "Tom said don t",                                  # nothing after the t: no clause read
    "I don't think so, and it isn't.",                 # already whole
    "I don’t think so.",
])
def test_twins_are_left_alone(text):
    assert encoding.restore_apostrophes(text) == (text, 0)


def test_the_mark_follows_the_text():
    assert encoding.restore_apostrophes("It doesn’t matter; we can t wait.")[0] == "It doesn’t matter; we can’t wait."


def test_the_stems_are_data():
    stems = lexicon.words("clean/lost_apostrophe_stems.txt")
    assert {"don", "isn", "can", "won", "couldn"} <= stems and "tin" not in stems


def test_clean_record_repairs_and_records_it():
    text = ("The harbour board met on Monday to discuss the leak at the pier.\n\n"
            "I don t think the repairs will hold, the engineer said. The board isn t convinced either.")
    doc = clean_record(Record(source="a.txt", text=text))
    assert "I don't think the repairs" in doc.text and "board isn't convinced" in doc.text
    assert any("apostrophe restored in 2" in w for w in doc.warnings)


def test_clean_record_twin_no_warning():
    text = "The harbour board met on Monday to discuss the leak at the pier.\n\nThe board is not convinced either."
    doc = clean_record(Record(source="a.txt", text=text))
    assert not any("apostrophe" in w for w in doc.warnings)


@given(st.text(alphabet=st.sampled_from(list("dont isn can won ItIDW.,'’-\n")), max_size=80))
def test_normaliser_properties(text):
    fixed, n = encoding.restore_apostrophes(text)
    # length for length: only spaces become apostrophes, as many as it says
    assert len(fixed) == len(text)
    diff = [(a, b) for a, b in zip(text, fixed) if a != b]
    assert len(diff) == n and all(a == " " and b in "'’" for a, b in diff)
    # idempotent
    assert encoding.restore_apostrophes(fixed) == (fixed, 0)
