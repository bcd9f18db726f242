"""A definite description whose head noun the text wrote on exactly one named person before
it stands for that person (issue 18, round seventeen, 18d): "Jane Roe, the singer, ... The
singer said". Two people so described, the noun said of anyone else before ("a singer"), a
modifier not written by the holder, an indefinite or plural description, or a noun of a group
keep the speaker open.

Each rule has a test on a short invented text and must-not-fire twins. The scenes are tagged
by hand: the small model tags invented names differently from run to run."""

from __future__ import annotations

from pipeline_helpers import hand_scene

from storyline.analyse import quotes, speakers


def _holder(text: str, names: list[tuple[str, str, int]], phrase: str):
    """described_holder for the last occurrence of ``phrase`` (its last word the head)."""
    sdoc, sc = hand_scene(text, names)
    a = text.rindex(phrase)
    span = sdoc.char_span(a, a + len(phrase))
    assert span is not None
    held = speakers.described_holder(sc, span[-1], span)
    return None if held is None else (sc.mentions[held[0]].text, held[1])


def test_apposition_names_the_singer():
    text = ("Jane Roe, the singer, arrived in Port Ellery on Monday for the festival. "
            "The singer said the show would go on despite the storm.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The singer") == ("Jane Roe", "singer")


def test_noun_before_the_name_and_copula():
    text = "Fans cheered as singer Jane Roe took the stage. Later the singer said she was tired."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "the singer") == ("Jane Roe", "singer")
    text = "Jane Roe is a singer from Port Ellery. The singer said she would return next year."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The singer") == ("Jane Roe", "singer")


def test_our_correspondent_after_a_named_correspondent():
    text = ("Acme News correspondent John Doe reached Port Ellery on Tuesday. "
            "Our correspondent says the roads into the town are blocked.")
    assert _holder(text, [("John Doe", "PERSON", 0)], "Our correspondent") == ("John Doe", "correspondent")


def test_two_singers_stay_open():
    text = ("Jane Roe, the singer, and Mary Major, a singer from Acme Records, arrived on Monday. "
            "The singer said the show would go on.")
    assert _holder(text, [("Jane Roe", "PERSON", 0), ("Mary Major", "PERSON", 0)], "The singer") is None


def test_two_ministers_stay_open():
    text = ("John Doe, the minister, met Richard Miles, the minister for Port Ellery, on Friday. "
            "The minister said talks would resume.")
    assert _holder(text, [("John Doe", "PERSON", 0), ("Richard Miles", "PERSON", 0)], "The minister") is None


def test_the_noun_said_of_someone_else_stays_open():
    text = ("A singer who asked not to be named praised the crowd. Jane Roe, the singer, arrived later. "
            "The singer said the show would go on.")
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The singer") is None


def test_indefinite_or_plural_description_stays_open():
    text = "Jane Roe, the singer, arrived on Monday. A singer said the show would go on."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "A singer") is None
    text = "Jane Roe, the singer, arrived on Monday. The singers said the show would go on."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The singers") is None


def test_modifier_not_written_by_the_holder_stays_open():
    text = "Jane Roe, the singer, arrived on Monday. Later the veteran singer said the show would go on."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "the veteran singer") is None


def test_listed_noun_and_no_holder_stay_open():
    text = "Jane Roe, a source in Port Ellery, spoke on Monday. The source said the show would go on."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The source") is None
    text = "Jane Roe arrived on Monday. The singer said the show would go on."
    assert _holder(text, [("Jane Roe", "PERSON", 0)], "The singer") is None


def test_organisation_is_no_holder():
    text = "Acme Records, the label, signed the band. The label said the show would go on."
    assert _holder(text, [("Acme Records", "ORG", 0)], "The label") is None


def test_quote_speaker_from_the_described_holder():
    """Through the quote finder: the description's speaker fields carry the holder as antecedent."""
    from storyline.analyse.nlp import load
    from storyline.types import DocAnalysis, Document, Mention

    text = ("Jane Roe, the singer, arrived in Port Ellery on Monday for the festival.\n\n"
            "The singer said the show would go on despite the storm.")
    sdoc = load()(text)
    a = text.index("Jane Roe")
    analysis = DocAnalysis(version="t", document=Document(id="d", text=text))
    analysis.mentions = [Mention(start=a, end=a + 8, text="Jane Roe", label="PERSON")]
    items = quotes.extract(sdoc, analysis)
    q = [x for x in items if "show would go on" in x.text]
    assert q and q[0].antecedent_mention == 0 and q[0].speaker_text == "The singer"
    assert q[0].speaker_confidence == 0.8


def _extract(text: str, names: list[tuple[str, str, int]]):
    """quotes.extract over hand-tagged mentions (pipeline_helpers.hand_scene's, in text order)."""
    from storyline.types import DocAnalysis, Document

    sdoc, scene = hand_scene(text, names)
    analysis = DocAnalysis(version="t", document=Document(id="d", text=text))
    analysis.mentions = list(scene.mentions)
    return quotes.extract(sdoc, analysis)


def _one(items, words: str):
    q = [x for x in items if words in x.text]
    assert len(q) == 1, [x.text for x in items]
    return q[0]


def test_a_spokesman_right_after_the_organisation_said():
    text = ("Acme Relief said on Monday that the aid for Port Ellery was late.\n\n"
            "A spokesman said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0)]), "trucks were stuck")
    assert q.antecedent_mention == 0 and q.speaker_via == "spokesperson" and q.speaker_confidence == 0.8
    assert q.speaker_text == "A spokesman"


def test_a_spokesman_after_another_organisation_named_between_stays_open():
    text = ("Acme Relief said on Monday that the aid for Port Ellery was held up by Bolt Logistics.\n\n"
            "A spokesman said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0), ("Bolt Logistics", "ORG", 0)]), "trucks were stuck")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_a_spokesman_after_a_person_spoke_stays_open():
    text = ("Acme Relief sent aid to Port Ellery. Jane Roe, who runs the depot, said on Monday that it was late.\n\n"
            "A spokesman said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0), ("Jane Roe", "PERSON", 0)]), "trucks were stuck")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_a_spokesman_two_sentences_on_or_with_more_words_stays_open():
    text = ("Acme Relief said on Monday that the aid for Port Ellery was late. The roads are closed.\n\n"
            "A spokesman said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0)]), "trucks were stuck")
    assert q.antecedent_mention is None and q.speaker_mention is None
    text = ("Acme Relief said on Monday that the aid for Port Ellery was late.\n\n"
            "A union spokesman said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0)]), "trucks were stuck")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_an_official_after_the_organisation_said_stays_open():
    text = ("Acme Relief said on Monday that the aid for Port Ellery was late.\n\n"
            "An official said the trucks were stuck at the border.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0)]), "trucks were stuck")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_our_correspondent_is_the_papers_named_reporter():
    text = ("The Gazette's Jane Roe in Port Ellery says the roads into the town are blocked.\n\n"
            "The water has run out in the town, our correspondent reports.")
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0)]), "run out in the town")
    assert q.antecedent_mention == 0 and q.speaker_text == "our correspondent"


def test_our_correspondent_with_two_reporters_stays_open():
    text = ("The Gazette's Jane Roe in Port Ellery says the roads into the town are blocked.\n\n"
            "The Gazette's John Doe in Bayview says the bridge is down.\n\n"
            "The water has run out in the town, our correspondent reports.")
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("John Doe", "PERSON", 0)]), "run out in the town")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_our_correspondent_after_a_named_non_reporter_stays_open():
    text = ("Acme's chief, Jane Roe, visited Port Ellery on Monday.\n\n"
            "The water has run out in the town, our correspondent reports.")
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0)]), "run out in the town")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_our_correspondent_under_another_reporters_byline_stays_open():
    text = ("The Gazette's Jane Roe says the roads into the town are blocked.\n\n"
            "From John Doe in Bayview\n\n"
            "The water has run out in the town, our correspondent reports.")
    q = _one(_extract(text, [("Jane Roe", "PERSON", 0), ("John Doe", "PERSON", 0)]), "run out in the town")
    assert q.antecedent_mention is None and q.speaker_mention is None


def test_a_spokesman_named_right_after_is_not_left_to_the_organisation():
    text = ("Acme Relief said on Monday that the aid for Port Ellery was late.\n\n"
            "\"The trucks are stuck at the border,\" said a spokeswoman, Jane Roe, on Tuesday.")
    q = _one(_extract(text, [("Acme Relief", "ORG", 0), ("Jane Roe", "PERSON", 0)]), "trucks are stuck")
    assert q.antecedent_mention != 0 or q.speaker_via != "spokesperson"
