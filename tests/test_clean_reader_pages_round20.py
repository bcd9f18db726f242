"""Two shapes of a readers' stories page (issue 16, round twenty, 16h). (1) A picture's
caption that is a clause in the present, on the line above its credit: such a page prints a
picture, its caption, the credit, then the reader's next paragraph ("<Many residents are
sleeping in the open.> / Photo: <Name> <the reader goes on>"); round nine cut such a caption
only when it had no verb; the present clause is read with 16k's caption-clause test. (2) A
reader's signature with town and country ("<Name>, <Town>, <Country> I ...") run into what
the reader wrote. Every text is invented; each must-cut shape has a must-keep twin of the
same surface."""

from __future__ import annotations

import pytest

from storyline.clean.noise import clean_text

REASON = "caption: a picture's caption (a present-tense clause) on the line above its credit"

OPENING = ("Readers of this website have been telling us how the floods have changed their lives.\n\n"
           "Here are some of their accounts, sent on Monday and Tuesday.\n\n")
STORY = "\n\n".join([
    "I live on the edge of the old market town, close to the river.",
    "On Sunday night the water came into our street within an hour.",
    "We carried my grandmother up the stairs and waited for the boats.",
    "In the morning the whole ground floor was under a metre of brown water.",
    "My neighbours lost their car and most of their furniture.",
    "The school at the end of the road has been closed since then.",
    "We are staying with my cousin in the hills for now.",
    "Nobody from the council has come to see us yet.",
])
AFTER = "\n\nPhoto: Ana Roe We went back on Thursday to see what could be saved.\n\nMost of the books were ruined."


def _cut(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


@pytest.mark.parametrize("caption", [
    "Many families are sleeping in the school hall.",
    "Volunteers hand out bread and blankets at the station.",
    "Soldiers carry sandbags to the river bank near the old bridge.",
])
def test_a_present_caption_above_a_credit_is_cut(caption):
    text = OPENING + STORY + "\n\n" + caption + AFTER
    cut = _cut(text)
    assert cut.get(caption) == REASON
    out = clean_text(text).text
    assert caption not in out
    assert "We went back on Thursday to see what could be saved." in out
    assert "Nobody from the council has come to see us yet." in out


def test_a_present_caption_above_a_credit_in_the_opening_is_cut():
    caption = "Many families are sleeping in the school hall."
    text = OPENING + caption + "\n\nPhoto: Ana Roe " + STORY
    assert _cut(text).get(caption) == REASON
    assert "I live on the edge of the old market town, close to the river." in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twin: the reader's own paragraph in the past above a picture
    "Many families slept in the school hall for three nights.",
    # twin: first person, the reader speaking (no noun subject)
    "We are sleeping in the school hall with the other families.",
    # twin: a verb of saying with its content is a reported view, the article's
    "Volunteers say the station has run out of bread and blankets.",
    # twin: two finite clauses: an account, not a caption
    "A fisherman rows through the main street and his son bails out the boat.",
    # twin: a modal, a forecast
    "The river will stay high for the rest of the week, forecasters warn.",
])
def test_a_paragraph_above_a_credit_stays(line):
    text = OPENING + STORY + "\n\n" + line + AFTER
    assert line in clean_text(text).text
    assert REASON not in _cut(text).values()


def test_a_present_line_with_no_credit_below_stays():
    # twin: the same caption-like clause with no credit after it is the reader's own line
    line = "Many families are sleeping in the school hall."
    text = OPENING + STORY + "\n\n" + line + "\n\nWe went back on Thursday to see what could be saved."
    assert line in clean_text(text).text


def test_a_present_lead_above_a_credit_stays():
    # twin: the text's first kept line is its lead, even in the present above a picture
    lead = "Rescue teams are searching the flooded villages along the river."
    text = lead + "\n\nPhoto: Ana Roe " + STORY
    assert lead in clean_text(text).text


# ---- a reader's signature with town and country run into what the reader wrote
# (noise._DIARY_BYLINE, extended in round twenty: a second comma, and "We"/"My"/"Our")

SIGNATURE_REASON = "byline: a diarist's or reader's signature"
PAGE = ("Readers of this website have been telling us how the floods have changed their lives.\n\n"
        "Here are some of their accounts, sent on Monday and Tuesday.\n\n")
ENTRY_TAIL = "\n\nThe water has gone down now but the smell is everywhere.\n\nWe hope to be home by the spring."


@pytest.mark.parametrize("signature, sentence", [
    ("Jane Roe, Port Ellery, Marotia", "I and two friends drove bottled water to the camps on Saturday."),
    ("John Doe, Santa Rosa, Costa Verde", "We filled three vans with food and blankets for the villages."),
    ("Mary Major, Eastbridge, UK", "My sister lives in the valley and lost her house to the river."),
])
def test_a_signature_with_town_and_country_is_cut(signature, sentence):
    text = PAGE + f"{signature} {sentence}" + ENTRY_TAIL
    cut = _cut(text)
    assert cut.get(signature, "").startswith(SIGNATURE_REASON)
    out = clean_text(text).text
    assert sentence in out
    assert signature not in out


@pytest.mark.parametrize("line", [
    # twin: a list of places, then the reader's "I": the first part is one word, no name
    "Marotia, Port Ellery, Eastbridge I have not seen such rain in thirty years of farming here.",
    # twin: a name in apposition with a lower-case role, then a clause
    "Jane Roe, a nurse from Port Ellery, said we could stay in the school for the night.",
    # twin: a date, not a name
    "Sunday March, Fourth Street, Eastbridge We walked along with the relief convoy at dawn.",
    # twin: "We" before a capitalised word (a name goes on, no sentence opens)
    "Jane Roe, Port Ellery, Marotia We Care Trust has sent two lorries of food to the valley.",
])
def test_a_sentence_that_looks_like_a_signature_stays(line):
    text = PAGE + line + ENTRY_TAIL
    assert line in clean_text(text).text


def test_a_reporters_newsroom_byline_keeps_its_own_reason():
    # twin of the signature: "<Name>, <Outlet> News, <place> I ..." is a reporter's byline,
    # cut by the newsroom byline rule with its reason, not read as a reader's signature
    sentence = "I'm standing on what was the roof of the old customs house, looking over the harbour."
    text = PAGE + f"Jane Roe, BBC News, Port Ellery {sentence}" + ENTRY_TAIL
    cut = _cut(text)
    assert cut.get("Jane Roe, BBC News, Port Ellery", "").startswith("byline: reporter, newsroom and place")
    assert sentence in clean_text(text).text
