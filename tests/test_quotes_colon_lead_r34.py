"""Round thirty-four, issue 18 (speakers): a quotation a colon lead-in hands over is the words of
what the lead-in names, not of a cue in the sentence before it ("Aides say ... Cruz. From Bush's
Facebook post: '...'" gave the post to the aides). Every text here is invented for the test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

Q = '"For the good of the party we must unite behind a candidate who can win in the fall."'


def _who(text: str, words: str = "For the good"):
    a = analysed(text)
    hits = [q for q in a.quotes if words in q.text]
    assert len(hits) == 1, [q.text for q in a.quotes]
    return shown_speaker(a, hits[0]), hits[0]


# --- _before_colon_lead: a cue of the sentence before the colon's does not take the quotation

def test_a_cue_before_a_short_name_and_a_stop_does_not_reach_over_a_colon_lead():
    # "Cruz." passes the abbreviation test ("Gov."), so the stop was not read as a sentence end
    who, q = _who('Aides say the former governor plans to back Cruz. From Bush\'s Facebook post: ' + Q)
    assert who != "Aides"
    assert q.speaker_text != "Aides"


def test_twin_a_cue_in_the_colons_own_sentence_keeps_the_quotation():
    who, _ = _who('Mark Evans, the former governor, said on Monday: ' + Q)
    assert who == "Mark Evans"


def test_twin_a_title_before_the_name_is_no_sentence_end():
    who, _ = _who('Gov. Mark Evans of Ohio said on Monday in a statement to the press: ' + Q)
    assert who == "Mark Evans"


# --- _source_lead: a verbless lead-in naming a piece of writing ---------------------------

def test_a_named_owner_of_the_post_is_the_speaker():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nFrom Mark Evans\'s Facebook post: ' + Q
    who, q = _who(text)
    assert who == "Mark Evans"
    assert "Facebook post:" in (q.speaker_evidence or "")


def test_a_piece_with_no_owner_is_open_not_the_speaker_before():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nThe tweet: ' + Q
    who, q = _who(text)
    assert who is None
    assert "no owner" in (q.speaker_evidence or "")


def test_here_is_the_letter_is_open():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nHere is the letter: ' + Q
    who, _ = _who(text)
    assert who is None


def test_twin_a_pronoun_owner_is_carried_as_before():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nHer statement: ' + Q
    who, _ = _who(text)
    assert who == "Jane Collins"


def test_twin_a_lead_with_no_piece_named_is_carried_as_before():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nAnd then: ' + Q
    who, _ = _who(text)
    assert who == "Jane Collins"


def test_twin_a_lead_with_a_verb_of_saying_is_the_cues():
    text = '"He plans to back Ray," Jane Collins, his aide, said on Monday.\n\nMark Evans wrote in a post: ' + Q
    who, _ = _who(text)
    assert who == "Mark Evans"


def test_the_words_of_a_named_person_are_theirs():
    text = '"He plans to back Ray," Jane Collins said on Monday.\n\nIn the words of Mark Evans, a company spokesman: ' + Q
    who, _ = _who(text)
    assert who == "Mark Evans"


# --- a colon-handed quotation closing its sentence: a cue with an object after it is no tag

def test_a_cue_with_an_object_in_the_next_sentence_is_no_tag():
    text = ('The old mayor was known for one plea at the dam in 1990: "Open every gate before the river rises!" '
            'Farmers still praise his courage to this day.')
    _, q = _who(text, "Open every gate")
    assert q.speaker_text != "Farmers"


def test_twin_a_bare_tag_after_the_quotation_keeps_it():
    text = 'The mayor had one answer for the crowd: "We will rebuild the bridge." Jane Collins said at the meeting.'
    who, _ = _who(text, "We will rebuild")
    assert who == "Jane Collins"
