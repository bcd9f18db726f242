"""Round fifty-four, mender m3: in-sample mends of the seed-169 audit's quote spans (issue 18,
field ``whole``): FNC-1 c086 Q4 (a one-word reply dropped before its tag, the second half alone),
c086 Q14/Q15 (a statement split by a tag whose verb is no cue, '"A," read the statement. "B."'),
c086 Q9 (a reported content stopped at the quotation it opened), c060 Q4 (a "but will not ..."
predicate of the content left out) and c073 Q9/Q14 (a span stopped inside "the photo he posted"
and before its "because" clause). c053 Q4 (a block quotation over paragraphs with no quote
marks) is left: where the marks show the paragraphs, they are taken already (the last test).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import analysed, quote_holding, quote_texts, shown_speaker

LEAD = "The reporter asked whether the inspectors had found anything.\n\n"
TOWN = "The mayor answered questions at the town hall on Monday.\n\n"
TAIL = ("\n\nThe mayor declined to comment on the leak, but council members said the repair of the dam "
        "would take most of the spring and cost the town a great deal.\n")


# --- c086 Q4: '"Absolutely," Wheeler replied. "Yeah, and ..."': the reply's first word -------------


def test_a_one_word_reply_before_its_tag_sentence_joins_the_words_after_it():
    a = analysed(LEAD + '"Certainly," Jane Hale replied. "Yes, and the report confirms it."\n\nThe council met.\n')
    q = quote_holding(a, "the report confirms it")
    assert q.text.startswith("Certainly"), q.text
    assert len(q.pieces) == 2, q.pieces
    assert shown_speaker(a, q) == "Jane Hale"


def test_a_one_word_reply_whose_next_quotation_is_another_speakers_stays_out():
    texts = quote_texts(LEAD + '"Certainly," Jane Hale replied. "That is not what the report says at all," said Tom Roe.\n')
    assert not any("Certainly" in t for t in texts), texts
    assert "That is not what the report says at all" in texts, texts


def test_a_one_word_reply_alone_in_its_paragraph_stays_out():
    texts = quote_texts(LEAD + '"Certainly," Jane Hale replied.\n\nThe council met. "We will vote in June," said Tom Roe.\n')
    assert not any("Certainly" in t for t in texts), texts


# --- c086 Q14/Q15: '"A," read the statement. "B."': one statement, a tag with no cue ---------------


STATEMENT = ("Jane Hale runs the Port Ellery water agency. The agency has no leads on the leak, officials said.\n\n"
             '"If anyone saw the leak on the night of the storm, we hope they will speak to our engineers," read the '
             'statement. "The agency is paying for the repair of the dam and will report on its progress."' + TAIL)


def test_a_statement_split_by_a_tag_with_no_cue_is_one_quote():
    a = analysed(STATEMENT)
    q = quote_holding(a, "we hope they will speak")
    assert "report on its progress" in q.text, [x.text for x in a.quotes]
    assert len(q.pieces) == 2 and "read the statement" not in a.document.text[q.pieces[1][0] : q.pieces[1][1]]


def test_two_signs_each_with_its_own_tag_stay_two_quotes():
    texts = quote_texts("The protest filled the square outside the agency on Monday, and the crowd stayed until dark.\n\n"
                        '"Stop the dam and save the valley now," read one sign. "Save the river for our children," read '
                        "another." + TAIL)
    assert "Stop the dam and save the valley now" in texts, texts
    assert "Save the river for our children" in texts, texts


# --- c086 Q9: 'told host Jim Roe the engineer "came across [as] ...': the quotation it opened ------


def test_a_content_runs_on_through_the_quotation_it_opened_under_the_same_cue():
    a = analysed(TOWN + 'Hale told host Jim Roe the engineer "came across [as] very honest. When you look at that, with '
                        'all of the other things I found in this case, it is very clear to me that the dam was weak."\n\n'
                        "The council meets again next week.\n")
    q = quote_holding(a, "the engineer")
    assert q.kind == "indirect" and q.mixed, q
    assert "the dam was weak" in q.text, q.text
    assert not any(x.text.startswith("came across") for x in a.quotes), [x.text for x in a.quotes]


def test_a_quotation_opened_in_a_content_but_tagged_by_another_stays_apart():
    texts = quote_texts(TOWN + 'Hale said the engineer "came across as honest. When you look at it, the dam was weak," '
                               "Roe wrote.\n")
    assert 'the engineer "came across as honest' in texts, texts
    assert "came across as honest. When you look at it, the dam was weak" in texts, texts


# --- c060 Q4: 'says he is sorry for the mistake but will not be paying for a bill' ----------------


NASH = "Tom Nash was handed an envelope by a teacher on Monday.\n\n"


def test_a_modal_predicate_after_but_goes_on_with_the_content():
    texts = quote_texts(NASH + "Nash says he is sorry for the mistake but will not be paying for a bill.\n\n"
                               "The council meets again next week.\n")
    assert "he is sorry for the mistake but will not be paying for a bill" in texts, texts


def test_a_deed_after_but_with_no_modal_stays_out():
    texts = quote_texts(NASH + "Nash says he is sorry for the mistake but gave no details about the bill.\n")
    assert "he is sorry for the mistake" in texts, texts


def test_a_verb_of_saying_after_but_stays_out():
    texts = quote_texts(NASH + "Nash says he is sorry for the mistake but will not say more about the bill.\n")
    assert "he is sorry for the mistake" in texts, texts


# --- c073 Q9/Q14: 'the backlash to the photo he posted because "..." concluded that ...' ---------


def test_a_span_runs_on_through_a_relative_clause_whose_cue_has_the_noun_as_object():
    texts = quote_texts(TOWN + "Hale says she is saddened by the anger over the letter she wrote.\n")
    assert "she is saddened by the anger over the letter she wrote" in texts, texts


def test_a_relative_set_off_by_a_comma_still_ends_the_content():
    texts = quote_texts(TOWN + "Hale says she is saddened by the anger over the plan, which the mayor announced.\n")
    assert "she is saddened by the anger over the plan" in texts, texts


def test_a_relative_on_the_writers_appositive_gloss_still_ends_the_content():
    texts = quote_texts(TOWN + "Aides told the paper that the mayor and the council talked every week, a point Hale also "
                               "acknowledged to the radio station.\n")
    assert not any("acknowledged to the radio station" in t for t in texts), texts


def test_a_because_clause_with_no_comma_is_the_contents_reason():
    texts = quote_texts(TOWN + 'Hale says she is surprised and saddened by the anger over the letter she wrote because '
                               '"trained engineers at every level of the agency" concluded that the dam was safe before '
                               "the flood.\n\nThe council meets again next week.\n")
    assert any(t.startswith("she is surprised") and t.endswith("the dam was safe before the flood") for t in texts), texts


def test_a_because_clause_set_off_by_a_comma_stays_out():
    texts = quote_texts(TOWN + "Hale says she is saddened by the anger over the letter, because the engineers concluded "
                               "that the dam was safe.\n")
    assert "she is saddened by the anger over the letter" in texts, texts


def test_a_because_clause_on_a_modal_cue_stays_out():
    # round fifty-six (seed 171 c087 Q6): "can claim" itself is now no statement (possible_claim);
    # the span rule is tested on a modal cue that still reports
    texts = quote_texts("The jeweller answered questions at the fair on Monday.\n\n"
                        "Acme can confirm its new ring is 18 karat because it will be 75 percent gold by weight.\n")
    assert "its new ring is 18 karat" in texts, texts


# --- c053 Q4 (left): a block quotation whose paragraphs the marks show is taken already ----------


def test_a_colon_block_quotation_marked_paragraph_by_paragraph_is_taken_whole():
    texts = quote_texts(TOWN + 'Here is what the user "tomroe" wrote:\n\n"I once sent the harbour master an email about the '
                               "noise of the pumps at night. It was very loud.\n\n\"Much to my surprise a clerk called me "
                               'the next day.\n\n"The next time I walked past, the pumps were quiet."\n\nThe council meets '
                               "again next week.\n")
    assert any(t.startswith("I once sent") and t.endswith("the pumps were quiet.") for t in texts), texts
