"""Round fifty-one, mender m3: in-sample mends of quote spans the seed-166 audit judged wrong
(fnc1_c038 Q15, c051 Q1, c045 Q1, c049 Q4, c035 Q9, c051 Q2 and Q4). Every rule has a test that
fires and a twin it must not fire on, each on a short invented text run through the whole
per-document stage."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis


def _quotes(text: str) -> list[str]:
    return [q.text for q in quoted_analysis(text).quotes]


# --- c038 Q15: a quotation over paragraphs whose last paragraph the copy left unclosed ---

_UNCLOSED_RUN = ("The company has denied the report.\n\n"
                 "He said: \"If anyone had looked at our accounts, they would know that the firm has already "
                 "announced cuts of 500 jobs.\n\n"
                 "\"That is a small part of what has been reported.\n\n"
                 "\"Last year we hired 2,000 people.{close}\n\n"
                 "The firm was founded in 1950 and moved to Leeds in 1970.\n\n"
                 "It employs 9,000 people.\n")


def test_reopened_run_left_unclosed_ends_at_its_last_reopened_paragraph():
    quotes = _quotes(_UNCLOSED_RUN.format(close=""))
    held = [t for t in quotes if t.startswith("If anyone had looked")]
    assert held and "Last year we hired 2,000 people." in held[0] and "founded in 1950" not in held[0]


def test_twin_reopened_run_closed_is_read_as_before():
    quotes = _quotes(_UNCLOSED_RUN.format(close="\""))
    held = [t for t in quotes if t.startswith("If anyone had looked")]
    assert held and held[0].endswith("Last year we hired 2,000 people.") and "founded" not in held[0]


def test_twin_unclosed_without_a_reopened_paragraph_is_not_run_on():
    text = ("The company has denied the report.\n\n"
            "He said: \"If anyone had looked at our accounts, they would know that the firm has cut 500 jobs.\n\n"
            "The firm was founded in 1950 and moved to Leeds in 1970.\n")
    assert not any("founded in 1950" in t for t in _quotes(text))


# --- c051 Q1: the same convention with single marks ---

_SINGLE_RUN = ("The dog was found in a park last month.\n\n"
               "Jane Smith from Ohio told the paper: ‘I hoped it would be a puppy, but it really does not matter.\n\n"
               "{second}\n\n"
               "The dog will be treated next week.\n")


def test_single_marked_quotation_runs_on_over_a_reopened_paragraph():
    quotes = _quotes(_SINGLE_RUN.format(second="‘He was part of the family as soon as he came home with my son.’"))
    held = [t for t in quotes if t.startswith("I hoped it would be a puppy")]
    assert held and "part of the family as soon as he came home" in held[0]
    assert not any(t.startswith("He was part of the family") for t in quotes)


def test_twin_single_marked_quotation_before_narration_stays_one_paragraph():
    quotes = _quotes(_SINGLE_RUN.format(second="Her neighbour said the dog had been seen before."))
    held = [t for t in quotes if t.startswith("I hoped it would be a puppy")]
    assert held and "neighbour" not in held[0]


# --- c045 Q1: a fronted "As X noted this morning," ends at its comma ---

def test_fronted_as_clause_keeps_its_time_before_the_comma():
    text = ("Oil markets were nervous on Monday.\n\n"
            "As Reuters' John Carter noted this morning, the local currency has fallen sharply and the main "
            "share index has dropped 5% in two days.\n")
    quotes = _quotes(text)
    assert any(t.startswith("the local currency has fallen sharply") for t in quotes)
    assert not any(t.startswith("this morning") for t in quotes)


def test_twin_time_after_the_as_clause_comma_stays_in_the_content():
    text = ("Oil markets were nervous on Monday.\n\n"
            "As Reuters' John Carter noted, this morning the local currency fell sharply and the main "
            "share index dropped 5%.\n")
    assert any(t.startswith("this morning the local currency fell") for t in _quotes(text))


# --- c049 Q4: a bracketed aside after an opening "According to X" is the writer's ---

def test_bracketed_aside_after_according_source_is_left_out():
    text = ("Residents have complained for weeks.\n\n"
            "According to the press office of the city council in Leeds (a trustworthy source, we think), "
            "the roads in question are indeed closed.\n")
    quotes = _quotes(text)
    assert "the roads in question are indeed closed" in quotes
    assert not any("trustworthy" in t for t in quotes)


def test_twin_bracket_inside_the_content_stays():
    text = ("Residents have complained for weeks.\n\n"
            "According to the city council, the roads (both of them) are closed until the spring.\n")
    assert "the roads (both of them) are closed until the spring" in _quotes(text)


def test_twin_time_after_that_stays_in_the_content():
    text = ("Oil markets were nervous on Monday.\n\n"
            "Jane Roe, an analyst, said that this morning, the local currency fell sharply against the dollar.\n")
    assert any("this morning, the local currency fell" in t for t in _quotes(text))


# --- c035 Q9, c051 Q4: a quoted fragment alone is cut; the statement is the clause it ends ---

def test_fragment_before_a_trailing_tag_becomes_its_clause():
    text = ("The robot trapped the man's hand in its arm last week.\n\n"
            "But while he escaped with minor cuts, the accident could offer \"a glimpse of a grim future in which "
            "friendly machines attack their owners\", suggests the Guardian.\n")
    quotes = _quotes(text)
    assert any(t.startswith("the accident could offer \"a glimpse") and t.endswith("owners\"") for t in quotes)
    assert not any(t.startswith("a glimpse of a grim future") for t in quotes)


def test_fragment_in_the_cues_reason_becomes_its_clause():
    text = ("The horse was sick last week.\n\n"
            "The cost: $500, which a friend is helping to raise. Smith says it's worth it, because the horse "
            "has been \"a member of the family\" since May.\n")
    quotes = _quotes(text)
    assert "the horse has been \"a member of the family\" since May" in quotes
    assert "a member of the family" not in quotes


def test_twin_fragment_inside_a_reported_content_stays_mixed_there():
    text = "The council met on Monday.\n\nSmith said the plan was \"a total waste of public money\" for the town.\n"
    assert _quotes(text) == ["the plan was \"a total waste of public money\" for the town"]


def test_twin_fragment_with_a_pronoun_subject_is_left_as_it_was():
    text = ("The horse was sick last week.\n\n"
            "Smith says it's worth it, because it has been \"a member of the family\" since May.\n")
    quotes = _quotes(text)
    assert not any(t.startswith("it has been") for t in quotes)


def test_twin_fragment_the_cue_takes_itself_is_left_as_it_was():
    text = "The council met on Monday.\n\nSmith called the new plan \"a total waste of public money\" on Monday.\n"
    assert not any(t.startswith("the new plan") or t.startswith("Smith") for t in _quotes(text))


# --- c051 Q2: a one-word object of a cue in a bracketed aside holds no claim of its own ---

def test_short_object_in_a_bracketed_aside_is_no_quote():
    text = ("The horse was sick last week.\n\n"
            "The plan: treat the horse, then pick a diet (the doctor recommends hay) and let it rest.\n")
    assert "hay" not in _quotes(text)


def test_twin_short_object_outside_brackets_stays():
    text = "The horse was sick last week.\n\nThe company denied wrongdoing on Monday.\n"
    assert "wrongdoing" in _quotes(text)


def test_twin_single_marked_paragraph_closed_before_a_tag_is_not_joined():
    quotes = _quotes(_SINGLE_RUN.format(second="‘He was part of the family as soon as he came home,’ her husband added."))
    assert not any("puppy" in t and "part of the family" in t for t in quotes)


def test_twin_fragment_in_a_question_is_not_made_a_claim():
    text = ("The census form is long.\n\n"
            "The survey asks whether any resident has \"difficulty remembering or making decisions\" at home.\n")
    assert not any(t.startswith("any resident has") for t in _quotes(text))


def test_twin_fragment_after_a_subject_with_an_aside_is_left_as_it_was():
    text = ("The merger talks began in 1999.\n\n"
            "But Roe, who had moved a year earlier from her role at Acme, poured \"cold water on the idea at once,\" "
            "she wrote in her memoir.\n")
    assert not any(t.startswith("Roe, who had moved") for t in _quotes(text))
