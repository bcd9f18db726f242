"""Quotes: reported spans that open with the time of saying or run on into the reporter's
words after a trailing attribution (issue 18, round seventeen, 18s).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from pipeline_helpers import quote_texts

_quotes = quote_texts


# --- the time of saying right after the cue ---------------------------------------------


def test_the_day_of_saying_after_the_cue_is_no_part_of_the_content():
    text = ("The storm hit the coast.\n\nThe Port Ellery council said on Monday it saw no sign that the mill had "
            "skipped its safety checks.")
    assert "it saw no sign that the mill had skipped its safety checks" in _quotes(text)


def test_the_day_of_saying_with_a_time_word_is_left_out_too():
    text = "The storm hit the coast.\n\nJohn Doe said on Monday night the plant will close for a week."
    assert _quotes(text) == ["the plant will close for a week"]


def test_a_content_that_itself_opens_with_a_day_after_that_keeps_it():
    text = "The storm hit the coast.\n\nJane Roe said that on Monday the plant will close."
    assert _quotes(text) == ["that on Monday the plant will close"]


def test_a_place_after_on_is_no_time_of_saying():
    from storyline.analyse import nlp as a_nlp
    from storyline.analyse import quotes as Q
    doc = a_nlp.load()("Jane Roe said on balance the plant will close.")
    cue = doc[2]
    assert Q._time_of_saying(doc, cue, 3, len(doc) - 2) == 3


# --- a trailing "X said" and the reporter's words after it ------------------------------


def test_an_outer_reports_tag_after_a_trailing_attribution_is_left_out():
    text = ("The storm hit the coast.\n\nTwo more farms in the valley have been flooded since Sunday, "
            "the Port Ellery water board said in a statement, Acme News reported.")
    assert "Two more farms in the valley have been flooded since Sunday" in _quotes(text)


def test_a_later_clause_the_parse_put_above_the_tag_is_no_outer_tag():
    text = ("The storm hit the coast.\n\nUp to now, officials said, the flood has spared the old town: "
            "only four cellars have been reported wet, unlike the hundreds lost in the Port Ellery flood of 1972.")
    assert any(q.endswith("unlike the hundreds lost in the Port Ellery flood of 1972") for q in _quotes(text))


def test_a_closing_participle_of_the_reporter_is_left_out():
    text = ("The storm hit the coast.\n\nThe repairs are far too slow, said Roe of Acme Bakery, voicing a view "
            "heard all along the harbour.")
    assert _quotes(text) == ["The repairs are far too slow"]


def test_an_inserted_tag_with_the_clause_after_it_keeps_the_clause():
    text = "The storm hit the coast.\n\nToo often, Mr Roe said, the debate is about money."
    assert _quotes(text) == ["Too often, Mr Roe said, the debate is about money"]


def test_a_quotation_whose_own_words_hold_said_is_left_whole():
    text = ("The storm hit the coast.\n\n\"The council said the road was safe, and it was not,\" Jane Roe said, "
            "pointing at the bridge.")
    assert "The council said the road was safe, and it was not" in _quotes(text)


# --- the reporter's note of what the speaker left unsaid --------------------------------


def test_what_the_speaker_did_not_say_is_the_reporters_note():
    text = ("The storm hit the coast.\n\nAcme Corp said it is adding shares of several bakeries to its fund, though it "
            "did not name the bakeries.")
    assert _quotes(text) == ["it is adding shares of several bakeries to its fund"]  # and "the bakeries" no quote


def test_a_though_clause_of_a_noun_subject_stays():
    text = "The storm hit the coast.\n\nJane Roe said the report was accurate, though it did not name the firms."
    assert _quotes(text) == ["the report was accurate, though it did not name the firms"]


def test_a_though_clause_with_no_verb_of_speaking_stays():
    text = "The storm hit the coast.\n\nAcme Corp said it would expand the mill, though it did not expect profits before 2012."
    assert _quotes(text) == ["it would expand the mill, though it did not expect profits before 2012"]


# --- a clause of the reporter's joined to a verb above the cue --------------------------


def test_a_clause_joined_above_the_cue_is_the_reporters():
    # with "to assume" the content is a caused belief, no statement at all (18q's
    # caused_belief, merged beside this rule): the span rule is tested on a saying cue
    text = ("The storm hit the coast.\n\nOn March 8, a study by the Port Ellery council led many traders to "
            "say the mill would escape any fine for the flood, and Acme stock climbed that afternoon.")
    assert _quotes(text) == ["the mill would escape any fine for the flood"]


def test_a_second_clause_of_the_content_under_a_root_cue_stays():
    text = "The storm hit the coast.\n\nJane Roe said the plant was safe and the workers would return on Monday."
    assert _quotes(text) == ["the plant was safe and the workers would return on Monday"]


def test_a_closing_participle_with_a_clause_of_its_own_stays():
    text = ("The storm hit the coast.\n\nIn winter, the river will freeze, she explained, meaning that the boats in the "
            "harbour will wait until spring.")
    assert any("meaning that the boats in the harbour will wait until spring" in q for q in _quotes(text))


def test_a_clause_joined_to_the_speakers_own_cue_stays():
    text = ("The storm hit the coast.\n\nHe insisted that the work had only begun, the town had much to learn and "
            "he would not hurry anyone.")
    assert any(q.endswith("he would not hurry anyone") for q in _quotes(text))


def test_an_inserted_tag_before_a_clause_is_no_outer_tag():
    text = "The storm hit the coast.\n\nUntil now, she said, nobody has told her anything about a rent rise."
    assert "Until now, she said, nobody has told her anything about a rent rise" in _quotes(text)


def test_a_tag_after_a_colon_keeps_its_words():
    text = ("The storm hit the coast.\n\nMany of the notes carried this same feeling of relief: Our gratitude to the "
            "crews for the long nights on the dikes, wrote Jane Roe, 47, from Port Ellery, referring to the storm.")
    assert any("Our gratitude to the crews" in q for q in _quotes(text))
