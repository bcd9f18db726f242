"""Round fifty-six, engineer e1 (issue 18, open speakers): a quotation that is its own paragraph,
credited on the next line by a dash and a name (a fact check's or a "quotable" box's layout,
'"..." / - Jane Roe.'): the name is the speaker (quotes._dash_line_byline); a quotation handed
over by "as X put it" right before its opening mark is X's (quotes._as_put_lead). Each rule has
a test that fires and a must-not-fire twin, on short invented texts run through the whole
per-document stage."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_holding, shown_speaker

_LEAD = "The pension board met in Dayton on Monday to weigh the new payout tables.\n\n"


def _speaker_of(text: str, words: str):
    a = analysed(_LEAD + text)
    q = quote_holding(a, words)
    return shown_speaker(a, q), q


def test_dash_line_after_a_blank_line_names_the_speaker():
    who, q = _speaker_of("The senator relies on an old figure.\n\n\"The idea that I would cut the pension fund "
                         "is just not accurate.\"\n\n- Hillary Clinton.\n\nThe claim needs context.\n", "pension fund")
    assert who == "Hillary Clinton", (who, q.speaker_evidence)


def test_dash_line_right_below_with_a_description_names_the_speaker():
    who, q = _speaker_of("\"We will fix the roads before the winter comes.\"\n- President Barack Obama, "
                         "speaking in Ohio.\n", "fix the roads")
    assert who == "Barack Obama", (who, q.speaker_evidence)


def test_list_item_after_a_quotation_names_no_one_twin():
    # a dash line that opens a list item in title case: capitalised words, but no person or
    # organisation the tagger found, so no byline (not even open speaker words)
    who, q = _speaker_of("The platform has three planks.\n\n\"We will fix the roads before the winter "
                         "comes.\"\n\n- Safer Streets.\n- Cleaner Rivers.\n", "fix the roads")
    assert who is None and q.speaker_text is None, (who, q.speaker_text, q.speaker_evidence)


def test_list_item_with_a_verb_after_a_quotation_names_no_one_twin():
    # "Cut the payroll tax.": the capitalised word goes on into a clause
    who, q = _speaker_of("The platform has three planks.\n\n\"We will fix the roads before the winter "
                         "comes.\"\n\n- Cut the payroll tax.\n- Build more houses.\n", "fix the roads")
    assert who is None and q.speaker_text is None, (who, q.speaker_text, q.speaker_evidence)


def test_dash_line_that_goes_on_into_a_clause_names_no_one_twin():
    # the name is the subject of a sentence of its own, no byline
    who, q = _speaker_of("\"We will fix the roads before the winter comes.\"\n\n- Barack Obama and his allies "
                         "went on to lose the vote.\n", "fix the roads")
    assert who is None, (who, q.speaker_evidence)


def test_dash_line_after_a_quotation_inside_a_sentence_names_no_one_twin():
    # the quotation is not its paragraph's whole text: the dash line is not its byline
    who, q = _speaker_of("The board's memo calls the change \"a fair trade for every retiree in the "
                         "state.\"\n\n- Hillary Clinton.\n", "fair trade")
    assert who is None, (who, q.speaker_evidence)


def test_as_put_it_colon_with_an_apposition_names_the_speaker():
    who, q = _speaker_of("Few senators would meet the nominee. As Jane Roe, the No. 2 in the party leadership, "
                         "put it: \"This nominee will not be confirmed.\"\n", "will not be confirmed")
    assert who == "Jane Roe", (who, q.speaker_evidence)


def test_as_put_it_comma_after_a_title_names_the_speaker():
    who, q = _speaker_of("The ban was lifted in 2011. But at the time, as the state prosecutor John Doe put it, "
                         "\"there was not much to complain about in the legal sense.\"\n", "not much to complain")
    assert who == "John Doe", (who, q.speaker_evidence)


def test_even_as_put_it_names_no_one_twin():
    # "even as": a concession, not a credit
    who, q = _speaker_of("The ban was lifted. Even as John Doe put it, \"there was not much to complain about "
                         "in the legal sense.\"\n", "not much to complain")
    assert who is None, (who, q.speaker_evidence)


def test_as_put_it_with_an_addressee_names_no_one_twin():
    # "put it to the board": the words before the mark are no bare "put it"
    who, q = _speaker_of("The ban was lifted in 2011. As John Doe put it to the board, \"there was not much to "
                         "complain about in the legal sense.\"\n", "not much to complain")
    assert who is None, (who, q.speaker_evidence)


def test_as_put_it_after_a_clause_of_the_writer_keeps_the_quotation_apart_twin():
    # a clause of the writer's before the "as": the quotation stays its own item, not read as
    # handed over by "put"
    a = analysed(_LEAD + "Saving the marsh was for dreamers: as Jane Roe put it, \"in the valley they think "
                 "the towers are pretty\".\n")
    own = [q for q in a.quotes if q.text.startswith("in the valley")]
    assert own and all(q.cue != "put" for q in own), [(q.text, q.cue) for q in a.quotes]
