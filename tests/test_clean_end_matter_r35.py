"""Round thirty-five (issue 16, usaclean): a newspaper's end matter kept as article text under
USA Today pieces (PolNeAR census): the "Contributing: <Name>." credit, the short "<Name>
contributed." and two reporters' "reported from" places in one line, co-authors' notes in one
line, a short note on the paper's own desk ("<Name> is editor of the editorial page."), a note
whose name carries an apposition, and an op-ed's career tagline ("<Name>, a retired officer,
taught ... at <Place>.", a lawmaker's "Rep. <Name>, D-<State>, was ..." under a first-person
piece). Every text is invented; each must-cut case has a must-keep twin."""
from __future__ import annotations

import pytest

from storyline.clean import page_furniture
from storyline.clean.noise import clean_text

BODY = ("Officials in Port Ellery met on Monday to plan the repairs to the dam.\n\n"
        "The council said repairs would take a month.\n\n"
        "Analysts said the cost was not yet known.")
FIRST_PERSON = ("I have backed the dam since the day I was elected.\n\n"
                "My town needs it, and I know it.\n\n"
                "The council agreed and the vote passed.\n\n"
                "That is why I will vote for it again.")


def _kept(line: str, text: str) -> bool:
    c = clean_text(text)
    return line in c.text and not any(line in r.text for r in c.removed)


def _cut_as(line: str, text: str) -> set[str]:
    return {r.kind for r in clean_text(text).removed if line in r.text}


# ---- credits closing a report


@pytest.mark.parametrize("line", [
    "Contributing: Jane Roe.",
    "Contributing: Jane Roe and Ed Doe, Ellery Times.",
    "Jane Roe contributed.",
    "Jane Roe and Ed Doe contributed.",
    "Ed McDoe contributed.",
    "Roe reported from Port Ellery, Maine; Doe, from Acton.",
])
def test_closing_credits_are_cut(line):
    assert _cut_as(line, BODY + "\n\n" + line) == {"byline"}
    assert "Analysts said the cost" in clean_text(BODY + "\n\n" + line).text


@pytest.mark.parametrize("line", [
    # must-keep twins: a body's gift, a label that is no credit, two sentences, a first person
    "Acme Oil contributed.",
    "Contributing factors: Rain and wind.",
    "Contributing: the weather. Officials said so.",
    "I reported from Port Ellery; Doe, from Acton.",
])
def test_credit_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_a_credit_in_the_middle_stays():
    line = "Contributing: Jane Roe."
    text = line + "\n\n" + BODY + "\n\nThe mayor said the dam would hold.\n\nShe expects rain on Sunday."
    assert _kept(line, text)


# ---- authors' notes


def test_co_authors_notes_in_one_line_are_cut():
    line = ("Jane Roe is founder of EllerWatch.org. Ed Doe is president of the Acton Center. "
            "Ann Lee is director of the Ellery Institute at Acton University.")
    assert _cut_as(line, BODY + "\n\n" + line) == {"bio"}


def test_a_note_going_on_in_a_pronoun_is_cut():
    line = "Jane Roe is a professor of law at Acton University. She is the author of Floods and Dams."
    assert _cut_as(line, BODY + "\n\n" + line) == {"bio"}


@pytest.mark.parametrize("line", [
    # must-keep twins: a sentence that is no note, the same name twice, a sentence on no one
    "Jane Roe is founder of EllerWatch.org. She said the river rose on Sunday.",
    "Jane Roe is founder of EllerWatch.org. Jane Roe is president of the Acton Center.",
    "Jane Roe is a professor of law at Acton University. The dam will hold.",
])
def test_notes_in_one_line_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_co_authors_named_above_stay():
    line = "Jane Roe is founder of EllerWatch.org. Ed Doe is president of the Acton Center."
    assert _kept(line, "Ed Doe said the dam was sound.\n\n" + BODY + "\n\n" + line)


def test_short_note_on_the_papers_desk_is_cut():
    line = "Jane Roe is editor of the editorial page."
    assert _cut_as(line, BODY + "\n\n" + line) == {"bio"}


@pytest.mark.parametrize("line", [
    # must-keep twins: a post that is no trade of the press, a role noun that comes late
    "Jane Roe is head of the family.",
    "Jane Roe is happy to be a writer of songs now.",
])
def test_short_lower_case_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_note_with_an_apposition_is_cut():
    line = "Jane Roe, a former envoy to Acton, is a senior fellow at the Ellery Institute."
    assert _cut_as(line, BODY + "\n\n" + line) == {"bio"}
    assert _kept(line, "Jane Roe said the talks would go on.\n\n" + BODY + "\n\n" + line)


# ---- an op-ed's career tagline


def test_career_tagline_is_cut():
    line = "Jane Roe, a retired Army officer who served in Acton, taught politics at Ellery College."
    c = clean_text(BODY + "\n\n" + line)
    assert any(r.reason == page_furniture.TAGLINE_REASON_BIO and r.text == line for r in c.removed)


@pytest.mark.parametrize("line", [
    # must-keep twins: a verb of doing, no career in the apposition, no capital after the verb,
    # a closing anecdote in the copula
    "Jane Roe, a retired teacher, voted for Ed Doe.",
    "Jane Roe, a nurse, taught first aid at the Ellery Red Cross.",
    "Jane Roe, a retired teacher, taught for years in her kitchen.",
    "Jane Roe, a member of the Ellery Garden Club who lives on the river, is simply glad someone is guarding her river.",
])
def test_career_tagline_look_alikes_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_lawmakers_tagline_under_a_first_person_piece_is_cut():
    line = "Rep. Jane Roe, D-Maine, was an early backer of Ed Doe."
    assert _cut_as(line, FIRST_PERSON + "\n\n" + line) == {"bio"}


def test_lawmakers_line_under_a_news_story_stays():
    # a news story names lawmakers with their party tag too: no first person, no tagline
    line = "Rep. Jane Roe, D-Maine, was the only Democrat to vote against it."
    assert _kept(line, BODY + "\n\n" + line)


def test_lawmakers_tagline_named_above_stays():
    line = "Rep. Jane Roe, D-Maine, was an early backer of Ed Doe."
    assert _kept(line, "Jane Roe wrote to the council.\n\n" + FIRST_PERSON + "\n\n" + line)
