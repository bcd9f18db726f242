"""Issue 18, round twenty-one (18m): a quotation spanning several paragraphs is one content.

Each rule has a must-fire test (fails on 624662fe) and a must-not-fire twin."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis as _quotes
from pipeline_helpers import speaker_words as _speaker

from storyline.analyse.quotes import find_direct

# --- a quotation announced by a colon runs on over many sentence-split paragraphs ----------

_POSTED = ('The storm hit the coast on Monday.\n\n1658 Jane Roe, in Springfield, writes: "The roads are mostly open.\n\n'
           'Still, this is harder than we thought.\n\nThe town smells of smoke.\n\nVolunteers are clearing the streets.'
           '\n\nWe saw a truck full of supplies."\n\nThe mayor met officials later.')


def test_colon_quotation_runs_on_over_many_sentence_paragraphs():
    ds = find_direct(_POSTED)
    assert [len(d.pieces) for d in ds] == [5]
    assert _POSTED[ds[0].start : ds[0].end].endswith("a truck full of supplies.")
    a = _quotes(_POSTED)
    q = next(q for q in a.quotes if q.text.startswith("The roads are mostly open"))
    assert q.text.endswith("a truck full of supplies.") and _speaker(a, q) == "Jane Roe"


def test_bare_opening_mark_still_stops_after_two_paragraphs():
    # twin: the same run without the colon (a stray mark before narration) is not run over
    text = _POSTED.replace('writes: "The roads', 'writes that "The roads')
    assert all(not text[d.start : d.end].startswith("The roads") for d in find_direct(text))


def test_long_run_that_reopens_after_bare_paragraphs_is_not_one_quotation():
    # twin: after the colon, narration paragraphs and then a reopening mark: a new quotation
    text = ('The council met.\n\nThe leader wrote: "We all need to pull together.\n\nResidents gave $2m to the fund, '
            'the charity said.\n\nThe city has doubled its own grant.\n\nOfficials said more help was coming.\n\n'
            '"We do not know how many are missing," one official said.')
    assert all(not text[d.start : d.end].startswith("We all need") for d in find_direct(text))


# --- a reported content stops at the colon before a quotation it cut into ------------------

def test_reported_content_stops_at_the_colon_before_a_quotation():
    a = _quotes('The river rose overnight.\n\nMayor Tom Hale told local radio the flood was the worst in forty years: '
                '"We have never seen water like it.\n\nThe whole north side is cut off."\n\nSchools stayed shut.')
    texts = [q.text for q in a.quotes]
    assert "the flood was the worst in forty years" in texts
    assert "We have never seen water like it.\n\nThe whole north side is cut off." in texts
    assert not any(":" in t and "never seen" in t for t in texts)


def test_topic_clause_before_a_colon_quotation_is_dropped():
    a = _quotes('The river rose overnight.\n\nAn engineer from the water board said the dam would hold.\n\n'
                'He explained why the town was safe: "The walls were raised last year.\n\n'
                'They can take another metre of water."\n\nSchools stayed shut.')
    texts = [q.text for q in a.quotes]
    assert not any(t.startswith("why the town") for t in texts), texts
    assert any(t.startswith("The walls were raised") and t.endswith("metre of water.") for t in texts)


def test_reported_content_holding_the_whole_quotation_stays():
    # twin: the quotation closes the reported sentence: one statement, kept whole
    a = _quotes('The river rose overnight.\n\nMayor Tom Hale said the plan had one aim: "keep the schools open".\n\n'
                'Schools stayed shut.')
    assert [q.text for q in a.quotes] == ['the plan had one aim: "keep the schools open"']


# --- a quotation reopened in the next paragraph with no word between -------------------------

_LEAK = 'The leak grew on Monday.\n\nAdmiral Tom Hale told reporters: "The firm will send a second ship to the site."\n\n'


def test_reopened_quotation_with_no_tag_joins_the_one_before():
    a = _quotes(_LEAK + '"The two ships together will collect about 9,000 barrels a day."\n\nThe firm did not comment.')
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.text.startswith("The firm will send") and q.text.endswith("9,000 barrels a day.")
    assert len(q.pieces) == 2 and _speaker(a, q) == "Tom Hale"


def test_new_quotation_by_someone_else_stays_apart():
    # twin: the next paragraph opens a quotation with its own tag and speaker
    a = _quotes(_LEAK + '"That is far too little," said Ann Cole, a local fisherman.\n\nThe firm did not comment.')
    assert sorted((q.text, _speaker(a, q)) for q in a.quotes) == [
        ("That is far too little", "Ann Cole"), ("The firm will send a second ship to the site.", "Tom Hale")]


def test_reporter_sentence_after_a_closed_quotation_is_not_joined():
    # twin: the reporter's own sentence follows, then a quotation: no join across it
    a = _quotes(_LEAK + 'The firm has two ships in the gulf.\n\n"Both will be there by Friday."\n\nThe firm did not comment.')
    assert all(not (q.text.startswith("The firm will send") and "Friday" in q.text) for q in a.quotes)


def test_tag_after_the_first_quotation_is_joined_with_pieces_that_skip_the_tag():
    # '"...," said Hale.' then a reopened paragraph: kept two quotes in round twenty-one (the
    # span would hold the tag); since round twenty-two (18p) one content whose pieces skip the
    # tag, which the story shows (`said`) instead of the span's text
    text = ('The leak grew on Monday.\n\n"The firm will send a second ship to the site," said Admiral Tom Hale.\n\n'
            '"The two ships together will collect about 9,000 barrels a day."\n\nThe firm did not comment.')
    a = _quotes(text)
    q = next(q for q in a.quotes if q.text.startswith("The firm will send"))
    assert len(q.pieces) == 2 and not any("said Admiral" in text[x:y] for x, y in q.pieces)
    assert text[q.pieces[1][0] : q.pieces[1][1]].startswith("The two ships")
