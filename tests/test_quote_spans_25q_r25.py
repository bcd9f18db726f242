"""Quote span boundaries of round twenty-five (25q, issue 18): shapes the seed-73 audit of
three untuned topics read as cut or running on. Each rule has a text that fires and a twin that
must not; all texts are invented."""

from __future__ import annotations

from pipeline_helpers import quote_texts as _texts
from pipeline_helpers import quoted_analysis as _analysis


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
