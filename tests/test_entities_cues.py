"""Who is who, from the words around a name: a city's name in a person's role, a comma
left by a cut, an acronym's expansion up to "and X", a slogan beside a company, junk."""

from __future__ import annotations

import pytest
from test_entities_unglue import _cut

from storyline.analyse import nlp as a_nlp
from storyline.analyse.entities import _link
from storyline.pipeline import analyse_record
from storyline.types import Mention, Record


@pytest.fixture(scope="module")
def nlp():
    return a_nlp.load()


def _linked(nlp, text: str, full: str, word: str, at: int = -1) -> Mention:
    """Link ``word`` (typed GPE, as NER types a city's name) in ``text`` beside ``full``."""
    sdoc = nlp(text)
    a = text.index(full)
    b = text.rindex(word) if at < 0 else at
    ms = [Mention(start=a, end=a + len(full), text=full, label="PERSON"),
          Mention(start=b, end=b + len(word), text=word, label="GPE")]
    _link(sdoc, ms)
    return ms[1]


@pytest.mark.parametrize("text", [
    "BP Chief Executive Tony Hayward flew in. Later Hayward said the company would pay.",
    "BP Chief Executive Tony Hayward flew in. Investors doubt that Hayward's position is safe.",
    "BP Chief Executive Tony Hayward flew in. The board backed Chief Executive Hayward today.",
])
def test_a_city_name_in_a_persons_role_is_the_one_bearer(nlp, text):
    m = _linked(nlp, text, "Tony Hayward", "Hayward")
    assert m.label == "PERSON" and m.context.ref == 0
    assert "person's role" in (m.context.ref_evidence or "")


@pytest.mark.parametrize("text", [
    # each would be possessive without its place cue
    "BP Chief Executive Tony Hayward flew in. Officials in Hayward's harbour said it was safe.",
    "BP Chief Executive Tony Hayward flew in. Hayward, California said it would sue BP.",
    "BP Chief Executive Tony Hayward flew in. The fire near Hayward's old town spread.",
])
def test_a_city_name_with_a_place_cue_stays_the_city(nlp, text):
    m = _linked(nlp, text, "Tony Hayward", "Hayward")
    assert m.label == "GPE" and m.context.ref is None


def test_a_city_name_in_a_persons_role_with_two_bearers_stays_as_typed(nlp):
    text = "Tony Hayward and Ann Hayward flew in. Later Hayward said the company would pay."
    sdoc = nlp(text)
    ms = [Mention(start=0, end=12, text="Tony Hayward", label="PERSON"),
          Mention(start=17, end=28, text="Ann Hayward", label="PERSON"),
          Mention(start=text.rindex("Hayward"), end=text.rindex("Hayward") + 7, text="Hayward", label="GPE")]
    _link(sdoc, ms)
    assert ms[2].label == "GPE" and ms[2].context.ref is None


def test_a_cut_before_a_list_leaves_no_comma_on_the_name():
    text = ("BP Chief Executive Tony Hayward met officials on Monday.\n\n"
            "Writing to Hayward, Salazar and Napolitano quoted letters from BP managers.")
    a = analyse_record(Record(source="d.txt", text=text))
    got = [m.text for m in a.mentions]
    assert "Hayward," not in got
    assert all(text[m.start : m.end] == m.text for m in a.mentions)
    assert all(not m.text.endswith(",") for m in a.mentions)


# --- an acronym's expansion up to a trailing "and X" ------------------------------------

def _story(*texts: str):
    from storyline.pipeline import build_story
    analyses = [analyse_record(Record(source=f"doc{i}.txt", text=t)) for i, t in enumerate(texts)]
    return build_story(analyses)


def _entity_of(story, text: str):
    docs = {d.id: d.text for d in story.documents}
    hits = [e for e in story.entities if any(docs[s.doc][s.start : s.end] == text for s in e.mentions)]
    assert len(hits) == 1, (text, [(e.name, e.aliases) for e in story.entities])
    return hits[0]


_CDC = ("Officials at the US Centers for Disease Control (CDC) said on Monday that the CDC would "
        "send teams to the city. The CDC said the teams would arrive on Tuesday.")


def test_an_expansion_with_a_trailing_and_x_joins_the_acronyms_body():
    story = _story(_CDC, "Jane Roe, a deputy chief at the US Centers for Disease Control and Prevention, "
                         "met reporters in Atlanta on Friday.")
    cdc = _entity_of(story, "CDC")
    assert _entity_of(story, "US Centers for Disease Control and Prevention").id == cdc.id
    ev = {a.alias: a.evidence for a in cdc.alias_evidence}
    assert "trailing 'and X'" in ev.get("US Centers for Disease Control and Prevention", "")


def test_an_and_x_expansion_qualified_by_another_country_stays_apart():
    story = _story(_CDC, "Staff at the Korea Centers for Disease Control and Prevention found four "
                         "cases in Seoul on Friday.")
    assert _entity_of(story, "Korea Centers for Disease Control and Prevention").id != _entity_of(story, "CDC").id


def test_a_peoples_word_naming_the_bodys_own_country_joins_the_and_x_expansion():
    story = _story(_CDC, "Samples were sent to the American Centres for Disease Control and Prevention "
                         "(CDC), which named the strain within a week.")
    assert (_entity_of(story, "American Centres for Disease Control and Prevention").id
            == _entity_of(story, "US Centers for Disease Control").id)
    # twin: another country's people's word, the same acronym: not the US body
    story = _story(_CDC, "The virus has been identified by the Canadian Centres for Disease Control and Prevention "
                         "as type H1N1, a mixture of swine, avian and human genes.")
    assert (_entity_of(story, "Canadian Centres for Disease Control and Prevention").id
            != _entity_of(story, "US Centers for Disease Control").id)


def test_an_and_x_name_whose_initials_match_no_acronym_stays_apart():
    story = _story("The Department of Health said on Monday that the clinics would open. The Department of "
                   "Health said more staff would come.",
                   "The Department of Health and Human Services said on Friday that it would buy vaccine.")
    assert (_entity_of(story, "Department of Health and Human Services").id
            != _entity_of(story, "Department of Health").id)


# --- an acronym beside an organisation and a slogan with the same initials --------------

_BP = ("Officials criticised British Petroleum on Monday. BP said its engineers would try again "
       "to plug the well, and BP shares fell.")


def test_a_slogan_is_no_second_expansion_of_an_acronym():
    story = _story(_BP, "Before the spill, BP ran its Beyond Petroleum campaign for years. The Beyond "
                        "Petroleum campaign won two awards, and analysts praised the Beyond Petroleum campaign.")
    assert _entity_of(story, "British Petroleum").id == _entity_of(story, "BP").id
    assert _entity_of(story, "Beyond Petroleum").id != _entity_of(story, "BP").id


def test_two_organisations_sharing_an_acronym_stay_apart_from_it():
    # "BP" is in a document that names both expansions: it stays apart from both
    story = _story(_BP + " Bharat Petroleum said on Friday that it would raise fuel prices.",
                   "Bharat Petroleum shares rose in Mumbai.")
    bp = _entity_of(story, "BP").id
    assert _entity_of(story, "British Petroleum").id != bp
    assert _entity_of(story, "Bharat Petroleum").id != bp


def test_of_two_organisations_sharing_an_acronym_it_joins_the_one_its_document_names():
    # twin of the above: the document with "BP" names British Petroleum only
    story = _story(_BP, "Bharat Petroleum said on Friday that it would raise fuel prices. Bharat Petroleum "
                        "shares rose in Mumbai.")
    bp = _entity_of(story, "BP").id
    assert _entity_of(story, "British Petroleum").id == bp
    assert _entity_of(story, "Bharat Petroleum").id != bp


# --- words glued onto a name: a sentence's opening preposition, a ticker's tail ---------

# (text, name as NER cut it, label, the name after _unglue); each twin a row of its own
_CUTS = [
    # a sentence's opening preposition is cut from a person
    pytest.param("It rained. Following Obama's election, readers wrote.", "Following Obama", "PERSON", "Obama",
                 id="preposition-following"),
    pytest.param("During Gordon Brown's visit, crowds gathered.", "During Gordon Brown", "PERSON", "Gordon Brown",
                 id="preposition-during"),
    # twins: not at a sentence's start; a word that is no preposition; a place's name
    pytest.param("the band Following Obama played", "Following Obama", "PERSON", "Following Obama",
                 id="preposition-twin-mid-sentence"),
    pytest.param("It rained. Crossing Jordan aired.", "Crossing Jordan", "PERSON", "Crossing Jordan",
                 id="preposition-twin-crossing-jordan"),
    pytest.param("It rained. Browning Obama said.", "Browning Obama", "PERSON", "Browning Obama",
                 id="preposition-twin-browning-obama"),
    # a ticker's tail after a line break is cut
    pytest.param("operated by Transocean Ltd RIGN.\n\nS. British oil major BP Plc hired Transocean", "S. British", "NORP",
                 "British", id="ticker-tail"),
    # twins: an initial after a sentence's end is the name's ("S. Korean"); a person's initial stays
    pytest.param("talks ended on Monday.\n\nS. Korean officials said the talks would resume", "S. Korean", "NORP",
                 "S. Korean", id="ticker-twin-sentence-end"),
    pytest.param("operated by Transocean Ltd RIGN.\n\nJ. Smith said the rig was safe", "J. Smith", "PERSON", "J. Smith",
                 id="ticker-twin-initial"),
]


@pytest.mark.parametrize(("text", "name", "label", "want"), _CUTS)
def test_a_glued_preposition_or_ticker_tail_is_cut(text, name, label, want):
    assert _cut(text, name, label) == want  # _cut also checks the span is the text's


def test_an_organisation_once_called_a_campaign_is_still_an_expansion():
    # twin of the slogan rule: one document's "British Petroleum campaign" beside other
    # documents naming the company keeps it an expansion, so "BP" has two and joins neither
    story = _story(_BP, "The British Petroleum campaign ran for years. British Petroleum campaign staff left.",
                   "Bharat Petroleum said on Friday that it would raise fuel prices. Bharat Petroleum "
                   "shares rose in Mumbai.")
    assert _entity_of(story, "Bharat Petroleum").id != _entity_of(story, "BP").id


def test_an_acronym_with_a_word_after_it_is_no_expansion_of_it():
    from storyline.resolve.entities import _expands
    assert _expands("British Petroleum", "bp") and _expands("US Centers for Disease Control", "cdc")
    # twins: the acronym itself with a word after it, one hyphenated word, the acronym alone
    assert not _expands("BP PAC", "bp") and not _expands("BP Plc", "bp")
    assert not _expands("BBB-plus", "bp") and not _expands("BP", "bp")


def test_a_possessive_before_a_connector_belongs_to_the_name():
    from storyline.analyse.names import core_name
    assert core_name("Lloyd's of London") == "Lloyd's of London"
    # twin: an owner before the name it owns is dropped
    assert core_name("Apple's iTunes store") == "iTunes store"


# --- an acronym with two expansions in the corpus: the one its own document names -------

_BA = ("British Airways said it had a jet ready to fly blankets to the island on "
       "Sunday, flown by volunteer BA crews.")
_BAND = "Stars recorded a charity single in London, echoing Band Aid. Band Aid raised millions in 1984."
_BOFA = "Bank of America said it would give money. BA shares fell on Monday, and BA said more gifts would follow."


def test_an_acronym_joins_the_one_expansion_its_document_names():
    story = _story(_BA, _BAND)
    assert _entity_of(story, "BA").id == _entity_of(story, "British Airways").id


def test_an_acronym_whose_documents_name_two_expansions_stays_apart():
    # twin: "BA" beside British Airways in one document, beside Bank of America in another
    story = _story(_BA, _BAND, _BOFA)
    ba = _entity_of(story, "BA").id
    assert _entity_of(story, "British Airways").id != ba
    assert _entity_of(story, "Bank of America").id != ba
    assert _entity_of(story, "British Airways").id != _entity_of(story, "Bank of America").id


# --- a lone word in lists of full-named persons, typed a place ---------------------------

_MIKA = ("Page last updated at 09:12 GMT, Thursday, 4 March 2010 Mika, James Morrison and Rod Stewart "
         "say why they joined the charity record.")
_MIKA2 = ("Alexandra Burke, Cheryl Cole, Mika, Susan Boyle and James Morrison have all come by the studio.\n\n"
          "Mika, who has already sung his part, said it was a great day. Monday began with Mika "
          "flying in from Paris to record. Mika ran over his slot.")


def test_a_lone_word_in_lists_of_persons_is_a_person():
    story = _story(_MIKA, _MIKA2)
    assert _entity_of(story, "Mika").type == "PERSON"


@pytest.mark.parametrize("text", [
    # twins: a list of places; a well-known city in lists of persons
    "Aid went to Paris, London and Berlin. Officials in Paris, Rome and Madrid said more would follow.",
    "Rod Stewart, James Morrison and Paris sang. Later Paris, Rod Stewart and James Morrison sang again.",
])
def test_a_place_in_a_list_keeps_its_type(text):
    assert _entity_of(_story(text), "Paris").type in ("GPE", "LOC")


def _org_slip(nlp, text: str, person: str | None):
    """Mentions of ``text``: the person (if any), "Acme Grand Hotel" typed ORG, and the lone
    "Acme" after it typed ORG (the tagger's slip on a surname)."""
    sdoc = nlp(text)
    ms = []
    if person:
        a = text.index(person)
        ms.append(Mention(start=a, end=a + len(person), text=person, label="PERSON"))
    h = text.index("Acme Grand Hotel")
    ms.append(Mention(start=h, end=h + 16, text="Acme Grand Hotel", label="ORG"))
    b = text.rindex("Acme")
    ms.append(Mention(start=b, end=b + 4, text="Acme", label="ORG"))
    _link(sdoc, ms)
    return ms


def test_a_lone_surname_typed_org_is_not_the_first_word_of_a_place_named_after_him(nlp):
    text = ("Ronald Acme visited the city on Monday. He spoke near the Acme Grand Hotel, now owned "
            "by an investor. Later Acme said the hotel had made him rich.")
    ms = _org_slip(nlp, text, "Ronald Acme")
    assert ms[-1].context.ref == 0 and ms[-1].label == "PERSON"
    assert "surname" in (ms[-1].context.ref_evidence or "")


def test_a_lone_word_of_an_organisation_with_no_person_so_named_is_its_short_form(nlp):
    # twin: no person bears the word, so "Acme" is the hotel's short form as before
    text = "Guests filled the Acme Grand Hotel on Monday. Later Acme said the rooms were full."
    ms = _org_slip(nlp, text, None)
    assert ms[-1].context.ref == 0 and ms[-1].label == "ORG"
    assert "first words of an organisation" in (ms[-1].context.ref_evidence or "")
