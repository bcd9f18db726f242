"""Quotes: contents that are not statements (issue 18, item 3; round sixteen, 18n).

Every text here is invented. Each rule has a case where it fires and a twin where it must not."""

from __future__ import annotations

from test_quote_contents import _quotes  # (text, cue) of each quote, spans checked against the text

# --- a belief or a "how" clause a reader reads as said stays a quote ---------------------
# (18n's embedded-question rule was not shipped: over 603 dev texts it removed nothing but its
# own audit item, and on PolNeAR dev its one firing was a statement; these twins stay as guards)


def test_a_named_speakers_expects_stays():
    text = "Jane Roe, the chief executive of Acme Corp, expects the strike to affect sales for years."
    assert ("the strike to affect sales for years", "expects") in _quotes(text)


def test_explained_how_stays():
    text = "Jane Roe, the chief engineer, explained how the new pumps would keep the valley dry."
    assert _quotes(text) == [("how the new pumps would keep the valley dry", "explained")]


def test_which_is_why_an_agency_considers_stays():
    text = ("Clinics across the region report short queues, which is why the agency considers Ruritania to be "
            "one of the best prepared countries.")
    assert any(cue == "considers" for _, cue in _quotes(text))


# --- a mental participle describing a group ----------------------------------------------


def test_a_group_hoping_to_do_something_is_no_quote():
    text = ("Lawyers hoping to lead the class action against Acme Corp are travelling to Port Ellery this "
            "week as a panel considers the cases.")
    assert _quotes(text) == []


def test_lawyers_who_say_they_hope_stay():
    text = "Lawyers for the families said on Monday that they hoped to lead the class action against Acme Corp."
    assert ("that they hoped to lead the class action against Acme Corp", "said") in _quotes(text)


def test_a_statement_saying_stays():
    text = "Acme Corp issued a statement on Monday saying that the plant in Port Ellery was safe."
    assert any(cue == "saying" for _, cue in _quotes(text))


# --- a work's title in quote marks ---------------------------------------------------------


def test_a_title_after_entitled_is_no_quote():
    text = 'The engineers said in a study entitled "Why the Dam Failed at Night" that the spillway was too narrow.'
    assert _quotes(text) == [("that the spillway was too narrow", "said")]


def test_a_title_after_report_is_no_quote():
    text = ('The dam lost half its water in a week, engineers said on Monday.\n\n'
            '"About half of the water was lost to evaporation," the engineers said in the report '
            '"Port Ellery Water Budget: Where Did the Water Go?"\n\n'
            'The rest seeped into the ground, the report said.')
    title = "Port Ellery Water Budget: Where Did the Water Go?"
    quotes = _quotes(text)
    assert quotes and not any(q in title for q, _ in quotes)  # nor its own question as a clause of "said"


def test_a_quoted_sentence_after_said_stays():
    text = 'The report said "the spillway was far too narrow for a flood of that size," engineers noted.'
    assert any(q.startswith("the spillway was far too narrow") for q, _ in _quotes(text))


def test_a_quoted_sentence_after_the_report_and_a_colon_stays():
    text = 'Jane Roe, the chief engineer, wrote in the report: "The spillway was far too narrow for a flood."'
    assert any(q.startswith("The spillway was far too narrow") for q, _ in _quotes(text))


def test_a_speakers_words_after_called_the_study_stay():
    text = ('Jane Roe, a senior engineer at the agency, called the Port Ellery team study "critical to our '
            'understanding of what the river will do next spring."')
    assert any(q.startswith("critical to our understanding") for q, _ in _quotes(text))


def test_a_title_after_a_research_note_titled_is_no_quote():
    text = ('"We cannot rule out a far larger bill," the analysts said, in a research note titled "A bargain at '
            'last? Not quite."')
    assert not any(q.startswith("A bargain at last") for q, _ in _quotes(text))


def test_an_assertion_after_the_reason_why_stays():
    text = ("That is the reason why Acme's head John Doe openly asserted that his company lacked the pumps "
            "to act sooner.")
    assert any(cue == "asserted" for _, cue in _quotes(text))
