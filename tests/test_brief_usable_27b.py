"""The brief (issue 23; round twenty-seven, 27b): sentences a reader can use alone.

- a sentence from inside a quotation, with neither its quote marks nor its tag, is the
  speaker's words shown as the story's: barred (the quote resolver's spans are the evidence);
- a press review's intro ("Commentators discuss how ...") tells what the page holds: barred;
- a question-and-answer page's turn ("Dr Roe: Masks become ...") is the speaker's words
  without marks: barred;
- a first person whose reporting verb the writer is the subject of ("I reported from ...")
  is the writer's voice, no one the reader is told of: barred as any unnamed first person;
- a sentence with no verb (a photo caption, a headline) is passed over when about to be
  picked, unless the parse may have taken a tense for a noun;
- the nouns ``unnamed_subject`` reads off a name before them are a data file now.
Small texts written here, each rule with a twin it must not fire on.
"""

from __future__ import annotations

import pytest
from test_brief import analysis
from test_brief_reads_alone import BACKGROUND, told, with_names
from test_brief_trust import corpus_of, span_of

from storyline import lexicon, schema
from storyline.resolve import brief

# --- a sentence from inside a quotation ------------------------------------------------

COLUMN = ("Jane Roe, a columnist at the Port Ellery Herald, wrote about the oil firm on Monday.\n"
          "\"Acme has drilled off the coast of the island for four decades. "
          "In the bay it was using a local drilling crew and local boats to reach the deep water. "
          "Acme was a pioneer of the deep wells,\" Roe wrote in her weekly column.\n" + BACKGROUND)
INNER = "In the bay it was using a local drilling crew and local boats to reach the deep water."
CLOSING = "Acme was a pioneer of the deep wells,\" Roe wrote in her weekly column."


def _column(kind: str = "direct", speaker: str | None = "e-roe"):
    a = with_names(analysis("aaaa", COLUMN), ("Jane Roe", "PERSON"), ("Acme", "ORG"))
    content = COLUMN[COLUMN.index("Acme has") : COLUMN.index("deep wells") + len("deep wells,")]
    e = schema.Entity(id="e-roe", name="Jane Roe", type="PERSON", mentions=[span_of(a, "Jane Roe")])
    q = schema.Quote(id="q1", text=content, kind=kind, speaker=speaker, speaker_confidence=0.9,
                     speaker_span=span_of(a, "Roe wrote"), cue="wrote", cue_span=span_of(a, "wrote in"),
                     span=span_of(a, content))
    return a, e, q


def _barred(a, **story) -> dict[str, str | None]:
    return {c.text: c.barred for c in brief.candidates(_corpus(a, **story))}


def _corpus(a, **story):
    return corpus_of([a], n=10, **story)


def test_a_sentence_inside_a_quotation_without_marks_or_tag_is_barred():
    a, e, q = _column()
    barred = _barred(a, entities=[e], quotes=[q])
    assert "inside a quotation" in (barred[INNER] or "")
    assert INNER not in [x.text for x in told(a, entities=[e], quotes=[q])]


def test_the_quotation_s_closing_sentence_that_names_its_speaker_is_not_read_as_inside():
    # twin: the closing sentence carries the tag ("..., Roe wrote"): its speaker is told
    a, e, q = _column()
    barred = _barred(a, entities=[e], quotes=[q])
    closing = next(t for t in barred if t.startswith("Acme was a pioneer"))
    assert "inside a quotation" not in (barred[closing] or "")


def test_an_indirect_report_is_not_a_quotation_s_inside():
    # twin: a reported clause ("said the firm was ...") is the reporter's sentence, shown whole
    a, e, q = _column(kind="indirect")
    assert "inside a quotation" not in (_barred(a, entities=[e], quotes=[q])[INNER] or "")


def test_inside_quotation_reads_marks_and_tags():
    text = 'He spoke. "One. Two is here. Three," he said.'
    q0, q1 = text.index("One"), text.index("Three,") + 6
    tag = (text.index("he said"), text.index("he said") + 7)
    two = (text.index("Two"), text.index("here.") + 5)
    assert brief._inside_quotation(text, *two, [(q0, q1, [tag])])
    assert brief._inside_quotation(text, *two, []) is None  # no quotation the resolver found
    three = (text.index("Three"), len(text))
    assert brief._inside_quotation(text, *three, [(q0, len(text), [tag])]) is None  # the tag is in it
    assert brief._inside_quotation(text, text.index('"One'), text.index("One.") + 4, [(q0 - 1, q1, [tag])]) is None  # its mark


def test_the_closing_sentence_of_a_quotation_the_resolver_did_not_find_is_barred():
    text = 'A letter to the paper. "Acme has been here for years.\n\nIn the bay it used local crews."\n\nThe firm said it would pay.'
    inner = text.index("In the bay"), text.index('crews."') + len("crews.")
    assert "closing sentence of a quotation" in (brief._inside_quotation(text, *inner, []) or "")
    # twin: a sentence after which a new paragraph opens a quotation is not its closing one
    text2 = 'The firm said it would pay.\n\n"We will pay every claim," Roe said.'
    assert brief._inside_quotation(text2, 0, text2.index("pay.") + 4, []) is None


# --- a press review's intro --------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Commentators discuss how Acme and the state are handling the leak in the bay.",
    "Commentators reflect on what the leak means for pensions and for the president.",
    "Commentators react to the president's handling of the leak in the bay.",
    "The papers consider the cost of the leak to the fishermen of the bay.",
    "British columnists weigh the fallout of the leak for Acme's chief.",
])
def test_a_press_review_intro_is_clutter(sentence):
    assert "press review" in (brief.clutter_shape(sentence) or "")


@pytest.mark.parametrize("sentence", [
    # twins: commentators as the subject of what they did, a fact of the story's coverage
    "Commentators have criticised Acme's chief for his remarks about the leak.",
    "Commentators said the fine was the largest ever levied on an oil firm.",
    "Commentators increasingly blame the state for the slow clean-up of the bay.",
    "Columnists screamed that the leak was the president's worst week in office.",
    "The papers obtained by the Herald show the valve failed twice in May.",
    "Press officers discuss nothing with reporters before noon, a spokesman said.",
])
def test_commentators_stating_a_fact_are_no_press_review_intro(sentence):
    assert brief.clutter_shape(sentence) is None


def test_a_press_review_intro_opening_a_page_is_barred_and_the_editorial_after_it_kept():
    text = ("Commentators discuss how Acme and the state are responding to the leak in the bay.\n"
            "The Herald's editorial says the state has been too slow to act on the leak.\n" + BACKGROUND)
    a = analysis("aaaa", text)
    barred = _barred(a)
    intro = next(t for t in barred if t.startswith("Commentators"))
    assert "press review" in (barred[intro] or "")
    assert barred["The Herald's editorial says the state has been too slow to act on the leak."] is None


# --- a question-and-answer turn ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Dr Roe: Masks become ineffective when they become damp.",
    "Mr. Roe: The president, according to many, cannot do anything right on the leak.",
    "Prof Jane Roe: There is no evidence yet that the virus spreads through food.",
    "Jane Doe, Port Ellery, UK Dr Roe: Masks become ineffective when they become damp.",  # a reader's signature glued
])
def test_a_titled_name_as_the_line_s_label_is_a_turn(sentence):
    assert "question-and-answer" in (brief.clutter_shape(sentence) or "")


@pytest.mark.parametrize("sentence", [
    'He told Mr Roe: "You are not taking responsibility for the leak."',  # a name after a verb
    "Mr Roe said: the leak is slowing, and the well will be shut by Friday.",
    "Dr Jane Roe, an expert on the virus, said masks become ineffective when damp.",
    "Here Dr Roe, an expert on the virus, answers a selection of your questions.",
])
def test_a_titled_name_in_prose_is_no_turn(sentence):
    assert brief.clutter_shape(sentence) is None


# --- the writer's own reporting ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "I reported from Hanoi and Ankara on the threat posed by bird flu.",
    "I have reported on the disease for the paper for ten years.",
    "We told readers last week that the leak was growing.",
])
def test_a_first_person_reporting_is_the_writer_s_voice(sentence):
    assert brief._unnamed_first_person(sentence)


@pytest.mark.parametrize("sentence", [
    "I will not resign over the leak, Jane Roe told reporters on Monday.",
    "We opened a field kitchen on the island, the charity said.",
    "Acme reported that we would see oil on the beach by Friday.",
    'I will say this is very serious," said Jane Roe of the leak.',  # the closing quotation's tag
])
def test_a_first_person_someone_is_said_to_speak_stays(sentence):
    assert not brief._unnamed_first_person(sentence)


# --- no finite verb ----------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "A still of live video from the rig site in the bay.",
    "A steel salvage dome on the deck of a tug near the pier at Port Ellery.",
    "Oil spill cleanup, containment efforts, hearings in the wake of the blast.",
])
def test_a_sentence_with_no_verb_is_no_sentence(sentence):
    assert "no verb in it" in (brief.no_finite_verb(sentence) or "")


@pytest.mark.parametrize("sentence", [
    "Oil floats on the surface near the pass.",  # a plural noun the tagger may read for the verb
    "BP shares tumble on news of the leak.",  # a subject of its own under a noun root
    "Officials at the agency say the leak is slowing.",
    "Stay indoors if you feel ill.",  # an imperative
    "More than 300 people in nine towns have caught the fever, the agency said.",
    "An aerial view of the slick off the coast, which officials say is growing.",  # a finite verb in it
    "The phone rang in the bunk of the rig's chief mate.",  # a past tense the tagger read as a noun
    "Some place the blame for the leak on the state.",  # a noun root with an object of its own
    "Years of neglect culminated in a leak at the depot last spring.",
    "An image from a video of a pipe leaking oil, recorded by a camera below the surface.",  # a participle: abstain
])
def test_a_sentence_with_a_finite_verb_or_a_doubtful_parse_is_kept(sentence):
    assert brief.no_finite_verb(sentence) is None


def test_a_caption_without_a_verb_is_passed_over_when_about_to_be_picked():
    text = ("A still of live video from the rig site in the bay of Port Ellery on the island.\n"
            "Acme shut the platform in the bay of Port Ellery after the blast on Sunday.\n" + BACKGROUND)
    a = analysis("aaaa", text)
    picked = [x.text for x in told(a)]
    assert not any(t.startswith("A still of") for t in picked)
    assert any(t.startswith("Acme shut the platform") for t in picked)


# --- the antecedent nouns as data ---------------------------------------------------------


def test_antecedent_nouns_are_read_from_the_data_file_and_pronouns_from_theirs():
    labels = brief._antecedent_labels()
    nouns = {row[0].strip() for row in lexicon.rows(brief.DATA / "brief_antecedent_nouns.tsv")}
    assert {"company", "agency", "ministry"} <= nouns
    assert all(labels[n] == frozenset({"ORG"}) for n in nouns)
    assert labels["he"] == frozenset({"PERSON"}) and "ORG" in labels["it"] and "PERSON" in labels["they"]
    assert "move" not in labels  # a word listed nowhere is never read off a name
