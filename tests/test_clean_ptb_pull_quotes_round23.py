"""Pull quotes in tokenised copy (issue 16, round twenty-three, 16q).

TLS corpora such as Timeline17 come tokenised in the Penn Treebank way: a quotation is
written `` ... '' with a space before each mark and before its stop or comma. The
pull-quote rules of rounds twelve to nineteen look for the article's quoted copy of a bare
pull quote, and read only typeset marks (" “ ”), so in tokenised copy they found none and
kept the pull quote. They read the tokenised marks too, until round twenty-four (24p)
typeset tokenised copy once at the cleaning stage's door (``clean.ptb``); these tests
now feed the tokenised texts through that door, as ``clean_record`` does, and look
for the typeset form of each piece (``_t``). Every text is invented; each
must-cut shape has must-keep twins (a line said once; a reader quoting an article line
back and answering it; a line the body gives again only inside a longer sentence)."""

from __future__ import annotations

import pytest

from storyline.clean import noise, ptb
from storyline.clean.noise import _has_quote_mark, _quoted_in

_t = ptb.detok  # a piece as the cleaner reads it once typeset


def clean_text(text: str) -> noise.Cleaned:
    """The cleaner behind clean_record's door: tokenised copy typeset first."""
    assert ptb.looks_tokenised(text)
    return noise.clean_text(ptb.detokenise(text))

LEAD = "Floods swept through the valley towns of Marotia on Monday , cutting off dozens of villages , officials said ."
BODY = [
    "The river rose by two metres overnight after three days of heavy rain in the hills above the towns .",
    "Rescue teams from the capital reached the first villages by boat on Tuesday morning .",
    "Many families spent the night on the roofs of their houses waiting for help to arrive .",
    "The regional government has asked for tents , blankets and drinking water for the displaced .",
]


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def _removed(c) -> list[str]:
    return [r.text for r in c.removed]


def test_tokenised_quote_marks_are_read():
    # typeset at the door, the marks are read as any typeset quotation's
    assert _has_quote_mark(_t("`` We are done , '' she said ."))
    assert not _has_quote_mark(_t("The river 's banks gave way ."))  # a possessive is no quote mark
    words = ["we", "are", "done"]
    assert _quoted_in(words, _t("`` We are done , '' she said ."))
    assert _quoted_in(words, _t("She said : `` But we are done ."))  # opened, not closed on the line
    assert not _quoted_in(words, _t("They said we are done ."))


def test_a_glued_tokenised_pull_quote_is_cut():
    pq = "This is a disaster on a scale the valley has never seen before"
    nxt = "Witnesses say the water carried away cars and bridges along the main road ."
    quote = f"`` {pq} , '' the governor said ."
    c = clean_text(_text(LEAD, BODY[0], f"{pq} {nxt}", BODY[1], BODY[2], quote, BODY[3]))
    assert _t(pq) in _removed(c)
    assert _t(nxt) in c.text.split("\n\n")
    assert _t(quote) in c.text.split("\n\n")  # the article's copy stays


def test_a_tokenised_pull_quote_line_is_cut():
    pq = "Nobody can say how many homes are still under the water - 500 , 800 ?"
    quote = f"`` {pq}"
    c = clean_text(_text(LEAD, BODY[0], pq, BODY[1], BODY[2], "The mayor was blunt .",
                         quote, "We will know by Friday , '' she said .", BODY[3]))
    assert _t(pq) in _removed(c)
    assert _t(quote) in c.text.split("\n\n")


# --- must-keep twins -------------------------------------------------------------------

def test_a_tokenised_line_said_once_is_kept():
    line = "Nobody can say how many homes are still under the water - 500 , 800 ?"
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], BODY[3]))
    assert _t(line) in c.text.split("\n\n")


def test_a_line_a_reader_quotes_back_and_answers_is_kept():
    line = "Maybe the council grew careless , given how little anyone checked the river banks ?"
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], BODY[3],
                         "Your article misses the point about the dams .",
                         f"`` {line} ''", "The council has checked the banks every spring for years ."))
    assert _t(line) in c.text.split("\n\n")


def test_a_readers_line_another_reader_quotes_back_is_kept():
    # a readers' thread: two or more "<handle> wrote :" stamps; the quoted copy is a reader's
    line = "The harbour board should have paid for new flood walls years ago ."
    c = clean_text(_text(LEAD, BODY[0], "At 09:12 on 4 May , riverman wrote : The water came up fast .", line,
                         BODY[1], BODY[2], f"At 10:40 on 4 May , jroe77 wrote : riverman wrote : `` {line} ''",
                         "Walls cost money the town never had .", BODY[3]))
    assert _t(line) in c.text.split("\n\n")


def test_a_phrase_said_again_inside_a_longer_tokenised_quotation_is_kept():
    line = "The bridge at the old mill was closed on Monday ."
    quote = "`` The bridge at the old mill was closed on Monday night and the ferry stopped too , '' he said ."
    c = clean_text(_text(LEAD, BODY[0], line, BODY[1], BODY[2], quote, BODY[3]))
    assert _t(line) in c.text.split("\n\n") and _t(quote) in c.text


def test_a_glued_piece_given_again_without_quote_marks_is_kept():
    # the same words said twice by the writer, never quoted: nothing says which is a pull quote
    piece = "Even to send a text message is extremely difficult in the hills"
    nxt = "Jane Roe , the charity 's head of logistics , is certain the boats will get through ."
    c = clean_text(_text(LEAD, BODY[0], f"{piece} {nxt}", BODY[1], BODY[2],
                         f"Aid workers say that {piece} .", BODY[3]))
    assert _t(f"{piece} {nxt}") in c.text.split("\n\n")


# --- link promos and a disclaimer in tokenised wire copy --------------------------------
# (data/editorial.txt: "-LRB-"/"-RRB-" for brackets, a frame of carets or dashes, a story
# code in place of the link; "Any views expressed here are her own")

WIRE = ("PORT ELLERY , Maine , June 3 -LRB- Acme Wire -RRB- - Regulators will decide next week how much to fine "
        "the owner of the tanker that ran aground off Port Ellery , officials said on Thursday .\n\n"
        "The agency has not said what sum it will seek , and the company declined to comment .\n\n"
        "Fishermen say the spill has closed the bay to lobster boats for a month .")
TAIL = "\n\nShares in the company fell 3 percent in early trading on the news ."


@pytest.mark.parametrize("promo", [
    "-LRB- To see the inspectors ' letter on the hull , click here : here -RRB-",
    "-LRB- For full coverage of the spill , click -LRB- nSPILL -RRB- -RRB-",
    "-LRB- For a factbox on the tanker click -LRB- ID : nAB12345 -RRB-",
    "-LRB- ^ ^ ^ ^ ^ ^ ^ ^ For a graphic on the spill , click on : here ^ ^ ^ ^ ^ ^ ^ ^ -RRB-",
    "- - - - - - - - - - For a map of the bay , click here - - - - - - - - - -",
])
def test_a_tokenised_link_promo_glued_to_a_sentence_is_cut_alone(promo):
    sentence = "Inspectors return to the bay next week to take new samples from the shore ."
    c = clean_text(f"{WIRE}\n\n{promo} {sentence}{TAIL}")
    assert _t(promo) in _removed(c)
    assert _t(sentence) in c.text.split("\n\n")


@pytest.mark.parametrize("line", [
    "To apply , go to the state 's employment website and click on Spill Jobs .",
    "-LRB- For a week , the company said , engineers would check the cap every day . -RRB-",
    "Residents can click here and there on the council 's site for help , Jane Roe said .",
])
def test_click_inside_a_tokenised_sentence_stays(line):
    assert _t(line) in clean_text(f"{WIRE}\n\n{line}{TAIL}").text


def test_an_any_views_disclaimer_is_cut():
    c = clean_text(f"{WIRE}\n\nAny views expressed here are her own .{TAIL}")
    assert _t("Any views expressed here are her own .") in _removed(c)


@pytest.mark.parametrize("line", [
    "Any views expressed at the hearing will be passed to the board , Jane Roe said .",
    "Jane Roe said any views expressed by the crew were their own .",
])
def test_views_in_a_tokenised_sentence_stay(line):
    assert _t(line) in clean_text(f"{WIRE}\n\n{line}{TAIL}").text


# --- a pull-quote box with its "End Quote" marker, in tokenised copy ---------------------

_BOX_REASON = "caption: a pull-quote box (the quotation, 'End Quote' and its speaker) run into the next sentence"


def test_a_tokenised_end_quote_box_is_cut():
    box = "The harbour wall will hold until the spring tides '' End Quote Jane Roe Acme Bird Society"
    nxt = "There are boats from three villages in the search since dawn ."
    c = clean_text(f"{WIRE}\n\n{box} {nxt}{TAIL}")
    assert [r.text for r in c.removed if r.reason == _BOX_REASON] == [_t(box)]
    assert _t(nxt) in c.text.split("\n\n")


def test_a_tokenised_quotation_before_the_marker_stays():
    # twin: a quotation opened with `` inside the piece: the piece is the article's sentence
    # quoting someone, not a box whose opening mark was dropped
    line = ("The mayor said `` the wall will hold '' End Quote Jane Roe Acme Bird Society "
            "There are boats from three villages in the search since dawn .")
    c = clean_text(f"{WIRE}\n\n{line}{TAIL}")
    assert not [r for r in c.removed if r.reason == _BOX_REASON]


# --- a wire story's closing credit in tokenised brackets ---------------------------------

def test_a_tokenised_wire_credit_and_the_ads_after_it_are_cut():
    credit = "-LRB- Reporting by Jane Roe ; Editing by John Doe -RRB-"
    ads = "A faster platform for trading data\n\nOur legal research tools for teams"
    c = clean_text(f"{WIRE}\n\n{credit} {ads}")
    gone = "\n".join(_removed(c))
    assert _t(credit) in gone and "Our legal research tools for teams" in gone
    assert _t("Fishermen say the spill has closed the bay") in c.text


def test_a_tokenised_credit_after_a_currency_note_leaves_the_note():
    note = "-LRB- $ 1 = 0.73 euro -RRB-"
    credit = "-LRB- Reporting by Jane Roe ; Editing by John Doe -RRB-"
    c = clean_text(f"{WIRE}\n\n{note} {credit}")
    assert _t(credit) in "\n".join(_removed(c))
    assert _t(note) in c.text


@pytest.mark.parametrize("line", [
    "-LRB- Reporting by Acme Wire on the pumps , June 2 , was denied by the mayor -RRB- and the pumps stayed idle .",
    "-LRB- Editing by hand took the clerks a month , the council said . -RRB- The report is due on Friday .",
])
def test_reporting_by_in_a_tokenised_sentence_stays(line):
    assert _t(line) in clean_text(f"{WIRE}\n\n{line}{TAIL}").text


# --- a wire story code in tokenised brackets ---------------------------------------------

def test_a_tokenised_story_code_opening_a_line_is_cut():
    code = "-LRB- ID : nAB1234567 -RRB-"
    sentence = "Inspectors return to the bay next week to take new samples from the shore ."
    c = clean_text(f"{WIRE}\n\n{code} {sentence}{TAIL}")
    assert _t(code) in _removed(c)
    assert _t(sentence) in c.text.split("\n\n")


def test_a_tokenised_story_code_between_sentences_is_cut():
    before = "The mayor condemned the closure of the bay to boats"
    after = "Fishermen met the council on Friday ."
    c = clean_text(f"{WIRE}\n\n{before} -LRB- nAB1234567 -RRB- . {after}{TAIL}")
    assert _t("-LRB- nAB1234567 -RRB- .") in _removed(c)
    assert _t(after) in c.text


def test_a_bracketed_word_or_a_topic_code_stays():
    # twins: a topic code has no digit ("(nFLU)"); a code followed by a lower-case word sits inside a sentence
    line = "The mayor said the pumps -LRB- nAB1234567 -RRB- were idle and the topic -LRB- nSPILL -RRB- was closed ."
    assert _t(line) in clean_text(f"{WIRE}\n\n{line}{TAIL}").text
