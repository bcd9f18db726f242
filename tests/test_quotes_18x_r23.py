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


# --- a cue inside a dash aside with its own object ------------------------------------------------

def test_cue_in_aside_with_its_own_infinitive_takes_no_outer_clause():
    text = ("If the new seal holds -- and Acme expects to know by Friday -- then most of the water "
            "could be pumped back to the tank.")
    assert not any(t.startswith("then most of the water") for t in _texts(text))


def test_bare_tag_in_dashes_stays():
    # twin: an inserted tag with nothing of its own is the clause's attribution
    text = "The repair of the dam -- engineers said on Monday -- will take at least another week."
    assert any("will take at least another week" in t for t in _texts(text))


# --- a scene sought: a non-finite verb of coming upon ----------------------------------------------

def test_hope_of_finding_anyone_alive_is_no_statement():
    text = ("The chief said the search of the mine would go on until there was no hope of finding "
            "anyone alive.")
    assert not any(t.startswith("anyone alive") for t in _texts(text))


def test_finite_finding_of_a_state_stays():
    # twin: a finite finding ("the inquiry found the crew negligent") is a finding
    text = "The inquiry into the ferry fire found the crew negligent, the report said on Monday."
    assert any("the crew negligent" in t for t in _texts(text))


# --- a quoted phrase its cue only names --------------------------------------------------------

def test_reports_on_a_quoted_phrase_is_the_topic():
    text = 'Jane Roe, a teacher living in Leeds, reports on the "sense of quiet dread" in the town.'
    assert not any("quiet dread" in t for t in _texts(text))


def test_reports_that_with_a_quoted_phrase_stays():
    # twin: a clause reported, with its quoted words
    text = 'Jane Roe, a teacher living in Leeds, reports that the town is "calm but very tense".'
    assert any("calm but very tense" in t for t in _texts(text))


def test_mentions_a_quoted_phrase_is_no_statement():
    text = 'Governor Tom Reyes declared an emergency. His order mentions "a grave risk to the safety of people".'
    assert not any("grave risk" in t for t in _texts(text))


def test_order_says_a_clause_stays():
    # twin: a verb of saying with a clause is a statement
    text = 'Governor Tom Reyes declared an emergency. His order says "the risk to people is grave and growing".'
    assert any("the risk to people is grave" in t for t in _texts(text))


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


# --- a cue joined to a reported clause whose subject is a document: open -------------------------

def test_cue_joined_to_a_document_clause_is_open():
    text = ("Zenith backed Norvex in disputing the audit on Tuesday, saying the BP report held several errors "
            "and stressed it was insured against every claim.")
    for q in _quotes(text).quotes:
        if q.text.startswith("it was insured"):  # not given to BP, the report's owner
            assert q.speaker_mention is None and q.antecedent_mention is None


def test_cue_joined_to_a_body_clause_keeps_its_reading():
    # twin: the clause's subject is a body (not a document): as before, the council agreed
    text = "Jane Roe said the council met on Monday and agreed that the land would be sold."
    sp, _ = _speaker(text, "that the land would be sold")
    assert sp == "the council"


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


# --- a he after a person named as a cue's agent: open ---------------------------------------------

def test_he_after_an_agent_named_just_before_is_open():
    text = ('"The vaccine trains the blood to fight the virus," said Tom Reyes.\n\n'
            "But one shot may not be enough.\n\n"
            "Some vaccines need two shots, a point stressed by Dr John Hale.\n\n"
            '"It may need two doses to give real cover," he told the Observer.')
    sp, name = _speaker(text, "It may need two doses")
    assert name is None


def test_he_with_no_agent_between_keeps_the_speaker():
    # twin: the same text with no one named in between: Reyes, as before
    text = ('"The vaccine trains the blood to fight the virus," said Tom Reyes.\n\n'
            "But one shot may not be enough.\n\n"
            "Some vaccines need two shots.\n\n"
            '"It may need two doses to give real cover," he told the Observer.')
    sp, name = _speaker(text, "It may need two doses")
    assert name == "Tom Reyes"


def test_cited_with_as_a_reason_stays():
    # twin of the verb of mentioning: "cited X as a key reason" says what X is (its "as" phrase)
    text = "On Monday, Governor Tom Reyes cited the new pumps as a key reason for his plan to open the dam."
    assert any(t.startswith("the new pumps as a key reason") for t in _texts(text))


def test_plain_object_of_mention_stays():
    # twin: a plain (unquoted) object of "mentioned" stays as before (PolNeAR counts it)
    before = _texts("At the debate on Monday, Jane Roe mentioned the cuts to the harbour budget.")
    assert any("the cuts to the harbour budget" in t for t in before) or before == []


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
