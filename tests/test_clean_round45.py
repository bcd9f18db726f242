"""Issue 16, round forty-five (clean45): noise left after cleaning, and a caption rule that
could take an article sentence with it. Every text is invented; each rule has a must-fire
case and a must-not-fire twin of the same surface."""

from __future__ import annotations

import pytest
from test_clean_promo_round32 import _cut, _kept
from test_clean_scraped_furniture_round42 import BODY, _around

from storyline.clean.noise import clean_text

# ---- a line closing on a participle that points at the picture is the article's sentence
# (data/captions.txt, first pattern: "pictured"/"photographed" are no credit)


@pytest.mark.parametrize("line", [
    "The ferry company was sold last month to a firm run by the mayor's brother (pictured)",
    "There are fears the ferry may never sail again, the harbour master said (Jane Roe pictured at the quay in May)",
    "The old lighthouse was built in 1875 on the rocks north of Port Ellery (photographed in 1990)",
])
def test_a_sentence_closing_on_a_pictured_note_is_kept(line):
    assert _kept(line, _around(line))


@pytest.mark.parametrize("line", [
    # twin: the same sentence closing on a credit in brackets is a picture's caption
    "The ferry company was sold last month to a firm run by the mayor's brother (Picture: Acme Images)",
    "The old lighthouse was built in 1875 on the rocks north of Port Ellery (file picture)",
])
def test_a_line_closing_on_a_bracketed_credit_is_still_a_caption(line):
    assert _cut(line, _around(line))


# ---- a credit label with a short lead glued after it (noise._short_sentence_after_credit)

LEAD = ("The sound of a boat hitting the water carried across the bay on Monday, the harbour master said.\n\n"
        "The council said the pier would reopen in May after repairs costing $2m.")


@pytest.mark.parametrize("line", [
    "Photograph: Jane Roe Splash splash splash.",
    "Photograph: Jane Roe/Acme Images Then there was silence.",
])
def test_a_credit_with_a_short_sentence_glued_is_kept_whole(line):
    c = clean_text(line + "\n\n" + LEAD)
    sentence = line.split()[-3:]
    assert " ".join(sentence) in c.text
    assert not any(" ".join(sentence) in r.text for r in c.removed)


@pytest.mark.parametrize("line", [
    # twins: a credit alone, a credit whose agency is joined by "for"/"of", and one ending on an initial
    "Photograph: Jane Roe/Acme Images",
    "Photograph: Jane Roe for Museum of Port Ellery",
    "Photograph: Jane Roe/Acme Coast Guard/U.",
])
def test_a_credit_line_alone_is_still_cut(line):
    c = clean_text(line + "\n\n" + LEAD)
    assert line not in c.text
    assert any(line in r.text for r in c.removed)


# ---- a shared post printed as a line of its own (clean/embeds.pasted_posts, data/embed_tags.txt "retweet")


@pytest.mark.parametrize("line", [
    "RT @JaneRoe: Within a week, the price of bread rose faster than any other food.",
    "RT @acme_news: Harbour road closed until the summer #PortEllery",
])
def test_a_shared_post_line_is_cut(line):
    c = clean_text(BODY + "\n\n" + line)
    assert line not in c.text
    assert any(r.reason.startswith("markup: an embedded post pasted as text") and line in r.text for r in c.removed)


@pytest.mark.parametrize("line", [
    # twins: a sentence reporting the post before its share mark, and a mention without the mark
    "She wrote: RT @JaneRoe: Within a week, the price of bread rose faster than any other food.",
    "The account @JaneRoe said within a week the price of bread rose faster than any other food.",
])
def test_a_sentence_reporting_a_shared_post_is_kept(line):
    assert _kept(line, BODY + "\n\n" + line)


# ---- a short lead glued after a credit whose end is sure is split off it (noise._split_credits)


@pytest.mark.parametrize("line,lead", [
    ("Photograph: Jane Roe/AP What are the costs?", "What are the costs?"),
    ("Photograph: Associated Press Why did the plan fail?", "Why did the plan fail?"),
])
def test_a_short_lead_after_a_delimited_credit_is_split_off(line, lead):
    c = clean_text(line + "\n\n" + LEAD, title="Harbour pier to reopen in May")
    assert c.text.startswith(lead)
    assert any(r.text.startswith("Photograph:") and lead not in r.text for r in c.removed)


@pytest.mark.parametrize("line", [
    # twins: the credit's agency goes on in capitals (no sentence after it), and a name alone
    # before the short sentence (where the name ends is not sure: the line stays whole)
    "Photograph: Jane Roe/AP Acme Images",
    "Photograph: Jane Roe Then there was silence.",
])
def test_no_short_lead_split_without_a_sure_credit_end(line):
    c = clean_text(line + "\n\n" + LEAD, title="Harbour pier to reopen in May")
    assert not c.text.startswith(line.split()[-1])


# ---- an end-quote box whose speaker runs into a sentence opening on an article
# (noise._box_speaker_end, kind (e); noise._subject_opens)

EQ_OPEN = "Floods have cut off the north of Port Ellery, and relief teams are trying to reach it by boat."
EQ_BOX = 'The harbour wall will hold until the spring tides" End Quote '
EQ_BODY = ("\n\nOfficials said the airport was open again for relief flights carrying food and water."
           "\n\nThe government has asked neighbouring countries for tents, doctors and fuel.")


def _box_cut(text: str) -> list[str]:
    from storyline.clean.noise import _END_QUOTE_REASON
    return [r.text for r in clean_text(text).removed if r.reason == _END_QUOTE_REASON]


@pytest.mark.parametrize(("speaker", "sentence"), [
    ("Jane Roe Acme analyst, Port Ellery Securities", "The North Harbour wall is still being repaired."),
    ("John Doe Port Ellery Harbour Secretary", "The Acme pumping station is older than the harbour wall."),
    ("Jane Roe Oil analyst, Acme Bank", "During those stormy days, the pumps ran without a break."),
])
def test_an_end_quote_box_before_an_article_or_during_is_cut(speaker, sentence):
    text = f"{EQ_OPEN}\n\n{EQ_BOX}{speaker} {sentence}{EQ_BODY}"
    assert _box_cut(text) == [f"{EQ_BOX}{speaker}"]
    assert f"\n\n{sentence}" in clean_text(text).text


@pytest.mark.parametrize("line", [
    # twins: the article after a lower-case word (the sentence may have begun before it), and
    # an article whose clause has no subject starting on it (a list item with no verb)
    "Jane Roe Acme Harbour Company Shares in The Port Ellery Bank fell by a fifth on Monday.",
    "Jane Roe Acme Harbour Secretary A flawed design for the wall built along the north harbour",
])
def test_an_end_quote_box_before_an_article_with_no_sure_seam_stays(line):
    text = f"{EQ_OPEN}\n\n{EQ_BOX}{line}{EQ_BODY}"
    assert not _box_cut(text)
    assert line in clean_text(text).text


# ---- a wire topic code opening a paragraph (noise._STORY_ID: "(ID: n" and two to five capitals)


def test_a_topic_code_opening_a_paragraph_is_cut():
    line = "All these ferry firms sell most of their tickets to visitors from the south."
    c = clean_text(BODY + "\n\n(ID: nFLU) " + line + "\n\nThe ferries will sail again in May, the firms said.")
    assert "(ID: nFLU)" not in c.text and line in c.text
    assert any(r.text.startswith("(ID: nFLU)") for r in c.removed)


@pytest.mark.parametrize("code", ["(ID: none)", "(ID: nF)", "(ID: nFlu)"])
def test_no_topic_code_without_its_capitals(code):
    # twins: a word in lower case, one capital, a word in mixed case (not the short code's shape)
    line = f"{code} All these ferry firms sell most of their tickets to visitors from the south."
    c = clean_text(BODY + "\n\n" + line + "\n\nThe ferries will sail again in May, the firms said.")
    assert code in c.text
