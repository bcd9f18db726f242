"""Quote span boundaries of round twenty-six (26p, issue 18): shapes the seed-73 and seed-79
audits read as cut or running on. Each rule has a text that fires and a twin that must not;
all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts
from pipeline_helpers import quoted_analysis as _analysis


def _pieces(a, q) -> list[str]:
    t = a.document.text
    return [t[x:y] for x, y in q.pieces] if q.pieces else [q.text]


# --- a quotation tagged after it with a long description of its speaker goes on ------------

_RIVER = ("Floods hit the valley on Monday.\n\n"
          '"The river has never risen so fast," {tag}\n\n'
          '"{next}"\n\n'
          "The town council met on Tuesday.")


def test_long_speaker_description_in_the_tag_still_joins_the_next_paragraph():
    a = _analysis(_RIVER.format(tag="says Jane Roe, director of the Centre for the Study of Rivers at the "
                                    "University of Port Ellery.", next="But it also falls faster than people think."))
    q = next(q for q in a.quotes if q.text.startswith("The river has never"))
    assert _pieces(a, q) == ["The river has never risen so fast", "But it also falls faster than people think."]
    assert not any(x.text.startswith("But it also") for x in a.quotes if x is not q)


def test_long_tag_with_a_title_and_a_time_joins():
    a = _analysis(_RIVER.format(tag="said Jane Roe, the chief hydrologist of the Port Ellery water board, on "
                                    "Monday morning in the town square.", next="But it also falls faster than people think."))
    q = next(q for q in a.quotes if q.text.startswith("The river has never"))
    assert len(_pieces(a, q)) == 2


def test_long_tag_with_a_relative_clause_on_the_speaker_stays_apart():
    # the clause may name others ("a long meeting with the council"), who may speak next
    a = _analysis(_RIVER.format(tag="said Jane Roe, a hydrologist who has measured its level with the council "
                                    "every week since 1998.", next="But it also falls faster than people think."))
    q = next(q for q in a.quotes if q.text.startswith("The river has never"))
    assert _pieces(a, q) == ["The river has never risen so fast"]


def test_long_tag_with_a_clause_of_narration_stays_apart():
    a = _analysis(_RIVER.format(tag="said Jane Roe, and the council then voted to close the old bridge to all "
                                    "traffic for the rest of the week.", next="We had no other choice."))
    q = next(q for q in a.quotes if q.text.startswith("The river has never"))
    assert _pieces(a, q) == ["The river has never risen so fast"]


# --- another's report conceded against the content ----------------------------------------

def test_despite_reports_that_closing_the_content_is_cut():
    assert "the damage was limited" in _texts(
        "The council said the damage was limited, despite warnings from residents that the bridge was cracked.")


def test_in_spite_of_reports_after_a_dash_is_cut():
    assert "the damage was limited" in _texts(
        "The council said the damage was limited - in spite of reports that the bridge had cracked.")


def test_despite_claims_after_a_noun_of_saying_is_cut():
    texts = _texts("The council has stood by its estimate that some 300 homes were flooded - despite claims from "
                   "several residents that the figure was ten times higher.")
    assert "that some 300 homes were flooded" in texts


def test_despite_a_plain_noun_after_a_noun_of_saying_stays():
    assert "that some 300 homes were flooded, despite the rain" in _texts(
        "The council has stood by its estimate that some 300 homes were flooded, despite the rain.")


def test_despite_a_plain_noun_stays():
    assert "the damage was limited, despite the rain" in _texts("The council said the damage was limited, despite the rain.")


def test_despite_a_report_with_no_clause_or_owner_stays():
    assert "the damage was limited, despite the earlier reports" in _texts(
        "The council said the damage was limited, despite the earlier reports.")


# --- a quoted fragment ending an unquoted clause before a trailing tag ----------------------

_ACCOUNT = "The mayor toured the flooded streets on Monday.\n\n{line} she said on a visit to the pumping station."


def test_quoted_fragment_keeps_the_clause_it_ends():
    a = _analysis(_ACCOUNT.format(line='The water company would be held to account, "fully and in whatever way '
                                       'the law allows",'))
    texts = [q.text for q in a.quotes]
    assert 'The water company would be held to account, "fully and in whatever way the law allows"' in texts
    assert "fully and in whatever way the law allows" not in texts


def test_quoted_clause_with_its_own_subject_after_a_clause_stays_alone():
    texts = _texts(_ACCOUNT.format(line='The water company would be held to account, "the law allows nothing less",'))
    assert "the law allows nothing less" in texts
    assert not any(t.startswith("The water company") for t in texts)


def test_whole_quoted_sentence_after_a_clause_stays_alone():
    texts = _texts(_ACCOUNT.format(line='The water company would be held to account, "We will make them pay,"'))
    assert "We will make them pay" in texts
    assert not any(t.startswith("The water company") for t in texts)


# --- a reported clause whose subject stands right before its quoted predicate -----------------

def test_subject_right_before_a_quoted_predicate_after_the_cue_is_kept():
    texts = _texts('The council met on Monday. Jane Roe said the town "would need a new bridge by the spring."')
    assert 'the town "would need a new bridge by the spring."' in texts
    assert "would need a new bridge by the spring." not in texts


def test_hearer_before_a_lower_case_quotation_is_not_its_subject():
    texts = _texts('The council met on Monday. Jane Roe told the town "we need a new bridge by the spring."')
    assert "we need a new bridge by the spring." in texts
    assert not any(t.startswith("the town") for t in texts)


# --- a one-word adverb in the verb chain before a quoted predicate ---------------------------

def test_adverb_in_the_verb_chain_keeps_the_subject():
    texts = _texts('The council met on Monday. The new toll would probably "cost drivers more than the old ferry '
                   'ever did," he said.')
    assert 'The new toll would probably "cost drivers more than the old ferry ever did,"' in texts


def test_phrase_set_off_in_the_verb_chain_leaves_the_quotation_alone():
    texts = _texts('The council met on Monday. The new toll would, on the other hand, "cost drivers more than the old '
                   'ferry ever did," he said.')
    assert "cost drivers more than the old ferry ever did" in texts
    assert not any(t.startswith("The new toll") for t in texts)


def test_subject_before_a_quoted_predicate_after_a_verb_of_belief_is_left_alone():
    # the belief sits inside the outer report ("Roe said she expects ..."), whose speaker is named
    texts = _texts('The council met on Monday. Jane Roe said she expects the town "to need a new bridge by the spring."')
    assert not any(t.startswith("the town") for t in texts)
