"""Round thirty-eight, the integrator's in-sample mends (issue 18), each rule with a
must-not-fire twin: a cue does not reach past another quotation that closed its sentence
('calling him "a failed candidate." Roe fired back ...'); a "who" after "<person>, a <noun>
of <person>," could be said of either person: open; a verb of saying in the simple past joined
by "and" to a content in the present is the reporter's account of a second act, not part of the
report. The texts are invented."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_starting, shown_speaker, speaker_words

from storyline.analyse.quotes import _sentence_break


def test_a_cue_does_not_reach_past_a_quotation_that_closed_its_sentence():
    a = analysed("Early in the race, Jan Roe attacked Bo Lee, calling him \u201ca weak mayor.\u201d Lee fired back "
                 "in March, faulting Roe for \u201cthe bluster, the showing off, the empty promises\u201d of her "
                 "campaign. Roe said she did not care.")
    assert not any(q.text.startswith("the bluster") and speaker_words(a, q) == "Jan Roe" for q in a.quotes)
    weak = [q for q in a.quotes if "a weak mayor" in q.text]
    assert weak and speaker_words(a, weak[0]) == "Jan Roe"


def test_a_run_of_quotations_under_one_cue_is_no_break():
    # twin: the next quotation opens with its own mark; a lower-case word goes on the sentence
    assert not _sentence_break(' \u201cWe lost.\u201d ')
    assert not _sentence_break(' asked \u201cwhy not?\u201d and then ')
    assert not _sentence_break("'' Mr. Lee ")  # a closing mark alone, no stop in it
    assert _sentence_break(' \u201ca weak mayor.\u201d Lee fired back, faulting Roe for ')


def test_who_after_an_apposition_naming_a_second_person_is_open():
    a = analysed("\u201cThere are two choices,\u201d said Gov. Jan Roe of Vermont, a former backer of Sen. Bo Lee, "
                 "who has since called on voters to back the plan.")
    q = quote_starting(a, "to back the plan")
    assert q.speaker_mention is None and "do not choose" in (q.speaker_evidence or "")
    assert speaker_words(a, quote_starting(a, "There are two choices")) == "Jan Roe"


def test_who_right_after_a_name_keeps_its_reading():
    # twin: no apposition between: the "who" is the named senator's
    a = analysed("\u201cThere are two choices,\u201d said Sen. Bo Lee, who has since called on voters to back "
                 "the plan.")
    q = quote_starting(a, "to back the plan")
    assert shown_speaker(a, q) == "Bo Lee"


def test_a_second_saying_in_the_past_after_a_present_content_is_the_reporters():
    a = analysed("Jan Roe called Bo Lee on Tuesday. She said she values his persistence and highlighted their "
                 "shared plans for the harbour.")
    q = quote_starting(a, "she values his persistence")
    assert "highlighted" not in q.text


def test_a_second_verb_in_the_same_tense_stays_in_the_content():
    # twins: both present, both past (the speaker may tell both), and a second verb that is no cue
    for text, kept in (("she admires his determination and praises his plans", "praises"),
                       ("she admired his determination and praised his plans", "praised"),
                       ("she admires his determination and voted for him", "voted")):
        a = analysed(f"Jan Roe called Bo Lee on Tuesday. She said {text}.")
        q = quote_starting(a, "she admire")
        assert kept in q.text, (text, q.text)


def test_riffed_is_a_verb_of_saying():
    a = analysed('At a rally, Jan Roe showed a clip of the mayor. "Mayor Lee, let me help you out - the answer is '
                 'no," Roe riffed, drawing laughs from the crowd.')
    q = quote_starting(a, "Mayor Lee, let me help you out")
    assert q.cue == "riffed" and speaker_words(a, q) in ("Roe", "Jan Roe")


def test_a_riff_as_a_noun_is_no_cue():
    # twin: "a riff on" names a piece of music or a joke; the quotation has no cue of saying there
    a = analysed('The band played a riff on "the harbour song" all night.')
    assert not any(q.cue and q.cue.startswith("riff") for q in a.quotes)


def test_a_finding_that_goes_on_after_according_to_keeps_its_second_half():
    a = analysed("Roe leads by 15 points in Maine, according to the Acme poll, and has a small lead in Ohio. "
                 "Lee has an edge in Vermont.")
    q = quote_starting(a, "Roe leads by 15 points in Maine")
    assert len(q.pieces) == 2 and a.document.text[slice(*q.pieces[1])] == "and has a small lead in Ohio"


def test_a_second_half_with_its_own_subject_stays_out():
    # twin: after ", but"/", and" a clause with a subject of its own is the writer's or another finding
    for tail in ("but Lee has a small lead in Ohio", "and Lee has a small lead in Ohio"):
        a = analysed(f"Roe leads by 15 points in Maine, according to the Acme poll, {tail}.")
        q = quote_starting(a, "Roe leads by 15 points in Maine")
        assert not q.pieces and "Ohio" not in q.text


def test_the_deed_an_accuser_charges_is_no_saying_of_the_accused():
    a = analysed("Gov. Jan Roe accused Bo Lee of opposing the harbour levy for political reasons.")
    assert not any(speaker_words(a, q) == "Bo Lee" for q in a.quotes)
    a = analysed("Gov. Jan Roe accused Bo Lee of saying the harbour levy was illegal.")
    assert not any(speaker_words(a, q) == "Bo Lee" for q in a.quotes)


def test_a_gerund_of_saying_under_another_verb_stays_a_cue():
    # twins: "began by saying": the subject's own saying; "criticized X for saying": a saying made
    a = analysed("Gov. Jan Roe began by saying the harbour levy was illegal.")
    q = quote_starting(a, "the harbour levy was illegal")
    assert speaker_words(a, q) == "Jan Roe"
    a = analysed("Gov. Jan Roe criticized Bo Lee for saying he had sacrificed for his town.")
    q = quote_starting(a, "he had sacrificed")
    assert shown_speaker(a, q) == "Bo Lee"


def test_a_past_deed_after_a_modal_content_is_the_reporters():
    a = analysed('Jan Roe will skip the vote. Bo Lee has said that it would be "very hard" for Roe to come, but '
                 'downplayed the issue.')
    q = [q for q in a.quotes if "very hard" in q.text][0]
    assert "downplayed" not in q.text


def test_a_second_participle_of_a_passive_content_stays():
    # twin: "would be released ... and returned": the second participle shares the auxiliaries
    a = analysed("Bo Lee said that he would be released in 2018 and returned to the harbour town.")
    q = quote_starting(a, "that he would be released")
    assert "returned to the harbour town" in q.text


def test_a_quoted_abbreviation_is_no_sentence_end():
    # twin of the stop-inside-a-closing-mark rule (the review's case)
    assert not _sentence_break(' the "U.S." Senate on Tuesday: ')
    a = analysed('Jane Roe told the "U.S." Senate on Tuesday: "We will stay in the harbour town for years."')
    assert speaker_words(a, quote_starting(a, "We will stay")) == "Jane Roe"


def test_a_short_remainder_after_a_reaction_cut_is_no_content():
    a = analysed("According to police, he fled, sparking fears of a manhunt across the county.")
    assert not any(q.text == "he fled" for q in a.quotes)


def test_a_backshifted_modal_report_keeps_its_second_verb():
    # twin: under "said" both verbs are backshifted ("can't ... but understand"): one report
    a = analysed("Jan Roe said she could not support the levy but understood why people did.")
    q = quote_starting(a, "she could not support the levy")
    assert "understood why people did" in q.text
