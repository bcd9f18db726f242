"""Round fifty-six, mender m5: cleaning noise kept (issue 16) and one brief line (issue 23), from
the seed-171 audit: FNC-1 c089 K1 (a pointer in brackets to the site's own guide closing a
paragraph), haiti_bbc K1 (a programme page's clip teasers in more shapes), haiti_bbc K5 (a
byline line in capitals, a name and an organisation) and haiti_bbc B7 (the brief's quotation
whose speaker the line never names).

Each rule has a test that fails on the base code and a must-not-fire twin, on short texts written
for the test (a name like the article's at most). Every text here is invented.
"""

from __future__ import annotations

from storyline.clean import clean_record
from storyline.types import Record

_HEAD = "Port news\n\nThe harbour board met on Monday to talk about the new cranes and what they would cost.\n\n"
_TAIL = "\n\nThe board said the cranes would arrive in the spring after the tender closed in March.\n"


def _clean(text: str):
    return clean_record(Record(source="x.txt", text=text))


def _removed(doc, start: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason.startswith(start)]


# --- c089 K1: a pointer in brackets to the site's own piece closing a line ------------------------

def test_a_bracketed_pointer_to_our_guide_closing_a_line_goes():
    doc = _clean(_HEAD + "Two tools help us check photos online. (For more tips, check out our guide to "
                 "spotting fakes.)" + _TAIL)
    assert "check out our guide" not in doc.text
    assert "Two tools help us check photos online." in doc.text
    assert _removed(doc, "promo: a pointer in brackets")


def test_twin_a_bracketed_aside_with_no_imperative_stays():
    line = "Two tools help us check photos online. (The rangers check our harbour walls every week.)"
    doc = _clean(_HEAD + line + _TAIL)
    assert line in doc.text


# --- haiti_bbc K1: a programme page's clip teasers in looser shapes (noise._page_clip_teasers) --------

_TEASED = ("The port of Ellery will close its old dock next year, the harbour board has said.\n\n"
           "Jane Roe, head of works at the Ellery Harbour Board, explains the decision.\n\n"
           "Rail fares are to rise by five per cent in the new year, the operators have announced.\n\n"
           "John Doe, a transport analyst at the Acme Institute, discusses the rise.\n\n")
_LOOSE = ("Fishing quotas for the coming season were set on Monday after long talks in the capital.\n\n"
          "{a}\n\n"
          "A new survey of the town's seabirds found fewer nesting pairs than a decade ago.\n\n"
          "{b}\n\n"
          "The museum is to reopen after a two-year refit paid for by a local appeal.\n\n"
          "{c}\n\n"
          "The harbour board will meet again in June to set the new fees for the berths.\n")
_LINES = dict(a="Mary Stone, a skipper from the harbour, and Tom Wright, a fisheries officer, debate the new quotas.",
              b="Ann Kerr investigates how Mr Wright is seen by the crews.",
              c="Reporter Sam Hill has been looking at the accounts.")


def test_looser_clip_teasers_go_on_a_page_of_clip_teasers():
    doc = _clean("Today's programme\n\n" + _TEASED + _LOOSE.format(**_LINES))
    for line in _LINES.values():
        assert line not in doc.text, line
    assert "The museum is to reopen" in doc.text and "Fishing quotas" in doc.text


def test_twin_the_same_lines_stay_on_a_page_with_no_clip_teasers():
    doc = _clean("Today's news\n\n" + _LOOSE.format(**_LINES))
    for line in _LINES.values():
        assert line in doc.text, line


# --- haiti_bbc B7: a trailing "she said" after words in the first person (brief._pronoun_leans) -------

def _leans(sentence: str, place: str) -> bool:
    from types import SimpleNamespace

    from storyline.resolve import brief

    b0 = sentence.rindex("she")
    at = sentence.index(place)
    return brief._pronoun_leans(sentence, SimpleNamespace(start=0, end=len(sentence)), b0, b0 + 3,
                                [(at, at + len(place))])


def test_own_voice_words_under_a_bare_she_said_lean_on_the_sentence_before():
    assert _leans('"I have had no word from my cousins in Ellery since the storm," she said.', "Ellery")


def test_twin_words_naming_a_place_in_no_first_person_stand_alone():
    assert not _leans('"The storm has cut every road into Ellery since the weekend," she said.', "Ellery")


def test_twin_own_voice_words_with_a_figure_stand_alone():
    assert not _leans('"I counted 40 houses down in Ellery since the storm," she said.', "Ellery")


# --- haiti_bbc K5: a signature in capitals of a name and an organisation (noise._caps_name_org) -------

_DIARY = ("Aid diary\n\n"
          "Aid workers from three charities are writing from the flooded valley this week.\n\n"
          "{line}\n\n"
          "Yesterday I walked to the clinic on the hill, where forty families wait for clean water.\n\n"
          "The clinic's staff have worked through the night to treat the children there.\n")


def test_a_name_and_an_organisation_in_capitals_on_a_line_of_its_own_is_a_byline():
    doc = _clean(_DIARY.format(line="MARGARET HOLLIS, ACME RELIEF FUND"))
    assert "MARGARET HOLLIS" not in doc.text
    assert _removed(doc, "byline: a writer's signature in capitals (name, organisation)")
    assert "Yesterday I walked to the clinic" in doc.text


def test_twin_a_heading_in_capitals_with_a_comma_stays_no_byline():
    doc = _clean(_DIARY.format(line="DEATH TOLL, DAY THREE"))
    assert not _removed(doc, "byline: a writer's signature in capitals (name, organisation)")


# --- haiti_bbc K7: a programme's plug for feedback after a closing credit (promo_lines.txt 'say') -----

def test_a_programmes_feedback_plug_after_a_closing_credit_goes():
    line = "Jane Roe is Producer, Acme Radio Harbour Talkback is your chance to have your say about our programmes."
    doc = _clean(_HEAD + "The board will meet again in June to set the new fees for the berths.\n\n" + line + "\n")
    assert "have your say" not in doc.text
    assert "The board will meet again in June" in doc.text


def test_twin_an_article_sentence_on_a_consultation_stays():
    line = "The council said the consultation is your chance to have your say about the new berths."
    doc = _clean(_HEAD + line + _TAIL)
    assert line in doc.text


# --- c093 K1: a picture's credit alone on a line, its caption above it (noise._lone_credits) --------

_PICTURED = (_HEAD + "Children at the harbour were seen copying the fights at weekends, the inspectors said.\n\n"
             "{above}\n\nSUPPLIED\n\n"
             "The inspectors watched the children play on the slipway for most of the afternoon.\n")


def test_a_lone_credit_and_the_file_name_above_it_go():
    doc = _clean(_PICTURED.format(above="ACME  st HARBOURfights 3"))
    assert "SUPPLIED" not in doc.text and "HARBOURfights" not in doc.text
    assert "The inspectors watched the children" in doc.text


def test_twin_a_sentence_with_its_stop_above_a_lone_credit_stays():
    line = "The pictures were supplied by a harbour worker."
    doc = _clean(_PICTURED.format(above=line))
    assert line in doc.text and "SUPPLIED" not in doc.text
