"""Round fifty, mender m4: cleaning mends from the seed-165 audit of FNC-1 claims.

1. c037 K2 (cut): a paragraph of a quotation of several paragraphs (each opening on a mark,
   only the last closing) is no pull quote; nor is a line in marks whose words the body gives
   again only bare inside a longer paragraph (a note printed in full below).
2. c040 K5 (cut): "More from <outlet>:" over paragraphs of prose is a lead-in to an excerpt,
   not a list of links.
3. c037 K1, K3, K4, K5 (noise): the outlet's support footer at the text's foot
   (clean/helplines.py, data/helpline_footers.tsv).
4. c039 K4 (noise): an embedded video's card, its title-case title over its running time.
5. c041 K1 (noise): a standfirst above the article's epigraph, restated by the body.
6. c042 K1 (noise): a labelled caption opening on a name with a small particle ("al-").
7. c037 K2 (noise): two stopless captions in a row on a page whose labelled caption is cut.

Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record


def _clean(text: str):
    return clean_record(Record(source="t", text=text))


def _kept(text: str, line: str) -> bool:
    return line in _clean(text).text


_P1 = "The council of Port Ellery met on Monday to discuss the new harbour plan and its costs."
_P2 = "Residents filled the hall, and many of them stood at the back for more than two hours."
_P3 = "The mayor said the plan would be put to a vote in the spring, after a second round of talks."
_P4 = "Officials expect the first work on the quay to begin late next year if the vote passes."

# --- 1. a running quotation's paragraphs are no pull quotes ---------------------------------------

_LETTER = ("I moved to the harbour town when I was nine and stayed for thirty years of my life. "
           "When I was twelve I learned to sail and loved every single day of it on the water. "
           "Then the mill closed and everything changed for the families on our street.")


def _running(first: str, second: str) -> str:
    return "\n\n".join([
        _P1, _P2,
        "Jane Roe left a letter for the council that was read out at the meeting.",
        first,
        second,
        _P3, _P4,
        "The letter in full:",
        _LETTER,
        "Officials thanked her for it.",
    ])


def test_a_paragraph_of_a_running_quotation_is_no_pull_quote():
    first = "'When I was twelve I learned to sail and loved every single day of it on the water."
    text = _running(first, "'Then the mill closed and everything changed for the families on our street.'")
    assert _kept(text, first)
    # the note printed below in quotation marks too: only the running quotation keeps the line
    first = '"When I was twelve I learned to sail and loved every single day of it on the water.'
    text = _running(first, '"Then the mill closed and everything changed for the families on our street."')
    text = text.replace(_LETTER, '"' + _LETTER + '"')
    assert _kept(text, first)


def test_a_bare_line_given_again_later_is_still_a_pull_quote():
    # the same shape with no marks: the page's display copy of words the body quotes below
    line = "Then the mill closed and everything changed for the families on our street."
    text = "\n\n".join([
        _P1, _P2, line, _P3, _P4,
        'Jane Roe told the meeting: "Then the mill closed and everything changed for the families on our street."',
        "Officials thanked her for it.",
    ])
    assert not _kept(text, line + "\n")


def test_a_quoted_line_given_again_only_bare_in_a_printed_note_stays():
    line = "'Then the mill closed and everything changed for the families on our street.'"
    text = _running("Jane Roe wrote of the years that followed.", line)
    assert _kept(text, line)


def test_a_quoted_pull_quote_given_again_quoted_is_still_cut():
    line = '"Then the mill closed and everything changed for the families on our street."'
    text = "\n\n".join([
        _P1, _P2, line, _P3, _P4,
        'Jane Roe told the meeting: "Then the mill closed and everything changed for the families on our street."',
        "Officials thanked her for it.",
    ])
    assert text.count("Then the mill closed") == 2 and _clean(text).text.count("Then the mill closed") == 1


# --- 2. "More from X:" over prose is a lead-in ---------------------------------------------------


def test_more_from_an_outlet_over_prose_paragraphs_is_a_lead_in():
    text = "\n\n".join([
        _P1, _P2, "More from the Ellery Courier:",
        "Recently the tone of the talks has changed so much that the question is no longer if, but when.",
        "And then the real question. Will the council be able to keep the cost of the plan under ten million?",
        _P3,
    ])
    assert _kept(text, "More from the Ellery Courier:")


def test_more_from_an_outlet_over_link_titles_is_still_a_header():
    text = "\n\n".join([
        _P1, _P2, _P3, "More from the Ellery Courier:",
        "Harbour plan faces new vote",
        "Mayor names new port chief",
        _P4,
    ])
    assert not _kept(text, "More from the Ellery Courier:")


# --- 3. the outlet's support footer ------------------------------------------------------------


def _footed(last: str) -> str:
    return "\n\n".join([_P1, _P2, _P3, _P4, last])


def test_a_closing_helpline_footer_is_cut():
    for footer in (
        "If you or someone you know is struggling, please call the Ellery Crisis Lifeline at 1-800-555-0100.",
        "Editor's Note: If you are thinking about self-harm, please call the Samaritans on 0800 555 0101.",
        "Find out how you can help young people in crisis by reaching out to The Trevor Project",
    ):
        assert not _kept(_footed(footer), footer), footer


def test_a_helpline_sentence_mid_text_or_reported_stays():
    mid = "If you are worried, call the council's helpline on 0800 555 0102, officials said."
    text = "\n\n".join([_P1, mid, _P2, _P3, _P4])
    assert _kept(text, mid)
    reported = "The Samaritans said calls to its helpline rose by a fifth last year."
    assert _kept(_footed(reported), reported)


# --- 4. an embedded video's card ---------------------------------------------------------------


def test_a_video_title_over_its_running_time_is_cut():
    text = "\n\n".join([_P1, _P2, "Everything You Need to Know About the New Harbour", "03:45", _P3, _P4])
    out = _clean(text).text
    assert "03:45" not in out and "Everything You Need" not in out


def test_a_time_under_a_sentence_stays():
    text = "\n\n".join([_P1, _P2, "The ferry leaves the quay every morning at the same time", "07:45", _P3, _P4])
    out = _clean(text).text
    assert "07:45" in out and "The ferry leaves the quay" in out


# --- 5. a standfirst above the epigraph ---------------------------------------------------------

_EPIGRAPH = ['"The sea gives and the sea takes', "And the town will wait for you\"", "—John Doe"]


def test_a_standfirst_above_an_epigraph_restated_by_the_body_is_cut():
    stand = "Port Ellery has announced that it will close the old harbour to ferries for good."
    body = ("It is a safe bet that the mayor of Port Ellery is no reader of John Doe. She announced yesterday "
            "that the town will close the old harbour to all ferries for good.")
    text = "\n\n".join([stand, *_EPIGRAPH, body, _P2, _P3])
    assert not _kept(text, stand)


def test_a_lead_above_an_epigraph_the_body_does_not_restate_stays():
    lead = "Port Ellery has announced that it will close the old harbour to ferries for good."
    body = "The fishermen of the north quay gathered at dawn, as they have done every week for forty years."
    text = "\n\n".join([lead, *_EPIGRAPH, body, _P2, _P3])
    assert _kept(text, lead)


# --- 6. a labelled caption opening on a name with a particle -------------------------------------


def test_a_labelled_caption_opening_on_a_particle_name_is_cut():
    cap = "Prisoner: al-Roe, shown before his rise to power, was held by the army during the occupation"
    text = "\n\n".join([_P1, _P2, cap, _P3, _P4])
    assert not _kept(text, cap)


def test_a_label_line_closing_on_a_stop_stays():
    line = "Prisoner: al-Roe, shown before his rise to power, was held by the army during the occupation."
    text = "\n\n".join([_P1, _P2, line, _P3, _P4])
    assert _kept(text, line)


# --- 7. two stopless captions in a row ---------------------------------------------------------

_CAP1 = "Jane Roe, 17, was born in the harbour town but despite telling her parents early on she left for the city"
_CAP2 = "The 17-year-old student wrote in her diary that despite her friends there her family refused to let her stay"


def test_two_stopless_captions_in_a_row_on_a_captioned_page_are_cut():
    label = "Gone: Jane Roe left the harbour town last year after her family refused to let her stay at home"
    told = ("Jane Roe, who was born in the harbour town, wrote in her diary that she had told her parents early on "
            "that her friends were there, but her family refused to let her stay, and she left for the city.")
    text = "\n\n".join([_P1, label, told, _CAP1, _CAP2, _P3, _P4])
    out = _clean(text).text
    assert _CAP1 not in out and _CAP2 not in out


def test_two_stopless_lines_on_a_page_with_no_caption_cut_stay():
    told = ("Jane Roe, who was born in the harbour town, wrote in her diary that she had told her parents early on "
            "that her friends were there, but her family refused to let her stay, and she left for the city.")
    text = "\n\n".join([_P1, told, _CAP1, _CAP2, _P3, _P4])
    out = _clean(text).text
    assert _CAP1 in out and _CAP2 in out


def test_two_stopless_lines_saying_something_new_stay_on_a_captioned_page():
    # the article's own two lines that lost their stops: their words are not the story's again
    label = "Gone: Jane Roe left the harbour town last year after her family refused to let her stay at home"
    text = "\n\n".join([_P1, label, _P2, _CAP1, _CAP2, _P3, _P4])
    out = _clean(text).text
    assert _CAP1 in out and _CAP2 in out
