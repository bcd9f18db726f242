"""Issue 18, round twenty-three (18x): the wrong speakers and non-statements of the seed-71 audit,
as classes.

Each rule has a must-fire test (fails on 6bf59914) and a must-not-fire twin; the sentences are
invented, of the same shape as the audited ones."""

from __future__ import annotations

from pipeline_helpers import quoted_analysis as _quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in _quotes(text).quotes]


def _speaker(text: str, start: str) -> tuple[str | None, str | None]:
    """(speaker_text, the text of the mention it is linked to, by name or through a pronoun or
    description, or None) of the quote whose text starts so."""
    an = _quotes(text)
    q = next(q for q in an.quotes if q.text.startswith(start))
    i = q.speaker_mention if q.speaker_mention is not None else q.antecedent_mention
    name = an.mentions[i].text if i is not None else None
    return q.speaker_text, name


# --- a thing withheld from a receiver: no denial --------------------------------------------------

def test_deny_receiver_a_thing_is_no_statement():
    text = ("A dead goose was found on a beach and a local official refused to confirm the panic. The bird "
            "posed no threat, but how dare he deny London reporters a good scare?")
    assert not any("good scare" in t for t in _texts(text))


def test_denied_the_claims_stays():
    # twin: "denied that ..." with no receiver is a denial, a statement
    text = "The harbour board denied that it had sold the land to a developer."
    assert any("it had sold the land" in t for t in _texts(text))


# --- a scene sought: a non-finite verb of coming upon ----------------------------------------------

def test_hope_of_finding_anyone_alive_is_no_statement():
    text = ("The chief said the search of the mine would go on until there was no hope of finding "
            "anyone alive.")
    assert not any(t.startswith("anyone alive") for t in _texts(text))


def test_finite_finding_of_a_state_stays():
    # twin: a finite finding ("the inquiry found the crew negligent") is a finding
    text = "The inquiry into the ferry fire found the crew negligent, the report said on Monday."
    assert any("the crew negligent" in t for t in _texts(text))


# --- a quoted label after a relative "what"/"which" -----------------------------------------------

def test_described_as_a_quoted_label_is_no_statement():
    text = ('In what the weekly journal Science described as the "first rough and hasty look" at the fever, '
            'a team in Leeds predicted a second wave.')
    assert not any("rough and hasty look" in t for t in _texts(text))


def test_described_as_a_quoted_clause_stays():
    # twin: the quoted words hold a verb, not a label: left as they were
    text = 'Jane Roe described the plan as "a risk we simply cannot take with the town".'
    assert any("we simply cannot take" in t for t in _texts(text))


# --- a title inside its own speaker's phrase -------------------------------------------------------

def test_title_inside_the_speaker_phrase_is_no_quote():
    text = ('Tom Reyes, a former oil executive and author of "Why the Wells Ran Dry," told Reuters it '
            'was unfair to blame the chief.')
    assert not any(t.startswith("Why the Wells") for t in _texts(text))


def test_quote_after_a_titled_speaker_stays():
    # twin: the statement outside the speaker's phrase is his
    text = ('Tom Reyes, author of "Why the Wells Ran Dry," said: "The chief cannot be blamed for every '
            'mistake on the rig."')
    assert any(t.startswith("The chief cannot be blamed") for t in _texts(text))


# --- "the paper": only a newspaper ---------------------------------------------------------------

def test_the_paper_is_not_an_inquiry_named_as_news():
    text = ("The Leeds Inquiry continues to make headlines. It reports that the minister went back to "
            "an old review. The paper said the idea was meant to cut costs.")
    sp, name = _speaker(text, "the idea was meant")
    assert name is None


def test_the_paper_is_a_newspaper_named_before():
    # twin: a newspaper named before is the paper
    text = ("The Washington Post reports that the minister went back to an old review. The paper said the "
            "idea was meant to cut costs.")
    sp, name = _speaker(text, "the idea was meant")
    assert name is not None and "Washington Post" in name


# --- "the company": not the outlet a person spoke to ----------------------------------------------

def test_the_company_is_not_the_agency_spoken_to():
    text = ('"We need more roads," Tom Reyes told AFP. The company says three of its drivers are still '
            'missing in the town.')
    sp, name = _speaker(text, "three of its drivers")
    assert name is None


def test_the_company_is_the_body_named_before():
    # twin: a body named as a subject stays the company's referent
    text = ("Acme Holdings opened a new plant in Leeds last year. The company says three of its drivers are "
            "still missing in the town.")
    sp, name = _speaker(text, "three of its drivers")
    assert name is not None and "Acme" in name


# --- more twins: the label, the title -----------------------------------------------------------

def test_called_on_with_a_quoted_as_phrase_stays():
    # twin of the calling slot: "called on police to ..." has no object labelled; the quoted
    # "as ..." phrase is the family's words
    text = 'The parents have called on the city to publish the tapes "as a plain act of fairness to us all".'
    assert any("as a plain act of fairness" in t for t in _texts(text))


def test_said_then_adding_keeps_the_quotation():
    # twin of the title rule: a quotation after "<Name> said:" whose cue is a later "adding"
    text = ('In a release, Norvex said: "Our old mill did very well for ten years after it was sold to new '
            'owners," adding that its value grew.')
    assert any(t.startswith("Our old mill did very well") for t in _texts(text))


def test_described_it_as_a_quoted_phrase_stays():
    # twin of the calling slot: a thing named as the object ("it"), the phrase the speaker's view of it
    text = 'Governor Jane Roe described it as a "grave and growing danger to the coast" on Monday.'
    assert any("grave and growing danger to the coast" in t for t in _texts(text))
