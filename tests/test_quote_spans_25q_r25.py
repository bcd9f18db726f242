"""Quote span boundaries of round twenty-five (25q, issue 18): shapes the seed-73 audit of
three untuned topics read as cut or running on. Each rule has a text that fires and a twin that
must not; all texts are invented."""

from __future__ import annotations

from storyline.pipeline import analyse_record
from storyline.types import Record


def _analysis(text: str):
    a = analyse_record(Record(source="x.txt", text=text))
    t = a.document.text
    for q in a.quotes:
        assert t[q.start : q.end] == q.text
    return a


def _texts(text: str) -> list[str]:
    return [q.text for q in _analysis(text).quotes]


def _pieces(a, q) -> list[str]:
    t = a.document.text
    return [t[x:y] for x, y in q.pieces] if q.pieces else [q.text]


# --- a quotation tagged with a he/she goes on in the next paragraph -------------------------

_PUMP = ("Drivers lined up at the pump on Monday morning.\n\n"
         '"The price went up twice this week," said Mary Stone, a nurse who was filling her car.\n\n'
         "Stone did not blame the station owner.\n\n"
         '"I don\'t think the owner chose this," she said.\n\n'
         '{next}\n\n'
         "Tom Reed, 40, waiting behind her, disagreed.")


def test_pronoun_tagged_quotation_continued_in_next_paragraph_is_one_content():
    a = _analysis(_PUMP.format(next='"The refinery sets the price."'))
    q = next(q for q in a.quotes if q.text.startswith("I don't think"))
    assert _pieces(a, q) == ["I don't think the owner chose this", "The refinery sets the price."]
    assert not any(x.text.startswith("The refinery") for x in a.quotes)


def test_next_paragraph_quotation_with_its_own_pronoun_tag_stays_apart():
    a = _analysis(_PUMP.format(next='"The refinery sets the price," he said.'))
    q = next(q for q in a.quotes if q.text.startswith("I don't think"))
    assert _pieces(a, q) == ["I don't think the owner chose this"]


# --- the subject kept over a dashed aside ------------------------------------------------

def test_subject_before_a_dashed_aside_opens_the_content():
    texts = _texts("A city spokesman said the large number of cases in the north -- at 30, according to "
                   "the city's tally -- seemed to be linked to one school.")
    assert any(t.startswith("the large number of cases") and t.endswith("one school") for t in texts), texts
    assert "seemed to be linked to one school" not in texts


def test_object_with_one_dash_is_no_aside():
    from storyline.analyse import nlp
    from storyline.analyse.quotes import _dashed_aside

    doc = nlp.load()("The mayor said the plan -- seemed to be fine.")
    assert not _dashed_aside(doc, 3, 5)


# --- another speaker's report set against the content ---------------------------------------

def test_report_set_against_the_content_is_cut():
    texts = _texts("A senior adviser predicted half of the children could catch the virus even as local "
                   "doctors said the outbreak was fading.")
    assert "half of the children could catch the virus" in texts
    assert "the outbreak was fading" in texts


def test_while_clause_of_another_speaker_is_cut():
    texts = _texts("The minister said prices would rise while union leaders said wages would stay flat.")
    assert "prices would rise" in texts


def test_as_clause_with_no_saying_stays():
    assert "prices would rise, as economists had feared" in _texts(
        "The minister said prices would rise, as economists had feared.")


def test_while_clause_with_no_verb_of_saying_stays():
    assert "prices would rise while union leaders stayed calm" in _texts(
        "The minister said prices would rise while union leaders stayed calm.")


# --- a request after a simple-past deed stays in the content ---------------------------------

def test_request_after_a_simple_past_deed_stays_in_the_content():
    texts = _texts("Lee said the firm signed a private deal with the farmer and told the bank to release the money.")
    assert "the firm signed a private deal with the farmer and told the bank to release the money" in texts


def test_request_after_a_progressive_content_is_still_cut():
    texts = _texts("The mayor, Jane Roe, said the company was hiding the figures and urged the council to investigate.")
    assert "the company was hiding the figures" in texts


# --- the writer's question mark after a closing mark --------------------------------------

def test_question_mark_after_the_closing_mark_is_the_writers():
    from storyline.analyse.quotes import _trim_marks

    text = 'Did the mayor overstate it, calling it "the worst flood we have seen"? Perhaps.'
    a = text.index("the worst") - 1
    b = text.index("? Perhaps") + 1
    assert text[slice(*_trim_marks(text, a, b))] == '"the worst flood we have seen"'


def test_question_mark_inside_the_marks_stays():
    from storyline.analyse.quotes import _trim_marks

    text = 'She asked "is the bridge safe?" and left.'
    a = text.index('"is')
    b = text.index(" and")
    assert text[slice(*_trim_marks(text, a, b))] == '"is the bridge safe?"'


# --- a quoted predicate keeps its unquoted subject, whatever its share ------------------------

def test_short_subject_before_a_long_quoted_predicate_is_kept():
    a = _analysis('The season opened early.\n\nThe current flood "is about the worst case anyone here has seen," '
                  'Reed said.')
    q = next(q for q in a.quotes if "worst case" in q.text)
    assert q.text.startswith("The current flood") and q.mixed


def test_caption_before_a_full_quotation_is_no_subject():
    a = _analysis('Flooded streets "We do not know where to go," said Fernando Diaz.')
    assert [q.text for q in a.quotes] == ["We do not know where to go"]


def test_although_clause_of_another_speaker_is_cut():
    texts = _texts("The paper said owners of culled pigs could receive 500 pounds each, although a cabinet "
                   "spokesman said the issue was still open.")
    assert "owners of culled pigs could receive 500 pounds each" in texts


def test_although_clause_of_the_same_they_stays():
    texts = _texts("Officials said they were encouraged by reports of fewer cases, although they said it was "
                   "too early to relax.")
    assert any(t.endswith("although they said it was too early to relax") for t in texts), texts


# --- the reporter's clause after a semicolon ---------------------------------------------------

def test_reporters_clause_after_a_semicolon_is_cut():
    texts = _texts("Park said the new pump is made of steel; he rejected claims that it would fail, although "
                   "the design is still secret.")
    assert "the new pump is made of steel" in texts


def test_speakers_second_clause_after_a_semicolon_stays():
    texts = _texts("Park said the new pump is made of steel; the valve is made of iron.")
    assert "the new pump is made of steel; the valve is made of iron" in texts
