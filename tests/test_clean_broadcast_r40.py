"""A broadcast transcript's own lines (round forty, issue 16): the reporter's sign-off run on
after a report's last sentence, or on a line of its own, and the anchor's hand-over closing
the introduction, are cut with a reason; a sentence that only names a reporter or a network
inside it stays. Texts written for the test."""

from __future__ import annotations

import pytest

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t.txt", text=text))


INTRO = "Flood waters rose again overnight in the river towns of the north, and more rain is on the way."
REPORT = "Crews worked through the night to shore up the levees, and the mayor asked residents to leave their homes."
LAST = "Forecasters say the worst of the storm will arrive by Thursday."


@pytest.mark.parametrize("signoff", [
    "Jane Roe, ABC News, Port Ellery.",
    "Jane Roe, CNN, the state department.",
    "Jane Roe for VOA News, Geneva.",
    "Jane Roe ABC news Port Ellery",
    "For NPR news, I'm Jane Roe reporting.",
    "For The World, I'm Jane Roe in Port Ellery.",
    "This is VOA Today.",
])
def test_a_signoff_run_on_after_the_last_sentence_is_cut(signoff):
    d = _clean(f"{INTRO}\n\n{REPORT} {LAST} {signoff}\n")
    assert d.text.rstrip().endswith(LAST)
    assert any(r.text.strip() == signoff and r.reason.startswith("byline") for r in d.removed)


def test_a_signoff_on_a_line_of_its_own_is_cut():
    d = _clean(f"{INTRO}\n\n{REPORT} {LAST}\n\nJane Roe, BBC News, Port Ellery.\n")
    assert "Jane Roe" not in d.text and LAST in d.text


def test_a_handover_closing_the_introduction_is_cut():
    d = _clean(f"{INTRO} The World's Jane Roe has our story.\n\n{REPORT} {LAST}\n")
    assert "has our story" not in d.text and INTRO in d.text and REPORT in d.text


@pytest.mark.parametrize("sentence", [
    # twins: a reporter or network named inside a sentence of the report
    "As VOA correspondent Jane Roe reports, the rebels took the town on Friday.",
    "Jane Roe, a lawyer for CNN, said the network would appeal.",
    "Jane Roe has the story of a town that lost its school to the river.",
    "Jane Roe told ABC News the levee would hold.",
])
def test_a_sentence_naming_a_reporter_or_a_network_stays(sentence):
    d = _clean(f"{INTRO}\n\n{REPORT} {sentence}\n")
    assert sentence in d.text


@pytest.mark.parametrize("sentence", [
    # twins from the round-forty review: a title, a surname that is a network's word, a verb
    # phrase where a place would stand, a possessive, a hand-over with no network
    "Defence Secretary Liam Fox resigned.",
    "Mary Jane Fox said nothing.",
    "Rupert Murdoch's Fox News dominated cable ratings.",
    "Anchor Jane Roe, NBC News, moderated.",
    "Correspondent Tom Smith, CNN, declined to comment.",
    "Lady Gaga Sky News interview aired later.",
    "Attorney General Jane Roe has the report.",
    "Speaker Paul Ryan has the report.",
])
def test_a_closing_sentence_that_only_looks_like_a_signoff_stays(sentence):
    d = _clean(f"{INTRO}\n\n{REPORT} {sentence}\n")
    assert sentence in d.text


def test_a_signon_opening_the_bulletin_is_cut():
    d = _clean(f"CNN headline news, I'm Jane Roe. {INTRO}\n\n{REPORT} {LAST}\n")
    assert d.text.startswith(INTRO) and any(r.text.strip() == "CNN headline news, I'm Jane Roe." for r in d.removed)


def test_a_handover_saying_what_the_report_is_on_is_cut():
    handover = "The World's Jane Roe reports on Mr. Hale's visit to the river towns and the levees."
    d = _clean(f"{INTRO} {handover}\n\n{REPORT} {LAST}\n")
    assert "reports on" not in d.text and INTRO in d.text


@pytest.mark.parametrize("sentence", [
    # twins: a report of what someone found, and a sign-on's words inside a sentence
    "The World's Jane Roe reports that the levees held through the night.",
    "Viewers of CNN headline news, I'm told, rose by a third in the flood week.",
])
def test_a_report_of_news_or_a_signon_inside_a_sentence_stays(sentence):
    d = _clean(f"{sentence} {INTRO}\n\n{REPORT} {LAST}\n")
    assert sentence in d.text
