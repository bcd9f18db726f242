"""Round thirty-five, issue 18 ("chant"): words given to a person who did not say them. A
crowd's chant tagged by a verb of chanting or shouting is the crowd's (a vague group: open),
not the speaker of a saying cue further off nor of the quote before; a named person who shouts
is that person. A work's title or a slogan after its noun is no statement, also a book's
title with its subtitle. The words on a sign or a banner are no one's saying. Each rule has a
text that fires and a twin that must not; all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_starting, quote_texts, quoted_analysis, speaker_words

# --- a verb of chanting or shouting tags its quotation -----------------------------------------


def test_crowd_chant_after_a_saying_cue_is_the_crowds():
    a = quoted_analysis('Hillary Clinton spoke in Iowa on Monday. "We need jobs for all of our workers," she said '
                        'as the crowd chanted "Hillary for president in November" near the stage.')
    q = quote_starting(a, "Hillary for president")
    assert q.speaker_mention is None and speaker_words(a, q) == "the crowd"
    assert speaker_words(a, quote_starting(a, "We need jobs")) == "she"


def test_crowd_chant_tagged_after_is_not_the_speaker_befores():
    a = quoted_analysis('"We will build a wall," Donald Trump told supporters in Ohio. '
                        '"Power to all the people!" some protesters shouted back.')
    q = quote_starting(a, "Power to all")
    assert q.speaker_mention is None and q.antecedent_mention is None
    assert speaker_words(a, q) == "some protesters"


def test_named_person_shouting_is_that_person():
    a = quoted_analysis('"All the way to the end!" Jane Dawson shouted at the rally.')
    assert speaker_words(a, quote_starting(a, "All the way")) == "Jane Dawson"


def test_group_that_chants_is_no_organisation_named_before():
    a = quoted_analysis('Students at Temple University joined the march on Monday. "Fair wages for every '
                        'nurse!" the group shouted as it passed the old market hall.')
    q = quote_starting(a, "Fair wages")
    assert q.speaker_mention is None and q.antecedent_mention is None and q.speaker_confidence == 0.0


def test_object_read_as_a_shouting_subject_is_open():
    a = quoted_analysis('At the inquiry, a man with a jar of tar approached the board members '
                        'shouting, "Every one of you should resign before the summer."')
    q = quote_starting(a, "Every one of you")
    assert q.speaker_mention is None and q.speaker_text is None


def test_twin_a_he_or_she_shouting_is_resolved():
    a = quoted_analysis('Kim Wolf stood up to protest about the spraying of the marsh. She was led away '
                        'yelling: "Nobody here cares about our harbour at all."')
    q = quote_starting(a, "Nobody here")
    assert a.mentions[q.antecedent_mention].text == "Kim Wolf"


def test_twin_a_nearer_saying_cue_keeps_its_speaker():
    a = quoted_analysis('"No more closures of the clinics," John Miller told the hall, and the audience booed.')
    assert speaker_words(a, quote_starting(a, "No more closures")) == "John Miller"


def test_twin_a_cheering_crowd_is_no_tag():
    a = quoted_analysis('Jane Roe spoke on Monday. "Get your hammers ready because we have a ceiling to '
                        'break!" she told the cheering crowd.')
    assert speaker_words(a, quote_starting(a, "Get your hammers")) == "she"


# --- a work's title or a slogan after its noun ---------------------------------------------------


def test_long_title_with_a_subtitle_after_memoir_is_no_quote():
    got = quote_texts('Jane Roe looked back on her years in office in her memoir, "A Time for Truth: '
                      'Renewing the Promise of the Harbour Town," which sold well.')
    assert got == []


def test_slogan_after_its_noun_and_a_comma_is_no_quote():
    got = quote_texts('Mrs. Roe shares more with the campaign than their common slogan, "Stronger Together." '
                      'She spoke on Monday.')
    assert got == []


def test_twin_a_sentence_after_memoir_stays():
    got = quote_texts('In her memoir, Jane Roe wrote: "We were poor, but we were happy every single day."')
    assert got == ["We were poor, but we were happy every single day."]


# --- the words on a sign ---------------------------------------------------------------------------


def test_banner_reading_is_no_ones_saying():
    a = quoted_analysis('Carol Kerin runs a shop in Port Ellery. "We lost every booking this summer," said '
                        'Carol Kerin. Above the beach, a small aircraft towed a banner reading: "Ten weeks and '
                        'the mayor has done nothing."')
    q = quote_starting(a, "Ten weeks")
    assert q.speaker_mention is None and q.antecedent_mention is None and "banner" in q.speaker_evidence


def test_sign_with_a_reporters_tag_after_is_the_signs():
    a = quoted_analysis('The boat owners of Port Ellery are angry. They nailed up placards, with one '
                        'reading "Acme took our boats and our town", our reporter Andy Gallacher adds.')
    q = quote_starting(a, "Acme took")
    assert q.speaker_mention is None and "placard" in q.speaker_evidence


def test_twin_a_sign_as_a_judgement_keeps_the_speaker():
    a = quoted_analysis('Mayor Jane Roe said the new pump was a hopeful sign, but warned: "The river can still '
                        'rise this week."')
    assert speaker_words(a, quote_starting(a, "The river")) == "Jane Roe"


def test_twin_a_sign_before_another_subjects_saying_keeps_that_speaker():
    a = quoted_analysis('It was a good sign, said Mayor John Miller: "We are still in the testing phase of '
                        'the well."')
    assert speaker_words(a, quote_starting(a, "We are still")) == "John Miller"


# --- a slogan quoted before the thing it is printed on -------------------------------------------


def test_slogan_before_hats_is_no_quote():
    # without the rule the parse hands the quotation to "call" and its "He"
    got = quote_texts('Donald Trump spoke in Ohio. He will call for order, as he did when rivals tore up '
                      'some "Make America Great Again" caps at a rally.')
    assert not any(t.startswith("Make America") for t in got)


def test_twin_a_slogan_handed_to_its_tag_stays():
    got = quote_texts('"Make America Great Again," Donald Trump said to the crowd on Monday in Ohio.')
    assert got == ["Make America Great Again"]
