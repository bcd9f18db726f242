"""Round thirty-nine, the integrator's in-sample mends from the seed-154 wire-copy audits
(issues 16, 18, 20, 23), each rule with a must-not-fire twin. The texts are invented, in the
shapes the judges found: a title ending in capitals above an agency dateline, a sentence whose
"the" before a capitalised name looked like a caption's seam, a weight in pounds in dollar copy,
"others" counted after a first count, "no reason to believe", a time clause after "officials
said", a casualty table under a label in capitals, a brief sentence announcing a table, a
people's belief."""

from __future__ import annotations

from pipeline_helpers import analysed, speaker_words

from storyline.clean import clean_record
from storyline.resolve.brief import dependent_opening
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


def _pieces(a, q) -> list[str]:
    t = a.document.text
    return [t[x:y] for x, y in q.pieces] if q.pieces else [q.text]


# --- issue 16: cleaning -------------------------------------------------------------------

def test_a_dateline_place_never_runs_across_a_line_break():
    d = _clean("Harbour Fire Not Arson, Says The Port Of Elm: PPA\n\nELMVILLE, March 4 (Xinhua) --\n\n"
               "The port authority said on Friday that the fire at the docks was an accident.\n\n"
               "It said the inquiry goes on.")
    assert d.text.startswith("The port authority said")
    assert d.dateline is not None and d.dateline.place == "ELMVILLE"
    assert d.title.endswith("PPA")


def test_a_two_word_place_on_one_line_is_still_one_place():
    d = _clean("PORT ELM, March 4 (Xinhua) -- The port authority said on Friday that the fire was an accident.\n\n"
               "It said the inquiry goes on.")
    assert d.dateline is not None and d.dateline.place == "PORT ELM"
    assert d.text.startswith("The port authority said")


_RUN_ON = ("Officials met on Monday.\n\n"
           "Roe told the visiting minister the Elmish people share in the deep grief of the Harbourites "
           "and said the Republic will keep its mission open across the region and across the world.\n\n"
           "The talks ended on Tuesday.")


def test_a_sentence_whose_seams_end_in_an_article_is_no_fact_box():
    d = _clean(_RUN_ON)
    assert "Roe told the visiting minister the Elmish people" in d.text
    assert not any(r.reason.startswith("caption: a fact box") for r in d.removed)


def test_a_fact_box_of_whole_clauses_is_still_cut():
    from storyline.clean.noise import _parser, _whole_end

    nlp = _parser()
    assert not _whole_end(nlp("Roe told the minister the")[-1])
    assert _whole_end(nlp("Rescuers reply within the hour")[-1])


# --- issue 20: figures --------------------------------------------------------------------

def _figs(text: str):
    a = analysed(text)
    return {f.text: f for f in a.figures}


def test_pounds_after_a_verb_of_weighing_are_a_weight():
    figs = _figs("The suspect is tall and weighs 150 to 175 pounds, the police said.")
    assert not any(f.unit == "GBP" or f.currency == "GBP" for f in figs.values())


def test_pounds_earned_stay_sterling():
    figs = _figs("The firm earned 150 pounds a share last year, it said.")
    assert any((f.unit or "").startswith("GBP") for f in figs.values())


def test_others_after_a_count_take_its_unit():
    figs = _figs("A storm struck the coast on Sunday, killing at least 14 people and hurting more than 300 others.")
    assert figs["more than 300"].unit == "people"


def test_others_with_no_count_before_are_no_unit():
    figs = _figs("The guards detained 40 others on Friday, the army said.")
    assert not any(f.unit == "others" for f in figs.values())


# --- issue 18: quotes ---------------------------------------------------------------------

def test_no_reason_to_believe_is_no_speaker_and_no_statement():
    a = analysed("Diplomats say there is no reason to believe that rebel units will attack once more.")
    assert not any((q.speaker_text or "").lower() == "no reason" for q in a.quotes)
    assert any(speaker_words(a, q) == "Diplomats" for q in a.quotes)


def test_a_named_speaker_who_says_there_is_reason_to_believe_keeps_the_statement():
    a = analysed("Jan Roe said there was every reason to believe that the talks would resume.")
    assert any("every reason to believe" in q.text and speaker_words(a, q) == "Jan Roe" for q in a.quotes)
    assert not any(speaker_words(a, q) == "every reason" for q in a.quotes)


def test_a_time_clause_after_officials_said_is_no_piece_of_the_statement():
    a = analysed("At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday.")
    q = next(q for q in a.quotes if q.text.startswith("At least 82"))
    assert _pieces(a, q) == ["At least 82 were killed and more than 1,700 injured"]


def test_a_qualification_after_the_tag_stays_a_piece():
    a = analysed("The pump is sound, the crew said, as measured by a gauge.")
    q = next(q for q in a.quotes if q.text.startswith("The pump is sound"))
    assert "as measured by a gauge" in _pieces(a, q)


def test_a_table_row_under_a_label_is_no_quote():
    a = analysed("The source for the figures is the ministry.\n\n"
                 "ELMLAND: Total dead: 192 Foreigners: 12 Injured: 4,877 Treated: 542\n\n"
                 "OAKLAND: Total dead: 10 Foreigners: 0 Injured: 74")
    assert not any("Total dead" in q.text for q in a.quotes)


def test_a_transcript_turn_with_numbers_in_it_is_still_a_quote():
    a = analysed("WALLACE: Good evening.\n\nCARPENTER: We counted 192 dead: 12 of them foreigners.\n\n"
                 "WALLACE: Thank you.")
    assert any("We counted 192 dead" in q.text for q in a.quotes)


def test_a_peoples_belief_with_no_saying_is_no_statement():
    a = analysed("Elmlanders feel they have close links to the old valley, which they ruled for generations. "
                 "They also share a faith with their neighbours.")
    assert not any(q.text.startswith("they have close links") for q in a.quotes)


def test_a_groups_belief_it_says_in_the_next_sentence_stays():
    a = analysed("Democrats believe the pressure will grow. They say it has been evident for weeks.")
    assert any(q.text == "the pressure will grow" for q in a.quotes)


def test_a_named_bodys_belief_stays_and_the_definite_group_stays():
    a = analysed("The Democrats believe the bill will pass. Acme believes the plant will reopen.")
    texts = [q.text for q in a.quotes]
    assert "the plant will reopen" in texts and "the bill will pass" in texts


# --- issue 23: the brief ------------------------------------------------------------------

def test_a_sentence_announcing_a_table_is_dependent():
    assert dependent_opening("The following are the latest figures for the dead and injured.")[0] == "anaphor"
    assert dependent_opening("Following is a list of the victims.")[0] == "anaphor"


def test_the_following_day_is_no_table():
    assert dependent_opening("The following day the rescue ended in the capital.") is None
    assert dependent_opening("Following the blast, police sealed the area.") is None


def test_a_role_holder_in_apposition_after_a_chain_of_things_is_the_speaker():
    a = analysed("The head of the UN mission in Dar es Salaam, David Miller, said the team has questioned 100 people.")
    q = next(q for q in a.quotes if q.text.startswith("the team has questioned"))
    assert speaker_words(a, q) == "David Miller"


def test_a_person_in_apposition_after_a_persons_noun_stays_open():
    a = analysed("The wife of the president of Elmland, Jan Roe, said the aid had come.")
    q = next(q for q in a.quotes if q.text.startswith("the aid had come"))
    assert q.speaker_mention is None and speaker_words(a, q) != "Jan Roe"


def test_a_refusal_after_another_persons_pronoun_stays_in_the_statement():
    a = analysed("Mary Roe said he had been ill for weeks and would not answer questions from the police.")
    assert any(q.text.endswith("would not answer questions from the police") for q in a.quotes)


def test_others_after_a_time_count_take_no_time_unit():
    figs = _figs("Over the past 10 years, 12 others have died in the mine, officials said.")
    assert not any(f.unit in ("years", "year") for f in figs.values())


def test_weighing_a_sum_in_millions_stays_money():
    figs = _figs("The board will weigh up to 500 million pounds in bids, the firm said.")
    assert not any(f.unit == "pounds" for f in figs.values())


def test_a_place_with_a_non_breaking_space_is_still_a_dateline():
    d = _clean("NEW\u00a0YORK -- The mayor said on Friday that the bridge would reopen.\n\nIt said more.")
    assert d.text.startswith("The mayor said")

