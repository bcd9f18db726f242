"""Quotes: reported spans that drop the content's tense or modal, or run on into the occasion
of saying (issue 18, round eighteen, 18y).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from pipeline_helpers import quote_texts

from storyline.pipeline import analyse_record
from storyline.types import Record

_quotes = quote_texts


LEAD = "The storm hit the coast.\n\n"


# --- the occasion of saying closing the content ------------------------------------------


def test_a_hearing_where_it_was_said_is_no_part_of_the_content():
    text = LEAD + ("Port Ellery Mayor Jane Roe says the mill must pay the wages of hundreds of workers laid off by "
                   "the closure, at a council hearing.")
    assert _quotes(text) == ["the mill must pay the wages of hundreds of workers laid off by the closure"]


def test_a_hearing_before_a_next_paragraph_is_left_out_too():
    text = ("June 8 - The storm hit the coast.\n\nJune 9 - Port Ellery Mayor Jane Roe says the mill must pay the wages "
            "of hundreds of workers laid off by the closure, at a council hearing.\n\nJune 10 - The mill shut its gates.")
    assert "the mill must pay the wages of hundreds of workers laid off by the closure" in _quotes(text)


def test_a_news_conference_with_its_place_is_left_out_too():
    text = LEAD + "Jane Roe said on Tuesday the mill would close for a month, at a news conference in Port Ellery."
    assert _quotes(text) == ["the mill would close for a month"]


def test_a_closing_at_phrase_that_is_no_occasion_stays():
    text = LEAD + "Jane Roe said the mill would be rebuilt within a year, at a cost of $5 million."
    assert _quotes(text) == ["the mill would be rebuilt within a year, at a cost of $5 million"]


def test_a_hearing_without_the_comma_is_the_contents_own_place():
    text = LEAD + "Jane Roe said workers would protest at a council hearing on Friday."
    assert _quotes(text) == ["workers would protest at a council hearing on Friday"]


def test_an_interview_where_it_was_said_is_left_out():
    text = LEAD + ("Jane Roe said the mill lost less than 40 tonnes of grain a day, in an interview on Monday with "
                   "Acme Radio.")
    assert _quotes(text) == ["the mill lost less than 40 tonnes of grain a day"]


def test_a_closing_in_phrase_that_is_no_interview_stays():
    text = LEAD + "Jane Roe said the mill lost 40 tonnes of grain, in the storm of last week."
    assert _quotes(text) == ["the mill lost 40 tonnes of grain, in the storm of last week"]


# --- a cue inside a relative clause: the content's auxiliaries ---------------------------


# Round thirty-nine (quoteleft) reversed these three: a predicate whose subject is the relative
# pronoun outside the span ("had been an issue", "a mistake") is judged cut on every audit that
# showed one (6 of 7 such indirect quotes), so it is now left out (quotes._subjectless_content).
# The auxiliaries are still read as 18y reads them when the content has its subject.

def test_a_tense_auxiliary_after_a_relative_cue_is_left_out_with_its_subject_outside():
    text = LEAD + ("However, an adviser for the Acme Fund raised concerns about possible fraud, which he said had "
                   "been an issue in earlier years.")
    assert not any("an issue in earlier years" in q for q in _quotes(text))


def test_a_modal_after_a_relative_cue_is_left_out_with_its_subject_outside():
    text = LEAD + "The mill faces repairs which she said could take several weeks to finish."
    assert not any("several weeks" in q for q in _quotes(text))


def test_a_lone_copula_after_a_relative_cue_is_left_out():
    text = LEAD + "The plan, which the mayor said was a mistake, was dropped."
    assert _quotes(text) == []


def test_twin_a_modal_inside_a_content_with_its_subject_is_kept():
    text = LEAD + "The mayor said the repairs could take several weeks to finish."
    assert "the repairs could take several weeks to finish" in _quotes(text)


# --- a trailing "<title>, <Name>, said" whose parse took a noun of the content as subject ---


def _speaker_of(text: str, content_start: str) -> tuple[str, str | None]:
    a = analyse_record(Record(source="x.txt", text=text))
    q = next(q for q in a.quotes if q.text.startswith(content_start))
    who = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    return q.text, (a.mentions[who].text if who is not None else None)


def test_a_tag_inside_a_misparsed_subject_gives_the_whole_content_and_the_speaker():
    text = LEAD + ("Under the new rules, families would be allowed to go to ordinary schools rather than only "
                   "designated \"storm shelters\" set up to deal with the floods, the housing minister, Jane Roe, said.")
    content, who = _speaker_of(text, "Under the new rules")
    assert content.endswith('rather than only designated "storm shelters" set up to deal with the floods')
    assert who is not None and "Roe" in who


def test_a_trailing_tag_set_off_by_a_comma_is_unchanged():
    text = LEAD + "Families would be allowed to go to ordinary schools rather than shelters, the housing minister, Jane Roe, said."
    content, who = _speaker_of(text, "Families")
    assert content == "Families would be allowed to go to ordinary schools rather than shelters"
    assert who is not None and "Roe" in who
