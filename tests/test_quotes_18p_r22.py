"""Issue 18, round twenty-two (18p): a statement's pieces, not the tag between them.

A quotation tagged after it that goes on in the next paragraph is one content in two
pieces; the story (story.json `pieces`/`said`, story.md, report, audit sheet) shows a
statement's pieces joined by an ellipsis, never the interposed "X said" as its words.
Each rule has a must-fire test and a must-not-fire twin. Every text is invented."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline_helpers import quoted_analysis as _quotes
from pipeline_helpers import speaker_words as _speaker

from storyline import schema
from storyline.render import markdown
from storyline.resolve.quotes import shown_pieces

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import audit  # noqa: E402

_TAGGED = ('The river rose overnight.\n\n"We will open two shelters tonight," said Mayor Tom Hale.\n\n'
           '"And the army will bring boats in the morning."\n\nSchools stayed shut.')


# --- a quotation tagged after it goes on in the next paragraph ------------------------------

def test_tagged_quotation_continued_in_next_paragraph_is_one_content():
    a = _quotes(_TAGGED)
    qs = [q for q in a.quotes if q.kind == "direct"]
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert _speaker(a, q) == "Tom Hale"
    pieces, said = shown_pieces(_TAGGED, q.pieces)
    assert [_TAGGED[x:y] for x, y in pieces] == ["We will open two shelters tonight",
                                                 "And the army will bring boats in the morning."]
    assert said == "We will open two shelters tonight … And the army will bring boats in the morning."


def test_tagged_quotation_with_a_time_in_its_tag_is_joined_too():
    text = _TAGGED.replace("said Mayor Tom Hale.", "Mayor Tom Hale said on Monday.")
    a = _quotes(text)
    assert len([q for q in a.quotes if q.kind == "direct"]) == 1


def test_next_paragraph_quotation_with_its_own_tag_stays_apart():
    # twin: the second quotation is someone else's, tagged
    text = _TAGGED.replace('in the morning."', 'in the morning," said Jane Roe, the police chief.')
    a = _quotes(text)
    qs = [q for q in a.quotes if q.kind == "direct"]
    assert len(qs) == 2 and not any(q.pieces for q in qs)


def test_question_then_quotation_stays_apart():
    # twin: an answer after a question is not the asker's words
    text = ('The river rose overnight.\n\n"Will the army come tonight?" asked Mayor Tom Hale.\n\n'
            '"The boats are ready in the harbour."\n\nSchools stayed shut.')
    a = _quotes(text)
    assert not any(q.pieces for q in a.quotes)


def test_long_sentence_after_the_quotation_is_not_a_tag():
    # twin: the reporter's own sentence follows the quotation, not just a tag
    text = ('The river rose overnight.\n\n"We will open two shelters tonight," said Mayor Tom Hale, who spoke '
            'after a long meeting with the regional council and the fire brigade at the town hall.\n\n'
            '"And the army will bring boats in the morning."\n\nSchools stayed shut.')
    a = _quotes(text)
    assert not any(q.pieces for q in a.quotes if q.kind == "direct")


# --- the story shows a statement's pieces, not the tag between them -------------------------

def test_interposed_attribution_is_shown_as_an_ellipsis():
    text = "The river rose overnight.\n\nThe shelters, Mayor Tom Hale said, will open tonight.\n\nSchools stayed shut."
    a = _quotes(text)
    q = next(q for q in a.quotes if q.kind == "indirect")
    assert shown_pieces(text, q.pieces)[1] == "The shelters … will open tonight"


def test_paragraphs_of_one_quotation_are_not_shown_with_an_ellipsis():
    # twin: only marks and a paragraph break between the pieces: the whole span is the words
    text = 'He said: "We will open two shelters.\n\n"The army will bring boats."\n\nSchools stayed shut.'
    a, b = text.index("We will"), text.index("The army")
    assert shown_pieces(text, [(a, text.index('.\n') + 1), (b, text.index('boats.') + 6)]) == ([], None)
    assert shown_pieces(text, []) == ([], None)


def _story():
    text = "The river rose overnight.\n\nThe shelters, Mayor Tom Hale said, will open tonight.\n\nSchools stayed shut."
    doc = schema.Document(id="d1", text=text)
    a, b = text.index("The shelters"), text.index("tonight") + len("tonight")
    pieces, said = shown_pieces(text, [(a, text.index(",")), (text.index("will open"), b)])
    e = schema.Entity(id="e-hale", name="Tom Hale", type="PERSON", mentions=[])
    q = schema.Quote(id="q1", text=text[a:b], kind="indirect", speaker="e-hale", speaker_confidence=0.9,
                     span=schema.Span(doc="d1", start=a, end=b), said=said,
                     pieces=[schema.Span(doc="d1", start=x, end=y) for x, y in pieces])
    plain = schema.Quote(id="q2", text="Schools stayed shut", kind="indirect", speaker="e-hale", speaker_confidence=0.9,
                         span=schema.Span(doc="d1", start=text.index("Schools"), end=len(text) - 1))
    return schema.Story(documents=[doc], entities=[e], quotes=[q, plain])


def test_story_md_and_audit_sheet_show_the_pieces():
    story = _story()
    page = markdown.render(story)
    said = [line for line in page.splitlines() if line.startswith("- ") and "The shelters" in line]
    assert said and all("The shelters … will open tonight" in line and "Hale said" not in line for line in said)
    # the note still cites the whole span as written
    assert any(line.startswith("[^") and "Hale said, will open" in line for line in page.splitlines())
    items = audit.Audit(story, {"d1": "D01"}, {}).quotes()
    assert [i.fields["text"] for i in items] == ["The shelters … will open tonight", "Schools stayed shut"]


def test_story_md_shows_a_one_run_statement_as_its_text():
    # twin: no pieces: the text as before
    assert "Schools stayed shut" in markdown.render(_story())

