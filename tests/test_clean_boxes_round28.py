"""Issue 16, round twenty-eight: a page's fact box under a heading in capitals, run into
the article's next sentence, and the help notes of a media player, a feed's embed or a
document link (clean/boxes.py). Every text is invented; each must-cut case has a
must-keep twin."""

from __future__ import annotations

import pytest
from test_clean_credit_captions_round27 import BODY, _cut, _kept  # one body and one pair of checks

from storyline.clean import boxes
from storyline.clean.noise import clean_text

# ---- help notes

SENTENCE = "The council said nine of the ten shelters had reopened by Friday."


@pytest.mark.parametrize("note", [
    "Visit Acme Helpdesk for full instructions.",
    "If you're reading via RSS, you'll need to visit the blog to see this clip.",
    "If you are reading through a feed reader, you will need to visit the site to watch it.",
    "If you have a large file, you can upload it here.",
])
def test_help_note_on_its_line_is_cut(note):
    text = BODY + "\n\n" + note + "\n\n" + SENTENCE
    assert _cut(note, text)
    assert _kept(SENTENCE, text)
    assert any(r.reason == boxes.HELP_REASON for r in clean_text(text).removed)


def test_document_note_run_into_a_sentence_is_cut_off_it():
    note = "Many computers will open the file automatically but you might need Acme Reader"
    text = BODY + "\n\n" + note + " " + SENTENCE
    assert _cut(note, text)
    assert _kept(SENTENCE, text)


@pytest.mark.parametrize("line", [
    # a report about the player's help page, or a visit, is the article's
    "Visit Port Ellery for full details of the new ferry timetable, the mayor urged tourists on Monday.",
    "Many computers will open the file automatically, the agency said in its advice to staff.",
    "If you're reading via RSS, the mayor said, the council's notices are easier to follow.",
    "If you have a large file, you can upload it here, the clerk told the court, but nobody did.",
])
def test_sentences_shaped_like_a_note_stay(line):
    assert _kept(line, BODY + "\n\n" + line)


def test_note_followed_by_a_lower_case_tail_stays_whole():
    line = "Many computers will open the file automatically but you might need Acme Reader and patience."
    assert boxes.help_note_cut(line) is None
    assert boxes.help_note_cut("Visit Acme Helpdesk for full instructions.") == len("Visit Acme Helpdesk for full instructions.")


# ---- a fact box under a heading in capitals

BOX = ("FLOOD FEVER - THE FACTS Fever usually follows a few days after the water recedes "
       "It spreads through dirty drinking water in the camps "
       "Boiling water for a minute before drinking advised")
AFTER = "The ministry reported four new cases in Port Ellery on Tuesday."


def test_headed_box_run_into_a_sentence_is_cut():
    text = BODY + "\n\n" + BOX + " " + AFTER + "\n\nMore clinics would open next week, officials said."
    c = clean_text(text)
    assert "FLOOD FEVER" not in c.text and "Boiling water" not in c.text
    assert AFTER in c.text
    assert any(r.reason == boxes.BOX_REASON for r in c.removed)


def test_headed_box_after_a_line_without_stop_keeps_the_words_before():
    before = "Clinics were also opened in two villages near the coast"
    text = BODY + "\n\n" + before + " " + BOX + " " + AFTER
    c = clean_text(text)
    assert before in c.text and AFTER in c.text
    assert "Fever usually follows" not in c.text


def test_crosshead_over_prose_stays():
    # a heading in capitals over a paragraph with its stops: a crosshead, not a box
    para = ("FLOOD FEVER - THE FACTS Fever usually follows a few days after the water recedes. "
            "It spreads through dirty drinking water in the camps, doctors said.")
    c = clean_text(BODY + "\n\n" + para)
    assert "Fever usually follows a few days after the water recedes." in c.text
    assert "It spreads through dirty drinking water" in c.text


@pytest.mark.parametrize("body", [
    # one seam only: a single missing stop may be a slip
    "Fever usually follows a few days after the water recedes The ministry reported four new cases on Tuesday.",
    # the seams follow function words ("... said that The ..."): no line of a box ends so
    "Officials said that The Ellery Courier had reported that The Times and others were wrong about the cases.",
    # a quote mark in the box: the seam may be inside someone's words
    'Fever "usually follows" a few days after the water recedes It spreads through dirty water in the camps '
    "Boiling water advised The ministry reported four new cases on Tuesday.",
])
def test_box_end_abstains(body):
    from storyline.clean.noise import _complete_after, _openers, _parser, english_stopwords

    nlp = _parser()
    assert boxes.box_end(body, english_stopwords(), _openers(), lambda s: _complete_after(nlp(s))) is None


def test_box_end_finds_the_sentence_after_the_box():
    from storyline.clean.noise import _complete_after, _openers, _parser, english_stopwords

    nlp = _parser()
    body = BOX.split("THE FACTS ", 1)[1] + " " + AFTER
    at = boxes.box_end(body, english_stopwords(), _openers(), lambda s: _complete_after(nlp(s)))
    assert at is not None and body[at:] == AFTER


# ---- a readers' page: signatures below the comment-section header are the thread's stamps

from storyline.clean.comment_threads import reader_signature  # noqa: E402

INTRO = ("Ferries to Port Ellery will not run for a week after the storm damaged the pier, the operator said.\n\n"
         "Engineers said repairs would cost about $4m and take at least a fortnight to finish, "
         "and the council said it would pay for buses in the meantime.")
MORE = ("My family runs a guest house by the harbour and half our bookings have gone.\n\n"
        "Buses are no answer when the road floods as well, as it did last year and the year before.\n\n"
        "We need a second pier on the north side, and we have said so at every meeting since it was first proposed.\n\n"
        "Nobody from the operator has ever come to one of those meetings to answer for the state of the pier.")
READERS = ("This debate is now closed.\n\n"
           "We were due to cross on Friday and nobody has told us anything.\n\n"
           "Jane Roe, Port Ellery, Marotia\n\n"
           "The pier has needed work for years and everyone knew it.\n\n"
           "Tom Fell, Ellery Bay, Marotia I think the council should pay for the repairs.\n\n"
           + MORE)


def test_readers_thread_with_signatures_is_cut():
    c = clean_text(INTRO + "\n\n" + READERS)
    assert "nobody has told us" not in c.text and "Jane Roe" not in c.text and "guest house" not in c.text
    assert "damaged the pier" in c.text and "about $4m" in c.text


def test_thread_without_signatures_stays():
    # the same page with no signature: nothing marks the lines under the header as readers'
    plain = READERS.replace("Jane Roe, Port Ellery, Marotia\n\n", "").replace("Tom Fell, Ellery Bay, Marotia ", "")
    c = clean_text(INTRO + "\n\n" + plain)
    assert "nobody has told us" in c.text and "guest house" in c.text


def test_signatures_further_down_the_thread_count():
    # a readers' page signs under each comment: the first signatures may stand 15 lines down
    filler = "\n\n".join(f"Comment line {n} about the pier and the ferry, written by a reader who waited." for n in range(16))
    page = INTRO + "\n\n" + READERS.replace("This debate is now closed.\n\n", "This debate is now closed.\n\n" + filler + "\n\n")
    c = clean_text(page)
    assert "Comment line 3" not in c.text and "guest house" not in c.text
    assert "about $4m" in c.text


@pytest.mark.parametrize("line, expected", [
    ("Jane Roe, Port Ellery, Marotia", True),
    ("Jane Roe, Port Ellery, Marotia.", True),
    ("Tom Fell, Ellery Bay, Marotia I think the council should pay.", True),
    ("Tom Fell, Ellery Bay How can they charge us?", True),
    # the same shape in an article: a reporter's byline, a name with a role, a phrase opening a sentence
    ("Jane Roe, BBC News, Port Ellery The pier was closed on Friday.", False),
    ("Jane Roe, the mayor, said the pier would reopen.", False),
    ("In Port Ellery, Mayor Jane Roe said the pier would reopen.", False),
    ("Tom Fell, Ellery Harbour Master said the pier was unsafe.", False),
])
def test_reader_signature_shape(line, expected):
    assert reader_signature(line) is expected

