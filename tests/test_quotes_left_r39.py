"""Statements shown cut or with a fused speaker span, round thirty-nine (issue 18, quoteleft).

Shapes left on the seed-153 samples: a quotation split by a long tag whose relative clause
holds a report of its own (the second half left out); a predicate whose subject stands outside
the span ("something aides argue is possible"); an infinitive cut out of a told statement that
holds it; a headline's cue verb run into the speaker's name ("Dennis Prager Tells"); a piece
an outlet only obtained. Each rule with a twin that must stay as it was. Texts written for the
test."""

from __future__ import annotations

from pipeline_helpers import analysed, shown_speaker

from storyline.analyse import entities, quotes

# --- _tag_relative / _join_over_tag_clause: the halves around a tag with a "who" report ------

_SPLIT = ("“There will be some voters who need weeks to see that the choice is between two people,” "
          "said Gov. Mark Evans of Ohio, a former backer of Sen. Jane Collins, who has since called on "
          "his party to back the nominee. “Honestly, this is a chance to put one of our own in the "
          "White House.”")


def test_a_quotation_split_by_a_tag_with_a_who_report_is_one_statement():
    a = analysed(_SPLIT)
    first = [q for q in a.quotes if q.text.startswith("There will be")]
    assert len(first) == 1
    q = first[0]
    assert "White House" in q.text and len(q.pieces) == 2
    assert shown_speaker(a, q) == "Mark Evans"
    assert not any(x.text.startswith("Honestly") for x in a.quotes)  # no second half left alone


def test_twin_narration_after_the_tag_keeps_the_halves_apart():
    text = _SPLIT.replace("the nominee. “Honestly", "the nominee. The council voted twice. “Honestly")
    a = analysed(text)
    first = [q for q in a.quotes if q.text.startswith("There will be")]
    assert len(first) == 1 and "White House" not in first[0].text


def test_twin_a_paragraph_break_keeps_the_halves_apart():
    text = _SPLIT.replace("the nominee. “Honestly", "the nominee.\n\n“Honestly")
    a = analysed(text)
    first = [q for q in a.quotes if q.text.startswith("There will be")]
    assert len(first) == 1 and "White House" not in first[0].text


# --- _subjectless_content: a predicate whose subject is outside the span ---------------------

def test_a_predicate_after_a_relative_cue_is_left_out():
    a = analysed("Devine said it would be hard to win unless Evans finishes on a long winning streak - "
                 "something Evans aides argue is possible after the victory in Ohio.")
    assert not any(q.text.startswith("is possible") for q in a.quotes)


def test_a_copula_predicate_after_what_it_said_is_left_out():
    a = analysed("The agency pointed at what it said were major failures in the response.")
    assert not any("major failures" in q.text for q in a.quotes)


def test_twin_an_inverted_condition_keeps_its_content():
    a = analysed("The mayor said had the storm come a day later, the bridge would have held.")
    assert any(q.text.startswith("had the storm come") for q in a.quotes)


def test_twin_a_subject_the_parse_hangs_on_the_cue_keeps_the_content():
    a = analysed("Officials say between 100 and 150 people are still missing.")
    assert any(q.text.startswith("between 100 and 150 people") for q in a.quotes)


def test_twin_a_parenthetical_tag_keeps_its_two_pieces():
    a = analysed("A hospital on the edge of the capital, eyewitnesses say, has collapsed.")
    assert any(q.text.startswith("A hospital") and len(q.pieces) == 2 for q in a.quotes)


# --- _no_nested_infinitives: the told statement, not its infinitive ---------------------------

def test_an_infinitive_inside_a_told_statement_is_not_a_quote_of_its_own():
    a = analysed("The staffers, headed by campaign chief Tom Hale, told donors that they were not expecting "
                 "to carry Maine or Utah, the first two states on the calendar.")
    assert not any(q.text.startswith("to carry") for q in a.quotes)
    assert any("were not expecting to carry Maine" in q.text for q in a.quotes)


def test_twin_an_infinitive_with_no_outer_report_stays():
    a = analysed("Senator Jane Collins promised to cut the tax on fuel by half.")
    assert any(q.text.startswith("to cut the tax") for q in a.quotes)


# --- entities._cue_tail: a headline's cue verb run into the name ---------------------------

_HEAD = ("Mark Evans Tells #NeverTrump Voters They Need To Change Course.\n\n"
         "Plenty of activists have said they will not back the nominee. Evans, a radio host, disagrees.")


def test_a_headline_cue_verb_is_not_part_of_the_speaker_name():
    a = analysed(_HEAD)
    q = [q for q in a.quotes if q.text.startswith("They Need")]
    assert len(q) == 1 and shown_speaker(a, q[0]) == "Mark Evans"
    assert not any(m.text == "Mark Evans Tells" for m in a.mentions)


def test_twin_a_surname_that_reads_as_a_cue_keeps_its_span():
    # the whole name is written twice: a name, not a headline's verb run into one
    a = analysed("Larry Speakes held a briefing on Monday. Reporters asked Larry Speakes about the talks, "
                 "and Speakes said the talks would go on.")
    assert any(m.text == "Larry Speakes" for m in a.mentions)


def test_twin_cue_tail_needs_the_surname_elsewhere():
    assert entities._saying_lemmas() >= {"tell", "say", "warn"}
    a = analysed(_HEAD.replace(" Evans, a radio host, disagrees.", ""))
    q = [q for q in a.quotes if q.text.startswith("They Need")]
    assert len(q) == 1 and shown_speaker(a, q[0]) != "Mark Evans"


# --- _authoring_participles: the piece an outlet only obtained ---------------------------

def test_only_authoring_participles_make_an_owner():
    from storyline.lexicon import words
    authored = words("analyse/piece_author_verbs.txt")
    assert {"release", "conduct", "submit", "draft"} <= authored
    assert not {"obtain", "see", "review", "criticize", "request"} & authored
    assert quotes._authoring_participles is not None


def test_a_report_obtained_by_an_outlet_is_not_the_outlets():
    a = analysed("A Navy memo obtained by The Associated Press said the well was spilling "
                 "three thousand barrels a day.")
    q = [q for q in a.quotes if "well was spilling" in q.text]
    assert len(q) == 1 and shown_speaker(a, q[0]) != "The Associated Press"


# --- _no_declined_tail: the speaker's refusal is the reporter's account ----------------------

def test_a_refusal_to_tell_after_the_speakers_own_statement_is_cut_off():
    a = analysed("Asked on Monday, Collins would not rule out a shift. He said he has no plans "
                 "to alter his vote and would not identify a policy that might move him.")
    assert any(q.text == "he has no plans to alter his vote" for q in a.quotes)
    assert not any("would not identify" in q.text for q in a.quotes)


def test_twin_another_subjects_refusal_inside_the_content_stays():
    a = analysed("Roe said the agency had reviewed the case and would not identify the officers.")
    assert any(q.text.endswith("would not identify the officers") for q in a.quotes)


def test_twin_a_refusal_to_act_stays():
    a = analysed("He said he has no plans to alter his vote and would not back the new levy.")
    assert any(q.text.endswith("would not back the new levy") for q in a.quotes)


def test_twin_a_body_typed_a_person_keeps_its_span():
    a = analysed("The charity Autism Speaks is funding an award. Autism rates rose. Autism research grew. "
                 "Autism funding fell, Jane Collins said.")
    assert not any(m.text == "Autism" for m in a.mentions)


def test_twin_a_show_title_in_quotation_marks_keeps_its_span():
    a = analysed('Speaking to MSNBC\'s "Andrea Mitchell Reports," the pollster Joel Benson said the race was close. '
                 "Andrea Mitchell asked him about Ohio.")
    assert not any(m.text == "Andrea Mitchell" and a.document.text[m.end:m.end + 8] == " Reports" for m in a.mentions)


def test_twin_a_name_the_parse_reads_as_a_verb_keeps_the_content():
    a = analysed("The latest survey shows Trump well ahead of all his rivals.")
    assert any(q.text.startswith("Trump well ahead") for q in a.quotes)
