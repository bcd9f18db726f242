"""Round fifty-five, engineer e1 (issue 18, open speakers): a cueless quotation right after the
one tag sentence of the quotation before it, in the same paragraph, whose tag gives the speaker
in words but not by name (a pronoun the resolver leaves open, a description): the second half
carries the same speaker, as open as the first (quotes._same_open_tag_speaker). Each rule has a
test that fires and a must-not-fire twin, on short invented texts run through the whole
per-document stage."""

from __future__ import annotations

from pipeline_helpers import analysed, quote_holding, shown_speaker

# no person before the quotations: the tag's "he" has nothing to stand for and stays open
_LEAD = "The flood barrier failed on the third night of rain.\n\n"


def _second_half(text: str, words: str):
    a = analysed(text)
    return a, quote_holding(a, words)


def test_second_half_after_an_open_he_tag_carries_the_same_he():
    a, q = _second_half(_LEAD + "\"The water came in too fast for the pumps,\" he said, adding that the county had "
                        "been warned. \"We lost the lower road within an hour.\"\n", "lower road")
    assert q.speaker_text == "he" and q.pronoun == "he", (q.speaker_text, q.speaker_evidence)
    assert "the same speaker, 'he'" in (q.speaker_evidence or "")
    assert shown_speaker(a, q) is None  # open there, open here: no name is made up


def test_second_half_after_a_description_tag_carries_the_description():
    a, q = _second_half(_LEAD + "\"The barrier was never tested at this height,\" the county engineer said, adding "
                        "that crews had worked all night. \"Nobody expected the river to rise so far.\"\n", "rise so far")
    assert q.speaker_text == "the county engineer", (q.speaker_text, q.speaker_evidence)
    first = quote_holding(a, "never tested")
    assert (q.speaker_start, q.speaker_end) == (first.speaker_start, first.speaker_end)
    assert (q.speaker_confidence or 0) <= (first.speaker_confidence or 0)


def test_another_name_in_the_open_tag_leaves_the_second_half_without_a_speaker_twin():
    # Tom Brennan in the tag's report: the words after the tag may be his
    a, q = _second_half(_LEAD + "\"The water came in too fast for the pumps,\" he said, adding that Tom Brennan had "
                        "warned the county. \"We lost the lower road within an hour.\"\n", "lower road")
    assert q.speaker_text is None and q.speaker_start is None, (q.speaker_text, q.speaker_evidence)


def test_a_sentence_of_narration_after_the_open_tag_leaves_the_second_half_twin():
    a, q = _second_half(_LEAD + "\"The water came in too fast for the pumps,\" he said, adding that the county had "
                        "been warned. The hall fell silent. "
                        "\"We lost the lower road within an hour.\"\n", "lower road")
    assert q.speaker_text is None and q.speaker_start is None, (q.speaker_text, q.speaker_evidence)


def test_a_question_before_an_open_tag_leaves_the_answer_twin():
    # '"...?" the engineer asked. "..."': the words after may be the answer of the one asked
    a, q = _second_half(_LEAD + "\"Who signed off on the barrier design last spring?\" the county engineer asked, "
                        "adding that crews had worked all night. \"We lost the lower road within an hour.\"\n",
                        "lower road")
    assert q.speaker_text is None and q.speaker_start is None, (q.speaker_text, q.speaker_evidence)


def test_a_mismatched_closing_mark_after_an_open_tag_carries_the_same_he():
    # the first half closed with an opening mark ('...,“ he said. “...”'): the joins' tag shape
    # misses it, and the second half had no speaker at all
    a, q = _second_half(_LEAD + "“The water came in too fast for the pumps,“ he said. "
                        "“We lost the lower road within an hour.”\n", "lower road")
    assert q.speaker_text == "he", (q.speaker_text, q.speaker_evidence)


def test_a_plain_tag_still_joins_the_halves_as_one_statement():
    # '"A," he said. "B."': the joins (quotes._tagged_after_pair) make one statement in two
    # pieces, as before; the carry does not split it into two items
    a = analysed(_LEAD + "\"The water came in too fast for the pumps,\" he said. "
                 "\"We lost the lower road within an hour.\"\n")
    q = quote_holding(a, "lower road")
    assert "too fast" in q.text and len(q.pieces) == 2, [x.text for x in a.quotes]


def test_a_named_tag_keeps_its_own_rule():
    # a named speaker: the round fifty-two rule (quotes._tag_before_in_paragraph), unchanged
    a, q = _second_half(_LEAD + "\"The water came in too fast for the pumps,\" Mayor Jane Holloway said, with a "
                        "passion that suggested the question was out of line. \"We lost the lower road within an "
                        "hour.\"\n", "lower road")
    assert shown_speaker(a, q) and "Holloway" in (shown_speaker(a, q) or ""), q.speaker_evidence
