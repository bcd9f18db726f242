"""Round fifty-four, mender m2: in-sample mends of the seed-169 audit's quote contents that are
no statement (issue #18): FNC-1 c067 Q1, Q9, Q14, Q15; c071 Q3; c073 Q10, Q15; c085 Q6, Q9.

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts
written for the test (a name or a figure like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import led_quote_texts as _texts
from pipeline_helpers import quote_texts

# --- c067 Q15: a quotation a modal cue takes is a supposed line -------------------------------------

def test_a_quotation_after_a_modal_cue_is_no_quote():
    texts = _texts("The winners are those who can say: \u201cSee? We warned you. The plan failed!\u201d Critics disagree.")
    assert "See? We warned you. The plan failed!" not in texts


def test_a_quotation_after_a_modal_cue_said_after_all_stays():
    texts = _texts("The mayor could only say: \u201cWe will rebuild the bridge.\u201d")
    assert "We will rebuild the bridge." in texts
    texts = _texts("All he could say was: \u201cWe are sorry.\u201d")
    assert "We are sorry." in texts


# --- c067 Q14: a quotation after "campaigns on:" is the platform ----------------------------------------

def test_a_quotation_after_a_platform_verb_and_on_is_no_quote():
    texts = _texts("This is the strategy that campaigns on: \u201cTaxes are too high! Elect me and I'll cut them!\u201d")
    assert "Taxes are too high! Elect me and I'll cut them!" not in texts


def test_a_quotation_after_went_on_or_replied_with_stays():
    texts = _texts("Senator Bob Jones spoke in Denver.\n\nJones went on: \u201cWe will win this fight.\u201d\n\n"
                   "Asked about the vote, Jones replied with: \u201cI am not ready to do that.\u201d")
    assert "We will win this fight." in texts
    assert "I am not ready to do that." in texts


# --- c067 Q1: a participle of motive the parse made the root ---------------------------------------------

def test_a_motive_participle_taken_for_the_root_is_no_quote():
    texts = _texts("Senate leaders, evidently hoping that by repeating a claim they will convince voters, "
                   "on Wednesday said the tax plan has \u201cfailed.\u201d")
    assert not any(t.startswith("that by repeating a claim") for t in texts)


def test_a_finite_hope_stays():
    texts = _texts("Senate leaders are hoping that the bill passes.\n\nSenate leaders, a small group, hope that voters "
                   "will believe them.")
    assert "that the bill passes" in texts
    assert "that voters will believe them" in texts


# --- c067 Q9: a cue inside the writer's hedged inference ----------------------------------------------

def test_a_cue_inside_a_modal_inference_is_no_quote():
    texts = _texts("That would mean that 85 percent of the uninsured apparently would want nothing to do with the "
                   "plan's benefits were Congress to repeal the mandate.")
    assert not any(t.startswith("nothing to do with") for t in texts)


def test_a_cue_inside_a_plain_inference_stays():
    texts = _texts("That means that most of the uninsured said they want nothing to do with the plan's benefits.")
    assert "they want nothing to do with the plan's benefits" in texts


# --- c071 Q3: a headline-cased name in a preposition's phrase ------------------------------------------

def test_a_quoted_name_in_a_phrase_is_no_quote():
    texts = _texts("The thief, a man, includes a picture of him holding a portion of the 'Ham and Cheese on Rye' "
                   "- one of many he posts with him holding it.")
    assert "Ham and Cheese on Rye" not in texts
    # the parse hangs the name on the words after it when "posts" has an object of its own
    texts = _texts("The thief, a man, includes a picture of him holding a portion of the 'Ham and Swiss on Rye' "
                   "- one of many he posts picture with him holding it to prove he has it in his possession.")
    assert "Ham and Swiss on Rye" not in texts


def test_a_quoted_phrase_a_cue_takes_stays():
    texts = _texts("Senator Bob Jones spoke in Denver.\n\nJones replied with \u201cAbsolutely Not In My Town\u201d "
                   "when asked.")
    assert "Absolutely Not In My Town" in texts


# --- c073 Q10, Q15: a quoted subject of seven words -------------------------------------------------------

def test_a_seven_word_quoted_subject_is_no_quote():
    texts = _texts("Paul Roe says he is surprised by the backlash because \u201cqualified investigators at all levels "
                   "of government\u201d concluded that Smith robbed the store.")
    assert "qualified investigators at all levels of government" not in texts
    assert "that Smith robbed the store" in texts


def test_a_quoted_sentence_with_the_same_words_stays():
    texts = _texts("Roe says \u201cqualified investigators at all levels of government were wrong\u201d and left.")
    assert "qualified investigators at all levels of government were wrong" in texts


# --- c085 Q6: the writer's hedge with a curly "’s" ------------------------------------------------------

def test_a_writer_hedge_with_a_curly_contraction_is_no_quote():
    texts = _texts("It\u2019s also important to note that hundreds of doctors have criticised the decision.")
    assert "that hundreds of doctors have criticised the decision" not in texts


def test_a_person_to_note_with_a_curly_contraction_stays():
    texts = _texts("Senator Bob Jones spoke in Denver.\n\nJones is to note on Friday that the plan failed.")
    assert "that the plan failed" in texts


# --- c085 Q9: a knowing the parse hung on a report lines above ------------------------------------------

_LIST = ("We show how the regulators reasoned their way to a weak conclusion\n\n"
         "Here is a summary of the report:\n\n"
         "Acme has known since 1990 that the chemical causes rashes in rats at high doses\n\n"
         "The Acme Board has known since at least 1998 that the chemical causes rashes\n\n"
         "The Acme Board's expert review panel knew in 1999 that the chemical causes rashes\n\n"
         "The Acme Board has known since 2002 that the chemical causes rashes.")


def test_a_knowing_on_its_own_line_is_no_quote():
    texts = quote_texts(_LIST + "\n")
    assert "that the chemical causes rashes" not in texts


def test_a_knowing_inside_a_report_in_one_sentence_stays():
    texts = _texts("Senator Bob Jones spoke in Denver.\n\nJones said the expert review panel knew in 1999 that the "
                   "chemical causes rashes.")
    assert any(t.endswith("the chemical causes rashes") for t in texts)
