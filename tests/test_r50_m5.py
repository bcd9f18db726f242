"""Round fifty, mender m5: in-sample mends of the seed-165 audit's figures and brief items, each
rule with a test that fires and a twin where it must not. Texts are written for the tests."""

from __future__ import annotations

import pytest
from pipeline_helpers import analysed_figure
from pipeline_helpers import subject_words as _subject
from test_brief_reads_alone import BACKGROUND, told
from test_brief_trust import analysis

from storyline.resolve import brief


def _claimant(a, f) -> str | None:
    return a.mentions[f.claimant_mention].text if f.claimant_mention is not None else f.claimant_text


# --- a place's distance or population in an aside after its name (figures._place_aside) ---------
# (audit seed 165, c042 F1 and F6)

def test_a_distance_in_an_aside_after_a_place_is_no_sources_claim():
    a, f = analysed_figure("In the town of Baquba, 40 miles northeast of Baghdad, a gunman killed a farmer, "
                           "security sources said.", "40")
    assert f.measure == "distance" and _claimant(a, f) is None


def test_a_population_in_an_aside_after_a_place_is_no_speakers_claim():
    a, f = analysed_figure("A Dutch captain said troops had entered Baiji, a city of about 200,000 people, "
                           "from the north.", "about 200,000")
    assert f.measure == "population" and _claimant(a, f) is None


def test_twin_a_distance_the_clause_tells_stays_the_speakers():
    a, f = analysed_figure("Police said the crash happened 30 miles south of Baghdad.", "30")
    assert f.measure == "distance" and _claimant(a, f) == "Police"


def test_twin_a_count_of_the_clause_beside_a_place_aside_stays_the_speakers():
    a, f = analysed_figure("The mayor said the blast had killed 40 people in Baiji, a city in the north.", "40")
    assert _claimant(a, f) == "The mayor"


# --- a place modifying the figure's own noun (figures._premodifies) ---------------------------
# (audit seed 165, c042 F4 and F5)

@pytest.mark.parametrize("figure", ["5 million dollar", "£3.1m"])
def test_a_place_before_the_figures_own_noun_makes_no_subject(figure):
    a, f = analysed_figure("Roe, a wealthy Dutch trader believed to be in his early 50s, has a 5 million dollar "
                           "US (£3.1m) bounty on his head.", figure)
    assert f.measure == "bounty" and _subject(a, f) is None


def test_twin_a_place_modifying_another_noun_keeps_its_phrase():
    a, f = analysed_figure("Acme said United States operating costs rose by $40 million last year.", "$40 million")
    assert _subject(a, f) == "United States operating costs"


# --- a question of the writer's (brief._QUESTION_END) --------------------------------------
# (audit seed 165, c034 B5)

QUESTION = "Why would Acme build an entirely new but still smaller phone for the Ruritanian market?"
ASKED = "\u201cWhy would Acme build an entirely new but still smaller phone?\u201d Jane Roe asked on Monday."


def test_a_writers_question_is_not_picked():
    text = "Acme sold 10 million phones in Ruritania in its first weekend.\n" + QUESTION + "\n" + BACKGROUND
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert QUESTION not in picked and picked


def test_twin_a_quoted_question_with_its_tag_is_no_writers_question():
    assert brief._QUESTION_END.search(QUESTION)
    assert brief._QUESTION_END.search(ASKED) is None


# --- an imperative to the reader (brief.addressed_to_reader) ----------------------------------
# (audit seed 165, c037 B4)

@pytest.mark.parametrize("sentence", [
    "Even if you are rich or are against tall people don't ever say that to someone, especially your child.",
    "Call the hotline at 555-0100 if you need help.",
])
def test_an_imperative_to_you_speaks_to_the_reader(sentence):
    assert brief.addressed_to_reader(sentence)


@pytest.mark.parametrize("sentence", [
    "Police say you can still drive on the bridge.",
    "Don't expect a cheaper phone this year, analysts warn.",
    "If you want a refund, you must ask Acme before Friday.",
    "Take the case of Jane Roe, who lost her job in May.",
    "Acme and the council made it the law that the firm would pay $75 million and the taxpayers -- that would be you -- would pay the rest.",
])
def test_twin_a_subject_or_no_second_person_is_no_address(sentence):
    assert brief.addressed_to_reader(sentence) is None


def test_an_imperative_to_the_reader_is_passed_over_when_about_to_be_picked():
    line = "Even if you are rich or are against tall people in Ruritania, don't ever say that to someone, especially your child."
    text = "Jane Roe, 17, left a note on her blog before she died in Port Ellery on Sunday.\n" + line + "\n" + BACKGROUND
    picked = [x.text for x in told(analysis("aaaa", text))]
    assert line not in picked and picked


# --- a paragraph closing a quotation opened paragraphs before (brief._in_closing_paragraph) -----
# (audit seed 165, c037 B2)

NOTE = ('Her note reads in part:\n\n"When I was 14, I left home. I was sad for a long time.\n\n'
        'I have decided I have had enough.\n\n'
        'Schools need to teach this, the sooner the better. I want someone to say "that is wrong" and act. Please."\n\n'
        'She will not be forgotten.')


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


def test_a_sentence_of_the_paragraph_closing_a_long_quotation_is_inside_it():
    assert brief._inside_quotation(NOTE, *_span(NOTE, "Schools need to teach this, the sooner the better."), [])


def test_twin_a_paragraph_with_balanced_marks_or_after_the_close_is_not():
    assert brief._inside_quotation(NOTE, *_span(NOTE, "She will not be forgotten."), []) is None
    text = 'Roe said the plan "will fail."\n\nSchools need to teach this, the sooner the better. Roe called it "a disaster."'
    assert brief._inside_quotation(text, *_span(text, "Schools need to teach this, the sooner the better."), []) is None


# --- a counted noun that is a measure noun (figures._counted_measure) ---------------------------
# (audit seed 165, c039 F9)

def test_a_counted_measure_noun_is_the_measure():
    _, f = analysed_figure("Analyst Jane Roe also predicts 5 million sales in its first quarter.", "5 million")
    assert f.measure == "sales"


@pytest.mark.parametrize("text, figure", [
    ("Acme has already shed 36,000 employees under the plan.", "36,000"),
    ("Acme is set to slash 26% of its workforce, or nearly 112,000 jobs as part of a plan.", "nearly 112,000"),
    ("A union official said the cutbacks could lead to layoffs of 1.8 million workers.", "1.8 million"),
])
def test_twin_a_counted_measure_noun_a_verb_cuts_or_a_restatement_is_no_measure(text, figure):
    _, f = analysed_figure(text, figure)
    assert f.measure not in ("employees", "jobs")


def test_twin_a_counted_noun_that_names_no_measure_stays_open():
    _, f = analysed_figure("Analyst Jane Roe also predicts 5 million visitors in its first quarter.", "5 million")
    assert f.measure is None


# --- a sentence between two sentences of an unnamed first person (brief._first_person_around) ---
# (audit seed 165, c037 B2, the copy that prints the note without quote marks)

LETTER = ("Her note reads in full below.\n\nThe only way I will rest is if people are kind. "
          "Schools need to teach this, the sooner the better. My death needs to mean something.\n\n"
          "She will not be forgotten.")


def test_a_sentence_between_two_unnamed_first_person_sentences_is_theirs():
    assert brief._first_person_around(LETTER, *_span(LETTER, "Schools need to teach this, the sooner the better."))


def test_twin_a_told_speaker_or_a_paragraphs_edge_is_not():
    text = ("The only way I will rest is if people are kind, Roe said. "
            "Schools need to teach this, the sooner the better. My death needs to mean something.")
    assert not brief._first_person_around(text, *_span(text, "Schools need to teach this, the sooner the better."))
    assert not brief._first_person_around(LETTER, *_span(LETTER, "She will not be forgotten."))
