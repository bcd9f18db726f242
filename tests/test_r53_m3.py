"""Round fifty-three, mender m3: in-sample mends of the seed-168 audit's quote spans (issue 18,
field ``whole``): FNC-1 c059 Q6 (a quotation's span ran on into the writer's "and snapped at her
..."), c064 Q3 (a quoted predicate after 'said that he was' shown without "he was"), c064 Q4 (a
span ending inside its own open bracket) and c065 Q5 (a report in a fronted clause ran on into
the main clause, another source's opposite claim).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from pipeline_helpers import quote_texts

from storyline.analyse import quotes

LEAD = "Officials met in Rome on Monday.\n\n"


# --- c059 Q6: 'replied, "...," and snapped at her': the writer narrating the speaker's next act ----


def test_a_quotation_span_stops_at_its_mark_before_the_speakers_next_act():
    texts = quote_texts(LEAD + 'The traveller reportedly replied, "You can\u2019t talk to me because I am tired," '
                               "and shouted at her before leaving the desk. Then he left.\n")
    assert texts, texts
    assert not any("shouted" in t for t in texts), texts
    assert any(t.startswith("You can\u2019t talk to me") for t in texts), texts


def test_a_narrated_act_hung_on_a_verb_inside_the_quotation_is_left_out():
    texts = quote_texts(LEAD + 'The traveller reportedly replied, "You shouldn\u2019t say that because not everyone likes '
                               'flying," and shouted at her before leaving the desk.\n')
    assert texts, texts
    assert not any("shouted" in t for t in texts), texts


def test_a_conjunct_with_its_own_subject_after_the_marks_goes_on_with_the_report():
    texts = quote_texts(LEAD + 'The mayor said, "The needs are huge," and conditions are "very bad" across the city.\n')
    assert any("and conditions are" in t for t in texts), texts


def test_a_that_clause_after_the_marks_goes_on_with_the_report():
    texts = quote_texts(LEAD + 'The mayor said, "We are ready for the storm," and that the roads would reopen on Friday.\n')
    assert any("the roads would reopen on Friday" in t for t in texts), texts


# --- c064 Q3: 'said that he was "quite certain ..."': the clause, its subject and verb with it ------


def test_a_quoted_predicate_after_that_and_its_subject_keeps_the_subject():
    texts = quote_texts(LEAD + "Secretary of State Jane Roe said that she was \u201cfairly sure the governor is "
                               "undecided on this matter as he weighs the costs and benefits of that plan.\u201d\n")
    assert any("she was \u201cfairly sure the governor" in t for t in texts), texts


def test_a_whole_clause_in_marks_after_that_stays_the_quotation():
    texts = quote_texts(LEAD + "Jane Roe said that \u201cthe governor is undecided on this matter as he weighs the costs.\u201d\n")
    assert texts == ["the governor is undecided on this matter as he weighs the costs."], texts


def test_a_straight_single_quotation_cut_at_its_comma_after_that_stays_as_it_was():
    texts = quote_texts(LEAD + "President Jane Roe told the AP that Egypt is 'completely committed to giving support,' "
                               "and will do 'whatever is required' to support the group.\n")
    assert not any(t.startswith("that Egypt is") for t in texts), texts


def test_a_quotation_credited_to_another_source_after_it_is_no_clause_of_the_cue():
    texts = quote_texts(LEAD + 'Data from the Weather Institute shows that the "average extent over the month is one of '
                               'the highest in the last decade," according to Paul Homewood.\n')
    assert not any(t.startswith("that the") for t in texts), texts


# --- c064 Q4: a span never ends inside an open bracket of its own -----------------------------------


def test_a_content_that_opened_a_bracket_takes_its_close():
    texts = quote_texts(LEAD + "He also said during his campaign that he would cancel the deal and has repeatedly "
                               "called global warming a scam invented by the French (and bankers) \u2014 but Roe says "
                               "a lot of things and has, at least once, hinted that he understood the threat.\n")
    assert "global warming a scam invented by the French (and bankers)" in texts, texts


def test_a_bracket_closed_inside_or_further_on_is_left_alone():
    text = "called it a scam (and worse) by the French and more (as he said later)"
    assert quotes._bracket_closed_after(text, 7, 28) == 28  # balanced: nothing to close
    assert quotes._bracket_closed_after(text, 7, 60) == 60  # the close is not right after
    assert quotes._bracket_closed_after(text, 7, 27) == 28  # '(and worse' + ')'


# --- c065 Q5: a report in a fronted clause the parse read as the main verb's ccomp -----------------


def test_a_report_in_a_fronted_clause_stops_before_the_main_clause():
    texts = quote_texts(LEAD + "During the meeting wherein the Daily Post asserted that Tom Hill proposed a secret deal "
                               "between the firm and Acme, it was actually the Acme staff who proposed it, a source "
                               "close to Hill told Radio News.\n")
    assert "that Tom Hill proposed a secret deal between the firm and Acme" in texts, texts
    # the Post's report never runs on into the source's counter-claim; the source's own words (the
    # trailing "told" tag's) may hold the fronted clause, a span left long (round fifty-three's merge:
    # the told one is no longer that quote's speaker, so it is no longer dropped)
    assert not any("Acme staff" in t for t in texts if "Daily Post" not in t or t.startswith("that")), texts
    assert not any(t.startswith("that Tom Hill") and "Acme staff" in t for t in texts), texts


def test_a_report_at_the_root_keeps_its_conjoined_clause():
    texts = quote_texts(LEAD + "The Daily Post asserted that Tom Hill proposed a secret deal between the firm and Acme, "
                               "and it was Acme who proposed it first.\n")
    assert any(t.endswith("and it was Acme who proposed it first") for t in texts), texts


def test_a_content_holding_a_closed_bracket_is_unchanged():
    texts = quote_texts(LEAD + "Jane Roe said the plan (a draft from May) would cost more than the last one (by far), "
                               "and left the hall.\n")
    assert any(t.startswith("the plan (a draft from May) would cost more than the last one (by far)") for t in texts), texts
